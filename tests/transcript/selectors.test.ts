import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, SPREEKBEURT } from '../../lib/transcript/selectors';
import { loadPage, readRepoFile } from '../helpers/dom';

/**
 * The counts lib/transcript/selectors.ts promises on our pages: which
 * CONTENT_ROOT alternative matches first, and how often. If a fixture or a
 * selector changes, this says which promise broke.
 */
const firstRoot = (file: string) => {
  const doc = loadPage(readRepoFile(file));
  for (const sel of CONTENT_ROOT) {
    const n = doc.querySelectorAll(sel).length;
    if (n > 0) return { sel, n, doc };
  }
  return { sel: null, n: 0, doc };
};

describe('page selectors on our pages', () => {
  for (const file of [
    'tests/fixtures/pages/tk-plenary.html',
    'tests/fixtures/pages/tk-plenary-in-progress.html',
    'tests/fixtures/pages/tk-committee-climate.html',
    'tests/fixtures/pages/tk-committee-dashes.html',
    'seeds/demo/tk-committee.html',
    'seeds/demo/tk-plenary-form.html',
  ]) {
    it(`${file}: the body is the one div.content`, () => {
      const { sel, n } = firstRoot(file);
      expect([sel, n]).toEqual(['div.content', 1]);
    });
  }

  it('okb-handelingen: the body is #broodtekst, with spreekbeurten', () => {
    const { sel, n, doc } = firstRoot('tests/fixtures/pages/okb-handelingen.html');
    expect([sel, n]).toEqual(['#broodtekst', 1]);
    expect(doc.querySelectorAll(SPREEKBEURT).length).toBeGreaterThan(0);
  });

  it('the seed’s Handelingen demo page: the body is #broodtekst (made from text: no spreekbeurt wrappers)', () => {
    const { sel, n, doc } = firstRoot('seeds/demo/okb-handelingen-form.html');
    expect([sel, n]).toEqual(['#broodtekst', 1]);
    expect(doc.querySelectorAll(SPREEKBEURT).length).toBe(0);
  });
});
