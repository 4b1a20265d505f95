import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { findGutter, pageFrames } from '../../lib/reader/pdf-columns';
import { runsToText, type TextRun } from '../../lib/reader/pdf-lines';
import { pdfToText, type PdfJsLike } from '../../lib/reader/pdf-text';
import { parseText } from '../../lib/transcript/parse';

/**
 * Two-column pages, as the government publisher prints Handelingen: read
 * column by column. The geometry is tested on made-up runs (so the rule is
 * not this one file's numbers), then on the real PDF.
 */

const A4 = [0, 0, 595, 842];
/** A justified 9 pt line of a column: one run, as pdf.js gives it for the publisher's PDFs. */
const line = (str: string, x: number, y: number, width = 235): TextRun => ({ str, transform: [9, 0, 0, 9, x, y], width, height: 9 });

/** A page of two columns: `left` and `right` lines from the top, the right column offset by `shift` points. */
function twoColumns(left: string[], right: string[], shift = 4.5) {
  const runs = [...left.map((s, i) => line(s, 55, 756 - i * 9.3)), ...right.map((s, i) => line(s, 305, 756 - shift - i * 9.3))];
  return { runs, view: A4 };
}

describe('columns of a page', () => {
  const left = ['De voorzitter:', 'Het woord is aan de heer Jansen.', 'De heer Jansen (VVD):', ...Array.from({ length: 20 }, (_, i) => `Links regel ${i + 1} van een lang betoog over wonen.`)];
  const right = ['Mevrouw Pietersen (SP):', ...Array.from({ length: 20 }, (_, i) => `Rechts regel ${i + 1} van een ander betoog over huren.`)];

  it('finds the gutter of two columns whose baselines do not line up', () => {
    const g = findGutter(twoColumns(left, right).runs);
    expect(g).not.toBeNull();
    expect(g!).toBeGreaterThan(290);
    expect(g!).toBeLessThan(305);
  });

  it('finds none on a one-column page, nor when the right side is only a footer', () => {
    expect(findGutter(left.map((s, i) => line(s, 56, 780 - i * 14, 480)))).toBeNull();
    expect(findGutter([...left.map((s, i) => line(s, 55, 756 - i * 9.3)), line('8 februari 2024', 305, 76, 60)])).toBeNull();
  });

  it('reads the left column, then the right: labels start lines again', () => {
    const text = runsToText([twoColumns(left, right)]);
    const lines = text.split('\n');
    expect(lines.indexOf('De heer Jansen (VVD):')).toBe(2);
    expect(lines.indexOf('Mevrouw Pietersen (SP):')).toBe(left.length);
    expect(text).not.toMatch(/betoog over wonen\. Rechts/u);
  });

  it('puts a heading across both columns before them', () => {
    const page = twoColumns(left, right);
    const heading = line('Staat van de Volkshuisvesting', 55, 800, 480);
    const frames = pageFrames([...page.runs, heading]);
    expect(frames[0]![0]).toBe(heading);
  });
});

describe('the real two-column Handelingen PDF', () => {
  it('gives every turn of its key (see real-documents.test.ts) with the chair named by surname, the footer date, the title', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/real/handelingen-tk-2023-2024-40-6.pdf'));
    const r = await pdfToText(bytes, pdfjs as unknown as PdfJsLike);
    if (!r.ok) throw new Error(r.message);
    const parsed = parseText(r.text);
    if (!parsed.ok) throw new Error(parsed.message);
    const t = parsed.transcript;
    const key = JSON.parse(readFileSync('tests/fixtures/real/handelingen-tk-2023-2024-40-6.expected.json', 'utf8')) as { turns: unknown[] };
    expect(t.turns).toHaveLength(key.turns.length);
    const chair = t.speakers.find((s) => s.id === t.turns.find((x) => x.asChair)!.speakerId)!;
    expect(chair.name).toBe('Bosma');
    expect(t.meta).toMatchObject({ title: 'Staat van de Volkshuisvesting', date: '2024-02-08' });
    // No running header or footer inside anyone's words.
    for (const turn of t.turns) expect(turn.paragraphs.join(' ')).not.toMatch(/TK 40 40-6-\d|Tweede Kamer Staat van de Volkshuisvesting/u);
  }, 60_000);
});
