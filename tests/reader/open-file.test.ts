// @vitest-environment node
// pdf.js's legacy build wants Node without a DOM; pages and XML are parsed in happy-dom windows of their own.
import { Window } from 'happy-dom';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { OPEN_MESSAGES, decodeText, openContent, openTranscriptFile, sniffText, type OpenDeps } from '../../lib/reader/open-file';
import { PDF_MESSAGES } from '../../lib/reader/pdf-text';
import { loadPage, readRepoFile } from '../helpers/dom';
import { imageOnlyPdf, passwordPdf, textToPdf } from './make-pdf';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');
const enc = (s: string) => new TextEncoder().encode(s);
// Made once: laying out 38 pages takes a moment.
const seedPdf = textToPdf(seedText);

const deps: OpenDeps = {
  pdfjs,
  parseHtml: (html) => loadPage(html, 'about:blank'),
  parseXml: (xml) => new new Window().DOMParser().parseFromString(xml, 'application/xml') as unknown as Document,
};

async function open(name: string, content: string | Uint8Array, d: OpenDeps = deps) {
  return openTranscriptFile({ name, bytes: typeof content === 'string' ? enc(content) : content }, d);
}

describe('openTranscriptFile routes by content', () => {
  it('a PDF, whatever its name', async () => {
    const r = await open('verslag.bin', await seedPdf);
    expect(r).toMatchObject({ ok: true, layoutless: true, source: { fileName: 'verslag.bin', kind: 'pdf' } });
    if (r.ok) {
      expect(r.transcript.turns).toHaveLength(126);
      // What the recent list keeps: the extracted text, so reopening needs no pdf.js.
      expect(openContent(r.content, 'pdf', 'verslag.bin', deps)).toMatchObject({ ok: true });
    }
  }, 30_000);

  it('loads pdf.js only when a PDF is opened', async () => {
    const load = vi.fn(async () => pdfjs);
    await open('seed.txt', seedText, { ...deps, pdfjs: load });
    expect(load).not.toHaveBeenCalled();
    await open('x.pdf', await seedPdf, { ...deps, pdfjs: load });
    expect(load).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('plain text (UTF-8 with BOM, or Windows-1252)', async () => {
    const r = await open('seed.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(seedText)]));
    expect(r).toMatchObject({ ok: true, source: { kind: 'text' } });
    if (r.ok) expect(r.transcript.turns).toHaveLength(126);
    expect(decodeText(new Uint8Array([0x4b, 0x72, 0xf6, 0x67, 0x65, 0x72]))).toBe('Kröger');
  });

  it('Windows-1252 quotes, dashes and the euro sign, also where the runtime reads that code page as Latin-1 (Node)', () => {
    // “één” – de minister’s € 5: 0x93 é é n 0x94 0x20 0x96 ... 0x92 ... 0x80
    const bytes = new Uint8Array([0x93, 0xe9, 0xe9, 0x6e, 0x94, 0x20, 0x96, 0x20, 0x6d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0x65, 0x72, 0x92, 0x73, 0x20, 0x80, 0x20, 0x35]);
    expect(decodeText(bytes)).toBe('“één” – minister’s € 5');
  });

  it('a saved HTML page of a page form', async () => {
    const r = await open('verslag.html', readRepoFile('seeds/demo/tk-committee.html'));
    expect(r).toMatchObject({ ok: true, source: { kind: 'html' } });
    if (r.ok) expect(r.transcript.turns).toHaveLength(126);
  });

  it('VLOS XML', async () => {
    const r = await open('verslag.xml', readRepoFile('seeds/reader/vlos-sample.xml'));
    expect(r).toMatchObject({ ok: true, source: { kind: 'vlos' } });
    if (r.ok) expect(r.transcript.turns).toHaveLength(20);
  });

  it('a transcript whatever URL it is said to come from (the URL is a hint, not a verdict)', async () => {
    // A report saved from, or a text extracted from a file downloaded at, a URL that is no transcript page.
    const saved = `<!-- saved from url=(0084)https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/kamer_in_het_kort/stikstof -->\n${readRepoFile('seeds/demo/tk-committee.html')}`;
    const page = await open('verslag.html', saved);
    expect(page.ok && page.transcript.turns.length).toBe(126);
    const download = 'https://www.tweedekamer.nl/downloads/document?id=2026D09877';
    const text = await openTranscriptFile({ name: 'verslag.txt', bytes: enc(seedText), url: download }, deps);
    expect(text.ok && text.transcript.turns.length).toBe(126);
    const html = await openTranscriptFile({ name: 'verslag.html', bytes: enc(readRepoFile('seeds/demo/tk-committee.html')), url: download }, deps);
    expect(html.ok && html.transcript.turns.length).toBe(126);
  });

  it('pasted text', async () => {
    const r = await openTranscriptFile({ name: 'Geplakte tekst', text: seedText }, deps);
    expect(r).toMatchObject({ ok: true, source: { kind: 'paste' } });
  });

  it('sniffs', () => {
    expect(sniffText('<?xml version="1.0"?>\n<vlosCoreDocument xmlns="x">')).toBe('vlos');
    expect(sniffText('<!-- saved from url=(0030)https://www.tweedekamer.nl/ -->\n<!DOCTYPE html><html>')).toBe('html');
    expect(sniffText('<?xml version="1.0"?><rss/>')).toBe('xml');
    expect(sniffText('De voorzitter:\nIk open de vergadering.')).toBe('text');
  });
});

describe('what cannot be opened gives a clear message', () => {
  it('an empty file, or one with only white space', async () => {
    expect(await open('leeg.txt', '')).toEqual({ ok: false, message: 'Het bestand is leeg.' });
    expect(await open('leeg.txt', ' \n\t\n')).toEqual({ ok: false, message: 'Het bestand is leeg.' });
    expect(await openTranscriptFile({ name: 'Geplakte tekst', text: '  ' }, deps)).toEqual({ ok: false, message: OPEN_MESSAGES.emptyPaste });
  });

  it('a text that is no transcript', async () => {
    const r = await open('boodschappen.txt', 'Melk\nBrood\nKaas: jong belegen\n');
    expect(r).toEqual({ ok: false, message: 'Dit document is geen verslag van een debat: geen sprekers gevonden.' });
  });

  it('a saved news page (refused by its content, whatever its URL) and other XML', async () => {
    const news = readRepoFile('tests/fixtures/pages/tk-news-kamer-in-het-kort.html');
    expect(await open('nieuws.html', news)).toEqual({ ok: false, message: OPEN_MESSAGES.notTranscript });
    const asTranscriptUrl = { name: 'nieuws.html', bytes: enc(news), url: 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42' };
    expect(await openTranscriptFile(asTranscriptUrl, deps)).toEqual({ ok: false, message: OPEN_MESSAGES.notTranscript });
    expect(await open('feed.xml', '<?xml version="1.0"?><rss><channel><title>Nieuws</title></channel></rss>')).toEqual({ ok: false, message: OPEN_MESSAGES.notTranscript });
    expect(await open('kapot.xml', '<?xml version="1.0"?><vlosCoreDocument><vergadering>')).toEqual({ ok: false, message: OPEN_MESSAGES.badXml });
  });

  it('a binary file that is no PDF', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await open('foto.png', png)).toEqual({ ok: false, message: OPEN_MESSAGES.binary });
  });

  it('a corrupt, a password-protected and an image-only PDF', async () => {
    expect(await open('kapot.pdf', 'dit is geen pdf')).toEqual({ ok: false, message: PDF_MESSAGES.corrupt });
    expect(await open('kapot.pdf', '%PDF-1.4\n%%EOF')).toEqual({ ok: false, message: PDF_MESSAGES.corrupt });
    expect(await open('geheim.pdf', await passwordPdf())).toEqual({ ok: false, message: PDF_MESSAGES.password });
    expect(await open('scan.pdf', await imageOnlyPdf())).toEqual({ ok: false, message: PDF_MESSAGES.noText });
  });

  it('a PDF whose text is no transcript', async () => {
    expect(await open('brief.pdf', await textToPdf('Geachte voorzitter,\n\nHierbij stuur ik u de brief.\n\nMet vriendelijke groet,'))).toEqual({
      ok: false,
      message: OPEN_MESSAGES.notTranscript,
    });
  });
});
