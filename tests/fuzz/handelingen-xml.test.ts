import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { Transcript } from '../../lib/transcript/model';
import { loadPage, readRepoFile } from '../helpers/dom';
import { check, FUZZ_TIMEOUT, ODD_CHARS, ODD_LINES } from './config';

/**
 * The XML route on random mutations of the real Handelingen XML: turns
 * deleted or doubled, odd characters and hostile lines put into paragraphs,
 * the file cut anywhere. It never throws; what it opens is a valid model;
 * and every turn element left in the file gives at least one turn (nothing
 * the file still holds is dropped), whether the dedicated reader or the text
 * fall-back reads it.
 */
const REAL = readRepoFile('tests/fixtures/real/h-tk-20172018-61-10.xml');
const deps: OpenDeps = { pdfjs: () => Promise.reject(new Error('no PDF here')), parseHtml: (html) => loadPage(html, 'about:blank') };
const TURN = /<spreekbeurt\b[\s\S]*?<\/spreekbeurt>/gu;
const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

type Mutation =
  | { kind: 'delete' | 'double'; turn: number }
  | { kind: 'char'; at: number; ch: string }
  | { kind: 'line'; turn: number; text: string }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'double' as const), turn: fc.nat() }),
  fc.record({ kind: fc.constant('char' as const), at: fc.nat(), ch: fc.constantFrom(...ODD_CHARS) }),
  fc.record({ kind: fc.constant('line' as const), turn: fc.nat(), text: fc.oneof(fc.constantFrom(...ODD_LINES), fc.string({ maxLength: 60 })) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(xml: string, ms: readonly Mutation[]): { xml: string; cut: boolean } {
  let out = xml;
  let cut = false;
  for (const m of ms) {
    const turns = Array.from(out.matchAll(TURN));
    if (m.kind === 'cut') {
      out = out.slice(0, m.at % (out.length + 1));
      cut = true;
    } else if (m.kind === 'char') {
      // Into text only: after the first '>' at or past the position, so no tag is broken.
      const at = out.indexOf('>', m.at % (out.length + 1));
      if (at >= 0) out = out.slice(0, at + 1) + m.ch + out.slice(at + 1);
    } else if (turns.length > 0) {
      const t = turns[m.turn % turns.length]!;
      const end = t.index + t[0].length;
      if (m.kind === 'delete') out = out.slice(0, t.index) + out.slice(end);
      else if (m.kind === 'double') out = out.slice(0, end) + t[0] + out.slice(end);
      else if (m.kind === 'line') {
        const close = out.lastIndexOf('</spreekbeurt>', end);
        out = `${out.slice(0, close)}<al>${escapeXml(m.text)}</al>${out.slice(close)}`;
      }
    }
  }
  return { xml: out, cut };
}

describe('fuzzing the real Handelingen XML', () => {
  it(
    'never throws, opens a valid model, and keeps a turn for every turn element left',
    async () => {
      await check(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (ms) => {
          const { xml, cut } = mutate(REAL, ms);
          const r = await openTranscriptFile({ name: 'h-tk.xml', bytes: new TextEncoder().encode(xml) }, deps);
          if (!r.ok) {
            expect(r.message.length).toBeGreaterThan(10);
            return;
          }
          expect(Transcript.safeParse(r.transcript).success).toBe(true);
          if (!cut) expect(r.transcript.turns.length).toBeGreaterThanOrEqual(Array.from(xml.matchAll(TURN)).length);
        }),
      );
    },
    FUZZ_TIMEOUT,
  );
});
