import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { Transcript } from '../../lib/transcript/model';
import { loadPage, readRepoBytes } from '../helpers/dom';
import { check, FUZZ_TIMEOUT } from './config';

/**
 * The PDF route on random damage to the real two-column Handelingen PDF:
 * the file cut anywhere, a stretch overwritten with random bytes or zeros, a
 * stretch copied elsewhere. pdf.js recovers what it can; whatever it gives,
 * the reader never throws, and either opens a valid model or says in words
 * why not.
 */
const REAL = readRepoBytes('tests/fixtures/real/handelingen-tk-2023-2024-40-6.pdf');
const deps: OpenDeps = { pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), parseHtml: (html) => loadPage(html, 'about:blank') };

type Damage =
  | { kind: 'cut'; at: number }
  | { kind: 'noise'; at: number; bytes: Uint8Array }
  | { kind: 'zeros'; at: number; length: number }
  | { kind: 'copy'; from: number; to: number; length: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('noise' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 256 }) }),
  fc.record({ kind: fc.constant('zeros' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), to: fc.nat(), length: fc.integer({ min: 1, max: 8192 }) }),
);

function apply(file: Uint8Array, ds: readonly Damage[]): Uint8Array {
  let out = file.slice();
  for (const d of ds) {
    const at = (n: number) => n % (out.length + 1);
    if (d.kind === 'cut') out = out.slice(0, at(d.at));
    else if (d.kind === 'noise') out.set(d.bytes.slice(0, out.length - at(d.at)), at(d.at));
    else if (d.kind === 'zeros') out.fill(0, at(d.at), at(d.at) + d.length);
    else {
      const piece = out.slice(at(d.from), at(d.from) + d.length);
      const to = at(d.to);
      const grown = new Uint8Array(out.length + piece.length);
      grown.set(out.subarray(0, to));
      grown.set(piece, to);
      grown.set(out.subarray(to), to + piece.length);
      out = grown;
    }
  }
  return out;
}

describe('fuzzing the real Handelingen PDF', () => {
  it(
    'never throws: a damaged file opens as a valid model or is refused with a message',
    async () => {
      let opened = 0;
      let refused = 0;
      await check(
        fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (ds) => {
          const r = await openTranscriptFile({ name: 'handelingen.pdf', bytes: apply(REAL, ds) }, deps);
          if (!r.ok) {
            refused++;
            expect(r.message.length).toBeGreaterThan(10);
            return;
          }
          opened++;
          expect(Transcript.safeParse(r.transcript).success).toBe(true);
        }),
      );
      // Both outcomes occur, so the property checks both branches (a cut in the header refuses, noise in a stream does not).
      expect(opened).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );
});
