import { describe, expect, it } from 'vitest';
import { LazyMarker } from '../../lib/page/lazy-marks';
import { removeAllMarks } from '../../lib/page/marks';
import { parseDocumentWithLayout } from '../../lib/transcript/parse';
import { SEED_PAGES, seedPageHtml } from '../../seeds/seed-pages';
import { loadPage, readRepoFile } from '../helpers/dom';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');

describe('LazyMarker on the seed in both page forms', () => {
  for (const page of SEED_PAGES) {
    it(`${page.form}: marks every occurrence exactly, overlapping kinds included, and unmarks cleanly`, () => {
      const doc = loadPage(seedPageHtml(seedText, page), page.url);
      const before = doc.body.textContent;
      const built = parseDocumentWithLayout(doc, page.url);
      if (!built.result.ok) throw new Error('not parsed');
      const t = built.result.transcript;
      const terms = [...t.text.matchAll(/\bEVRM\b/g)].map((m) => ({ start: m.index, end: m.index + 4, className: 'kl-term', attrs: { tabindex: '0' } }));
      // A sentence holding a term, marked as another kind around it.
      const sentence = /Het EVRM[^.]*\./.exec(t.text) ?? /[^.]*\bEVRM\b[^.]*\./.exec(t.text)!;
      const marker = new LazyMarker(t, built.layout, doc.defaultView as unknown as Window & typeof globalThis);
      marker.add(terms);
      marker.add([{ start: sentence.index, end: sentence.index + sentence[0].length, className: 'kl-commitment' }]);
      marker.flushAll();
      const marked = Array.from(doc.querySelectorAll('span.kl-term')).map((s) => s.textContent);
      expect(terms.length).toBeGreaterThan(3);
      expect(marked).toEqual(terms.map(() => 'EVRM'));
      const commitment = Array.from(doc.querySelectorAll('span.kl-commitment')).map((s) => s.textContent).join('');
      expect(commitment.replace(/\s+/g, ' ').trim()).toBe(sentence[0].trim());
      expect(doc.body.textContent).toBe(before);
      marker.clear('kl-term');
      expect(doc.querySelectorAll('span.kl-term')).toHaveLength(0);
      removeAllMarks(doc);
      expect(doc.querySelectorAll('span[class^="kl-"]')).toHaveLength(0);
      expect(doc.body.textContent).toBe(before);
    });
  }
});
