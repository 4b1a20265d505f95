import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERLAY_TAG } from '../../lib/page/overlay-host';
import { Transcript } from '../../lib/transcript/model';
import { parseDocument, parseDocumentWithLayout } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';
import { readWhileLoading } from '../helpers/streaming';
import { check, FUZZ, FUZZ_TIMEOUT, ODD_CHARS, ODD_LINES } from './config';

/**
 * The page reader on random mutations of pages shaped like the sites (odd
 * characters in the text, markup-like text, paragraphs added and removed, the
 * file cut anywhere), and on pages that arrive in random pieces with the
 * overlay mounted at a random moment: never a throw, always a valid model,
 * and a page read while it loads gives what the loaded page gives.
 */

const PLENARY_URL = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42';
const COMMITTEE_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z03457&did=2026D09877';
const PAGES = [
  { html: readRepoFile('tests/fixtures/pages/tk-plenary.html'), url: PLENARY_URL },
  { html: readRepoFile('seeds/demo/tk-committee.html'), url: COMMITTEE_URL },
];

type Edit = { kind: 'char' | 'add' | 'remove' | 'truncate'; at: number; ch: string; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('char' as const, 'add' as const, 'remove' as const, 'truncate' as const),
  at: fc.nat(),
  ch: fc.constantFrom(...ODD_CHARS),
  text: fc.oneof(fc.constantFrom(...ODD_LINES), fc.string({ maxLength: 60 })),
});

function edited(page: (typeof PAGES)[number], edits: readonly Edit[]): Document {
  let html = page.html;
  for (const e of edits.filter((x) => x.kind === 'truncate')) html = html.slice(0, e.at % (html.length + 1));
  const doc = loadPage(html, page.url);
  for (const e of edits) {
    const ps = Array.from(doc.querySelectorAll('p'));
    const p = ps[e.at % Math.max(1, ps.length)];
    if (!p) continue;
    if (e.kind === 'char') {
      const t = Array.from(p.childNodes).find((n) => n.nodeType === 3) as Text | undefined;
      if (t) t.insertData(e.at % (t.length + 1), e.ch);
    } else if (e.kind === 'add') {
      const q = doc.createElement('p');
      q.textContent = e.text; // page text, whatever it looks like
      p.after(q);
    } else if (e.kind === 'remove') p.remove();
  }
  return doc;
}

function problem(doc: Document, url: string): string | null {
  const r = parseDocument(doc, url);
  if (!r.ok) return r.message ? null : 'a refusal without a message';
  const t = r.transcript;
  const schema = Transcript.safeParse(t);
  if (!schema.success) return `invalid model: ${schema.error.issues[0]?.message}`;
  for (const turn of t.turns) if (t.text.slice(turn.start, turn.end) !== turn.paragraphs.join('\n')) return `turn ${turn.index}: offsets do not match`;
  return null;
}

describe('fuzzing the page reader', () => {
  it('random edits of site-shaped pages never crash it or give an invalid model', () => {
    check(
      fc.property(fc.nat({ max: PAGES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (i, edits) => {
        const p = problem(edited(PAGES[i]!, edits), PAGES[i]!.url);
        if (p) throw new Error(p);
      }),
    );
  }, FUZZ_TIMEOUT);

  it('a page arriving in random pieces, the overlay mounted at a random moment, gives the model of the loaded page', async () => {
    await check(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 40 }), async (pieces, mountAt) => {
        const { html, url } = PAGES[0]!;
        const mount = (turns: number, doc: Document) => {
          if (turns >= mountAt && !doc.querySelector(OVERLAY_TAG)) doc.body.append(doc.createElement(OVERLAY_TAG));
        };
        const { read, doc } = await readWhileLoading(html, url, (look) => pieces[look % pieces.length]!, { onProgress: mount });
        expect(read.result).toEqual(parseDocumentWithLayout(doc, url).result);
      }),
      Math.max(10, Math.round(FUZZ.numRuns / 2)),
    );
  }, FUZZ_TIMEOUT);
});
