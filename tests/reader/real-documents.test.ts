import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { loadPage } from '../helpers/dom';

/**
 * Every real published document in tests/fixtures/real/ against its answer
 * key. A key (`<name>.expected.json`) is written from the raw file by a
 * different method than the reader (a script or by hand; its `madeBy` says
 * which) before the product is run on it; SOURCES.md says where each file
 * came from. Adding a real document is adding the file and its key: this test
 * finds every key, so none is left out.
 */
interface ExpectedTurn {
  /** Surname as printed; null for a turn spoken from the chair. */
  speaker: string | null;
  asChair: boolean;
  party: string | null;
}
interface Expected {
  madeBy: string;
  file: string;
  /** Page texts: "Tweede Kamer" or "Eerste Kamer", from the publisher's identifier. */
  house?: string;
  title: string;
  date: string | null;
  turns: ExpectedTurn[];
}

const HOUSE: Record<string, string> = { 'Tweede Kamer': 'tweede-kamer', 'Eerste Kamer': 'eerste-kamer' };

const DIR = resolve(process.cwd(), 'tests/fixtures/real');
const keys = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).sort();
const deps: OpenDeps = {
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  parseHtml: (html) => loadPage(html, 'about:blank'),
};

describe('real published documents', () => {
  it('has at least one answer key', () => expect(keys.length).toBeGreaterThan(0));

  for (const key of keys) {
    const expected = JSON.parse(readFileSync(resolve(DIR, key), 'utf8')) as Expected;
    describe(expected.file, () => {
      it('has a key that says how it was made', () => {
        expect(expected.madeBy.length).toBeGreaterThan(10);
        expect(expected.turns.length).toBeGreaterThan(1);
      });

      it('opens, with every turn, speaker, chair flag and party, the title and the date of its key', async () => {
        const bytes = new Uint8Array(readFileSync(resolve(DIR, expected.file)));
        const r = await openTranscriptFile({ name: expected.file, bytes }, deps);
        if (!r.ok) throw new Error(`${expected.file}: ${r.message}`);
        const t = r.transcript;
        expect({ title: t.meta.title, date: t.meta.date }).toEqual({ title: expected.title, date: expected.date });
        const got = t.turns.map((turn) => {
          const sp = t.speakers.find((s) => s.id === turn.speakerId)!;
          return { speaker: turn.asChair ? null : sp.name, asChair: turn.asChair, party: turn.asChair ? null : sp.party };
        });
        const want = expected.turns.map((e) => ({ speaker: e.speaker, asChair: e.asChair, party: e.asChair ? null : e.party }));
        expect(got.length, 'turn count').toBe(want.length);
        got.forEach((g, i) => expect(g, `turn ${i}`).toEqual(want[i]));
      });

      const house = expected.house ? HOUSE[expected.house] : undefined;
      if (house) {
        it('names the house its text prints, and never the other one', async () => {
          const bytes = new Uint8Array(readFileSync(resolve(DIR, expected.file)));
          const r = await openTranscriptFile({ name: expected.file, bytes }, deps);
          if (!r.ok) throw new Error(`${expected.file}: ${r.message}`);
          // A page text says its chamber only in the publisher's table; without it the text does not say.
          const printed = /Kamer der Staten-Generaal\s*\d{4}-\d{4}/u.test(new TextDecoder().decode(bytes));
          if (printed) expect(r.transcript.meta.house).toBe(house);
          else expect([undefined, house]).toContain(r.transcript.meta.house);
        });
      }
    });
  }
});
