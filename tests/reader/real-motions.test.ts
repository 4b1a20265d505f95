import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { analyzeMotions } from '../../lib/motions';
import { motionsOf } from '../../lib/transcript/motions-in-text';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { loadPage } from '../helpers/dom';

/**
 * Issue #16, item 1 (accuracy first): every motion of the real two-column
 * Handelingen PDF, with its number, dossier and submitters, against a key
 * written before the rule (handelingen-tk-2023-2024-40-6.motions.json).
 */
const DIR = resolve(process.cwd(), 'tests/fixtures/real');
const deps: OpenDeps = { pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), parseHtml: (html) => loadPage(html, 'about:blank') };

interface Key {
  source: string;
  motions: { number: string; kamerstuk: string; submitters: string[] }[];
}

describe('motions in real documents', () => {
  it('the two-column PDF: all 16 motions, numbers, dossier and submitters exact, each request readable', async () => {
    const key = JSON.parse(readFileSync(resolve(DIR, 'handelingen-tk-2023-2024-40-6.motions.json'), 'utf8')) as Key;
    const bytes = new Uint8Array(readFileSync(resolve(DIR, key.source)));
    const r = await openTranscriptFile({ name: key.source, bytes }, deps);
    if (!r.ok) throw new Error(r.message);
    const t = r.transcript;
    // A PDF marks no motions: they are found in its text, by the analysis, not while reading.
    expect(t.motions).toEqual([]);
    const found = motionsOf(t);
    const got = found.map((m) => ({ number: m.number, kamerstuk: m.kamerstuk, submitters: m.submitters })).sort((a, b) => Number(a.number) - Number(b.number));
    expect(got).toEqual(key.motions);
    for (const m of found) {
      const turn = t.turns[m.turnIndex]!;
      const body = t.text.slice(turn.start, turn.end).split('\n').slice(m.paragraphStart, m.paragraphEnd).join(' ');
      expect(body, m.number ?? '').toMatch(/^(?:Motie )?De Kamer,/);
      expect(body, m.number ?? '').toMatch(/(?:verzoekt|spreekt uit|roept)[\s\S]*gaat over tot de orde van de dag\.$/);
    }
  });

  it('the Handelingen XML: its six motion elements, with submitters', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(DIR, 'h-tk-20172018-61-10.xml')));
    const r = await openTranscriptFile({ name: 'h-tk-20172018-61-10.xml', bytes }, deps);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.motions).toHaveLength(6);
    for (const m of r.transcript.motions) expect(m.submitters.length).toBeGreaterThan(0);
  });

  for (const file of ['h-tk-20172018-61-10.xml', 'handelingen-tk-2023-2024-40-6.pdf']) {
    it(`analyze gives each motion of ${file} with its request first and its considerations apart`, async () => {
      const r = await openTranscriptFile({ name: file, bytes: new Uint8Array(readFileSync(resolve(DIR, file))) }, deps);
      if (!r.ok) throw new Error(r.message);
      const { motions } = analyze(r);
      expect(motions.length).toBe(motionsOf(r.transcript).length);
      expect(motions.filter((m) => m.considerations.length > 0).length).toBeGreaterThan(motions.length / 2);
      for (const m of motions) {
        expect(m.request, `${file} ${m.number}`).toMatch(/^(?:verzoekt|spreekt|roept|draagt|besluit|dringt|vraagt|geeft|nodigt)\b/iu);
        expect(m.request).not.toMatch(/orde van de dag/u);
        // Some motions ask without considering first (nr. 202 of the XML, nr. 1150 of the PDF).
        for (const c of m.considerations) expect(c).not.toMatch(/^(?:verzoekt|De Kamer,)/u);
      }
    });
  }

  // Issue #16 item 4: the request as printed, the number of considerations and the submitters, against
  // a key a helper wrote by hand from the raw XML and pdftotext (*.motion-texts.json) without reading lib/.
  // The key keeps the printed comma that leads into "en gaat over tot de orde van de dag."; the product
  // leaves it to the formula, so one final comma is the only difference allowed.
  for (const file of ['h-tk-20172018-61-10.xml', 'handelingen-tk-2023-2024-40-6.pdf']) {
    it(`every motion of ${file}: request text exact, considerations counted, submitters in printed order`, async () => {
      const key = JSON.parse(readFileSync(resolve(DIR, file.replace(/\.(?:xml|pdf)$/u, '.motion-texts.json')), 'utf8')) as {
        motions: { number: string; submitters: string[]; considerations: number; request: string }[];
      };
      const r = await openTranscriptFile({ name: file, bytes: new Uint8Array(readFileSync(resolve(DIR, file))) }, deps);
      if (!r.ok) throw new Error(r.message);
      const got = analyzeMotions(r.transcript);
      expect(got.map((m) => m.number)).toEqual(key.motions.map((m) => m.number));
      for (const k of key.motions) {
        const m = got.find((x) => x.number === k.number)!;
        expect(m.request, k.number).toBe(k.request.replace(/,$/u, ''));
        expect(m.considerations, k.number).toHaveLength(k.considerations);
        expect(m.submitters.map((s) => s.name), k.number).toEqual(k.submitters);
      }
    });
  }

  // The judgement keys were written by hand: the XML's while the rules were written (tuning), the
  // PDF's before the rules ever ran on it (held out). Measured: XML 6/6; PDF 14 right of 15 given,
  // of 16 (1141 is judged only by "Zeker" in reply; 1149 is called support of policy, then left to
  // the House). A drop below these fails.
  for (const [file, right, wrong] of [
    ['h-tk-20172018-61-10.xml', 6, 0],
    ['handelingen-tk-2023-2024-40-6.pdf', 14, 1],
  ] as const) {
    it(`the government's judgements in ${file} against the hand-written key`, async () => {
      const key = JSON.parse(readFileSync(resolve(DIR, file.replace(/\.(?:xml|pdf)$/u, '.judgements.json')), 'utf8')) as { judgements: Record<string, string> };
      const r = await openTranscriptFile({ name: file, bytes: new Uint8Array(readFileSync(resolve(DIR, file))) }, deps);
      if (!r.ok) throw new Error(r.message);
      const got = analyzeMotions(r.transcript);
      expect(got.map((m) => m.number).sort()).toEqual(Object.keys(key.judgements).sort());
      const given = got.filter((m) => m.judgement);
      const correct = given.filter((m) => key.judgements[m.number!] === m.judgement!.verdict);
      expect(correct.length).toBeGreaterThanOrEqual(right);
      expect(given.length - correct.length).toBeLessThanOrEqual(wrong);
    });
  }
});
