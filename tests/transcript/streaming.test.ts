import { describe, expect, it } from 'vitest';
import { guessHolds, parseDocumentSliced, parseDocumentWithLayout } from '../../lib/transcript/parse';
import { wordCount } from '../../lib/transcript/words';
import { loadPage, readRepoFile } from '../helpers/dom';
import { parserSteps, readWhileLoading } from '../helpers/streaming';
import { OVERLAY_TAG } from '../../lib/page/overlay-host';

const PLENARY_URL = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42';
const HANDELINGEN_URL = 'https://zoek.officielebekendmakingen.nl/h-tk-20252026-42-7.html';

describe('reading a page while it loads', () => {
  for (const perLook of [1, 7, 200]) {
    it(`gives the model of reading the loaded page, ${perLook} parser step(s) per look (plenary form)`, async () => {
      const html = readRepoFile('tests/fixtures/pages/tk-plenary.html');
      const { read, doc, looks } = await readWhileLoading(html, PLENARY_URL, perLook);
      const whole = parseDocumentWithLayout(doc, PLENARY_URL);
      expect(looks).toBeGreaterThan(3);
      expect(read.result.ok).toBe(true);
      expect(read.result).toEqual(whole.result);
      // The same elements for every turn (the overlay marks them in the page).
      expect(read.layout.turns.map((t) => [t.label, ...t.paragraphs])).toEqual(whole.layout.turns.map((t) => [t.label, ...t.paragraphs]));
      expect(read.guess).not.toBeNull();
      expect(guessHolds(doc, read.guess!)).toBe(true);
      // Words counted per turn as it was read: the overlay's speaker shares need no second pass.
      const t = read.result.ok ? read.result.transcript : null;
      expect(read.layout.turns.map((x) => x.words)).toEqual(t!.turns.map((x) => wordCount(t!.text, x.start, x.end)));
      expect(read.layout.turns.some((x) => x.words > 20)).toBe(true);
    });
  }

  it('is done when the transcript body is, before the rest of the page has loaded', async () => {
    const html = readRepoFile('tests/fixtures/pages/tk-plenary.html').replace('</body>', `<footer>${'<p>Voetregel van de site.</p>'.repeat(200)}</footer></body>`);
    const source = loadPage(html, PLENARY_URL);
    const doc = loadPage('<!DOCTYPE html><html><head></head><body></body></html>', PLENARY_URL);
    const steps = parserSteps(source.body, doc.body);
    let loading = true;
    const read = await parseDocumentSliced(doc, PLENARY_URL, {
      loading: () => loading,
      morePage: async () => {
        for (let i = 0; i < 5; i++) if (steps.next().done) loading = false;
      },
    });
    expect(loading).toBe(true);
    expect(doc.querySelectorAll('footer p').length).toBeLessThan(200);
    expect(read.result.ok && read.result.transcript.turns.length).toBe((parseDocumentWithLayout(source, PLENARY_URL).result as { ok: true; transcript: { turns: unknown[] } }).transcript.turns.length);
  });

  // The content script mounts its overlay host at the end of <body> once 3 turns are read, while the
  // browser is still filling the page: the host must never be taken for "the parser has moved on".
  for (const perLook of [1, 5, 50]) {
    it(`reads the whole page when the overlay is mounted mid-load, ${perLook} parser step(s) per look`, async () => {
      const html = readRepoFile('seeds/demo/tk-committee.html');
      const url = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z03457&did=2026D09877';
      const mountAfter = (turns: number, doc: Document) => {
        if (turns >= 3 && !doc.querySelector(OVERLAY_TAG)) doc.body.append(doc.createElement(OVERLAY_TAG));
      };
      const { read, doc } = await readWhileLoading(html, url, perLook, { onProgress: mountAfter });
      expect(doc.querySelector(OVERLAY_TAG)).not.toBeNull();
      const whole = parseDocumentWithLayout(loadPage(html, url), url);
      const turns = (r: typeof whole) => (r.result.ok ? r.result.transcript.turns.length : 0);
      expect(turns(whole)).toBe(126);
      expect(turns(read)).toBe(126);
      expect(read.result).toEqual(whole.result);
    });
  }

  it('says so when the page holds more than was read (the read ended before the body did)', async () => {
    const html = readRepoFile('tests/fixtures/pages/tk-plenary.html');
    const { read, doc } = await readWhileLoading(html, PLENARY_URL, 3);
    expect(guessHolds(doc, read.guess!)).toBe(true);
    // Text the parser added to the body after the read was done.
    const root = read.guess!.root;
    const p = doc.createElement('p');
    p.textContent = 'Nog een alinea die de lezer niet heeft gezien.';
    root.append(p);
    expect(guessHolds(doc, read.guess!)).toBe(false);
  });

  it('says so when the body’s last text grew after the read, or when text came after it inside new elements', async () => {
    const html = readRepoFile('tests/fixtures/pages/tk-plenary.html');
    const grown = await readWhileLoading(html, PLENARY_URL, 3);
    const walker = grown.doc.createTreeWalker(grown.read.guess!.root, 4 /* NodeFilter.SHOW_TEXT */);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
    last!.appendData(' En nog een zin.');
    expect(guessHolds(grown.doc, grown.read.guess!)).toBe(false);
    // An element without text at the end changes nothing; text in it does.
    const nested = await readWhileLoading(html, PLENARY_URL, 3);
    const div = nested.doc.createElement('div');
    div.append(nested.doc.createElement('p'));
    nested.read.guess!.root.append(div);
    expect(guessHolds(nested.doc, nested.read.guess!)).toBe(true);
    div.firstElementChild!.textContent = 'Nog een zin in een nieuw element.';
    expect(guessHolds(nested.doc, nested.read.guess!)).toBe(false);
  });

  it('reads the Handelingen form (#broodtekst) while it loads', async () => {
    const html = readRepoFile('tests/fixtures/pages/okb-handelingen.html');
    const { read, doc } = await readWhileLoading(html, HANDELINGEN_URL, 3);
    expect(read.result).toEqual(parseDocumentWithLayout(doc, HANDELINGEN_URL).result);
    expect(guessHolds(doc, read.guess!)).toBe(true);
  });

  it('says so when the body it took while loading is not the page’s body after all', async () => {
    // A small div.content (a teaser) before the report: the loaded page's body is the larger one.
    const html = readRepoFile('tests/fixtures/pages/tk-plenary.html').replace(
      /<body([^>]*)>/,
      '<body$1><div class="content"><p>Lees ook: het verslag van gisteren.</p></div>',
    );
    const { read, doc } = await readWhileLoading(html, PLENARY_URL, 4);
    expect(read.guess).not.toBeNull();
    expect(guessHolds(doc, read.guess!)).toBe(false);
    // Read again as a whole, the page gives its transcript.
    expect(parseDocumentWithLayout(doc, PLENARY_URL).result.ok).toBe(true);
  });

  it('reads a page that has already loaded without guessing', async () => {
    const doc = loadPage(readRepoFile('tests/fixtures/pages/tk-plenary.html'), PLENARY_URL);
    const read = await parseDocumentSliced(doc, PLENARY_URL, { loading: () => false });
    expect(read.guess).toBeNull();
    expect(read.result).toEqual(parseDocumentWithLayout(doc, PLENARY_URL).result);
  });
});
