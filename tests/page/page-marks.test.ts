import { describe, expect, it } from 'vitest';
import { ensurePageStyle, removeAllMarks, wrapRange } from '../../lib/page/marks';
import { buildTextMap, rangeInElement } from '../../lib/page/text-map';
import { PageTurns } from '../../lib/page/turns';
import { parseDocumentWithLayout } from '../../lib/transcript/parse';
import { SEED_PAGES, seedPageHtml } from '../../seeds/seed-pages';
import { loadPage, readRepoFile } from '../helpers/dom';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');

function load(form: 'tk-committee' | 'tk-plenary') {
  const page = SEED_PAGES.find((p) => p.form === form)!;
  const doc = loadPage(seedPageHtml(seedText, page), page.url);
  const built = parseDocumentWithLayout(doc, page.url);
  if (!built.result.ok) throw new Error('not parsed');
  return { doc, transcript: built.result.transcript, layout: built.layout };
}

describe('mapping model offsets back to the page', () => {
  it('finds a sentence of a turn in its element, also in the plenary "label<br>speech" form', () => {
    for (const form of ['tk-committee', 'tk-plenary'] as const) {
      const { transcript, layout } = load(form);
      const turn = transcript.turns[1]!;
      const para = turn.paragraphs[0]!;
      const el = layout.turns[1]!.paragraphs[0]!;
      const from = para.indexOf('Het is overduidelijk');
      const range = rangeInElement(el, para, from, from + 'Het is overduidelijk'.length);
      expect(range?.toString()).toBe('Het is overduidelijk');
    }
  });

  it('maps across white space the normaliser collapsed and zero-width characters it dropped', () => {
    const doc = loadPage('<p id="p">Het   <b>EVRM</b>\u200B is\n  een verdrag.</p>');
    const el = doc.getElementById('p')!;
    const map = buildTextMap(el);
    expect(map.text).toBe('Het EVRM is een verdrag.');
    const range = rangeInElement(el, map.text, 4, 11, map);
    expect(range?.toString().replace(/\u200B/g, '')).toBe('EVRM is');
  });

  it('wraps a range in kl- spans without changing the text, and one call removes every mark', () => {
    const { doc, transcript, layout } = load('tk-committee');
    const before = doc.body.textContent;
    ensurePageStyle(doc);
    const turns = new PageTurns(layout, transcript);
    turns.tag();
    const para = transcript.turns[1]!.paragraphs[0]!;
    const range = rangeInElement(layout.turns[1]!.paragraphs[0]!, para, 0, 20)!;
    const spans = wrapRange(range, 'kl-term', { tabindex: '0' });
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.map((s) => s.textContent).join('')).toBe(para.slice(0, 20));
    turns.foldTo('kroger', (n) => `${n} beurten ingeklapt`);
    expect(doc.querySelectorAll('.kl-folded').length).toBeGreaterThan(0);
    // Folded, not removed: the text is all still there.
    expect(doc.querySelectorAll('[data-kl-turn]').length).toBe(126);
    removeAllMarks(doc);
    expect(doc.querySelectorAll('[class^="kl-"], [data-kl-turn], #kl-page-style').length).toBe(0);
    expect(doc.body.textContent).toBe(before);
  });

  it('folds runs of other speakers behind one stub each and unfolds them again', () => {
    const { doc, transcript, layout } = load('tk-committee');
    const turns = new PageTurns(layout, transcript);
    turns.foldTo('straatman', (n) => `${n} beurten`);
    const stubs = Array.from(doc.querySelectorAll('.kl-fold-stub')).map((s) => s.textContent);
    // Straatman speaks at turns 5 and 103: three runs of others around them (0–4, 6–102, 104–125).
    expect(transcript.turns.filter((t) => t.speakerId === 'straatman')).toHaveLength(2);
    expect(stubs).toHaveLength(3);
    expect(stubs).toEqual(['5 beurten', '97 beurten', '22 beurten']);
    turns.foldTo(null, () => '');
    expect(doc.querySelectorAll('.kl-fold-stub, .kl-folded')).toHaveLength(0);
  });
});
