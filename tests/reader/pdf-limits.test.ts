import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { withLimits } from '../../lib/reader/pdf-limits';
import { PDF_MESSAGES, pdfToText, type PdfJsLike } from '../../lib/reader/pdf-text';
import { readRepoFile } from '../helpers/dom';
import { textToPdf } from './make-pdf';

/**
 * Reading a PDF is bounded: a time limit, a page limit, and cancelling. In
 * Node, pdf.js works on the calling thread, so a PDF that really never ends
 * cannot be interrupted here (the reader page runs pdf.js in a worker, and
 * `analyze` stops the worker thread): these tests use a pdf.js stand-in whose
 * work never finishes, which is what the page sees of such a file.
 */

/** A stand-in for pdf.js: `pages` pages whose text never comes (or comes at once when `hang` is false). */
function fakePdfjs(pages: number, hang: boolean): PdfJsLike & { destroyed: number } {
  const fake = {
    destroyed: 0,
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: pages,
        getPage: async () => ({
          view: [0, 0, 595, 842],
          getTextContent: () => (hang ? new Promise<{ items: unknown[] }>(() => undefined) : Promise.resolve({ items: [] })),
          cleanup: () => undefined,
        }),
      }),
      destroy: async () => {
        fake.destroyed++;
      },
    }),
  };
  return fake;
}

describe('reading a PDF within bounds', () => {
  it('gives up with a message when the time limit passes, and ends pdf.js', async () => {
    const fake = fakePdfjs(3, true);
    const r = await pdfToText(new Uint8Array([1]), withLimits(fake, { timeLimitMs: 50 }));
    expect(r).toEqual({ ok: false, message: PDF_MESSAGES.timeLimit });
    expect(fake.destroyed).toBe(1);
  });

  it('can be cancelled while it reads', async () => {
    const fake = fakePdfjs(3, true);
    const ac = new AbortController();
    const reading = pdfToText(new Uint8Array([1]), withLimits(fake, { signal: ac.signal }));
    setTimeout(() => ac.abort(), 10);
    expect(await reading).toEqual({ ok: false, message: PDF_MESSAGES.cancelled });
    expect(fake.destroyed).toBe(1);
  });

  it('refuses a document with more pages than the limit before reading any', async () => {
    const r = await pdfToText(new Uint8Array([1]), withLimits(fakePdfjs(5000, false)));
    expect(r).toEqual({ ok: false, message: PDF_MESSAGES.pageLimit });
  });

  it('reads a real PDF within the default bounds exactly as without them', async () => {
    const bytes = await textToPdf(readRepoFile('seeds/committee-2026-03-03-jbz.txt'));
    const bounded = await pdfToText(bytes, withLimits(pdfjs as unknown as PdfJsLike));
    const plain = await pdfToText(bytes, pdfjs as unknown as PdfJsLike);
    expect(bounded.ok).toBe(true);
    expect(bounded).toEqual(plain);
  }, 60_000);
});
