// @vitest-environment node
// pdf.js's legacy build runs in Node (no DOM); the reader page uses the modern build with its worker.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_MESSAGES, pdfErrorMessage, pdfToText } from '../../lib/reader/pdf-text';
import type { Transcript } from '../../lib/transcript/model';
import { Transcript as TranscriptSchema } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { readRepoFile } from '../helpers/dom';
import { imageOnlyPdf, passwordPdf, seedPages, textToPdf } from './make-pdf';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');

function ok(r: ReturnType<typeof parseText>): Transcript {
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

describe('a PDF made from the seed text', () => {
  let text = '';
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await textToPdf(seedText, seedPages);
    const r = await pdfToText(pdf, pdfjs);
    if (!r.ok) throw new Error(r.message);
    expect(r.pages).toBeGreaterThan(30);
    text = r.text;
  }, 30_000);

  it('gives back the seed line for line (page starts, bullets and line-end spaces aside)', () => {
    const tidy = (s: string) =>
      s
        .split('\n')
        .map((l) => l.replace(/^[\s\uF0B7•]+|\s+$/gu, ''))
        .join('\n')
        .trim();
    expect(tidy(text)).toBe(tidy(seedText));
  });

  it('drops the running header and the page numbers', () => {
    expect(text).not.toContain('verslag commissiedebat JBZ-Raad');
    expect(text.split('\n').some((l) => /^\d{1,2}$/u.test(l.trim()))).toBe(false);
  });

  it('parses to the same model as the seed text', () => {
    const fromPdf = ok(parseText(text));
    const fromSeed = ok(parseText(seedText));
    expect(TranscriptSchema.safeParse(fromPdf).success).toBe(true);
    expect(fromPdf).toEqual(fromSeed);
  });

  it('has the seed’s turns, chair, commitments and hyphenation', () => {
    const t = ok(parseText(text));
    expect(t.turns).toHaveLength(126);
    const boomsma = t.turns.filter((x) => x.speakerId === 'boomsma');
    expect([boomsma.length, boomsma.filter((x) => x.asChair).length]).toEqual([44, 41]);
    expect(t.events.filter((e) => e.type === 'chair-change').map((e) => e.chair)).toEqual(['Boomsma', 'Ellian', 'Boomsma', 'Ellian', 'Boomsma']);
    expect(t.closingList).toHaveLength(7);
    expect(t.text).toContain('Wit-Rusland');
    expect(t.text).toContain('Uitvoerings- en implementatiewet');
    expect(t.meta).toMatchObject({ date: '2026-03-03', status: 'Concept', opened: '17:01', closed: '19:38' });
  });
});

describe('PDFs that cannot be read give a clear message', () => {
  it('corrupt bytes', async () => {
    expect(await pdfToText(new TextEncoder().encode('%PDF-1.7\nkapot'), pdfjs)).toEqual({ ok: false, message: PDF_MESSAGES.corrupt });
    expect(await pdfToText(new TextEncoder().encode('geen pdf'), pdfjs)).toEqual({ ok: false, message: PDF_MESSAGES.corrupt });
  });

  it('a PDF cut off halfway', async () => {
    const whole = await textToPdf('De voorzitter:\nIk open de vergadering.');
    expect(await pdfToText(whole.slice(0, Math.floor(whole.length / 2)), pdfjs)).toEqual({ ok: false, message: PDF_MESSAGES.corrupt });
  });

  it('a password-protected PDF (a real RC4 user password, pdf.js opens it with the password)', async () => {
    const locked = await passwordPdf('geheim');
    expect(await pdfToText(locked, pdfjs)).toEqual({ ok: false, message: 'Dit PDF-bestand is beveiligd met een wachtwoord.' });
    // The file is genuine: with the password pdf.js opens it.
    const doc = await pdfjs.getDocument({ data: locked.slice(), password: 'geheim', verbosity: 0 }).promise;
    expect(doc.numPages).toBe(1);
    await doc.destroy();
  });

  it('a scan without a text layer', async () => {
    expect(await pdfToText(await imageOnlyPdf(), pdfjs)).toEqual({ ok: false, message: PDF_MESSAGES.noText });
  });

  it('maps pdf.js errors by name (they cross the worker as plain objects)', () => {
    expect(pdfErrorMessage({ name: 'PasswordException', code: 2 })).toBe(PDF_MESSAGES.password);
    expect(pdfErrorMessage({ name: 'InvalidPDFException' })).toBe(PDF_MESSAGES.corrupt);
    expect(pdfErrorMessage(new Error('anything'))).toBe(PDF_MESSAGES.corrupt);
  });

  it('leaves the caller’s bytes usable (pdf.js detaches what it is given)', async () => {
    const bytes = await textToPdf('Hallo');
    await pdfToText(bytes, pdfjs);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await pdfToText(bytes, pdfjs)).ok).toBe(true);
  });
});

describe('progress', () => {
  it('reports each page as it is read', async () => {
    const pages: [number, number][] = [];
    const r = await pdfToText(await textToPdf('Een\n'.repeat(120)), pdfjs, { onPage: (done, total) => pages.push([done, total]) });
    expect(r.ok).toBe(true);
    expect(pages).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
