import { runsToText, type PageRuns, type TextRun } from './pdf-lines';

/**
 * Text of a PDF through Mozilla's pdf.js. The pdf.js module is a parameter:
 * the reader page passes `pdfjs-dist` (loaded on demand, its worker bundled),
 * tests pass the legacy build in Node, and `lib/` never imports it, so it can
 * never end up in the content script.
 */

/** The slice of the pdf.js API this module uses (satisfied by `pdfjs-dist` and its legacy build). */
export interface PdfJsLike {
  getDocument(src: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
  }): {
    promise: Promise<PdfDocumentLike>;
    destroy(): Promise<void>;
  };
}

interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): unknown;
}

/** The text (and page count), or why there is none. */
export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; message: string };

/** What the reader says when a PDF gives no text. */
export const PDF_MESSAGES = {
  password: 'Dit PDF-bestand is beveiligd met een wachtwoord.',
  corrupt: 'Dit bestand is geen leesbaar PDF-bestand.',
  noText: 'Dit PDF-bestand bevat geen tekst (alleen afbeeldingen?).',
  timeLimit: 'Dit PDF-bestand kost te veel tijd om te lezen; het is gestopt (is het beschadigd of misvormd?).',
  pageLimit: 'Dit PDF-bestand heeft te veel pagina’s om hier te lezen (meer dan 3.000).',
  cancelled: 'Het lezen van het PDF-bestand is afgebroken.',
} as const;

/**
 * pdf.js errors cross the worker boundary as plain objects, so they are told
 * apart by `name`, never by `instanceof`.
 */
export function pdfErrorMessage(err: unknown): string {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
  if (name === 'PasswordException') return PDF_MESSAGES.password;
  // The bounds of pdf-limits.ts.
  if (name === 'KamerlezerTimeLimit') return PDF_MESSAGES.timeLimit;
  if (name === 'KamerlezerPageLimit') return PDF_MESSAGES.pageLimit;
  if (name === 'AbortError') return PDF_MESSAGES.cancelled;
  return PDF_MESSAGES.corrupt;
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string' && Array.isArray((item as TextRun).transform);
}

/**
 * Extracts the text of a PDF in the shape of the seed (lines, blank lines
 * between paragraphs, line-end hyphens kept, headers/footers dropped).
 * Never throws: a password, a corrupt file or a scan without text layer give
 * a Dutch message.
 */
export async function pdfToText(
  data: ArrayBuffer | Uint8Array,
  pdfjs: PdfJsLike,
  opts: { onPage?: (done: number, total: number) => void } = {},
): Promise<PdfTextResult> {
  // pdf.js transfers the buffer to its worker (detaching it): give it a copy. A plain Uint8Array
  // copy, also of a Node Buffer (whose slice is a view, and which pdf.js refuses).
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data));
  let task: ReturnType<PdfJsLike['getDocument']>;
  try {
    // No eval (extension CSP forbids it) and no font loading: only text is needed.
    task = pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  } catch (err) {
    return { ok: false, message: pdfErrorMessage(err) };
  }
  try {
    const doc = await task.promise;
    const pages: PageRuns[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ runs: content.items.filter(isTextRun), view: page.view });
      page.cleanup();
      // A 400-page plenary takes seconds: the page can say how far it is.
      opts.onPage?.(n, doc.numPages);
    }
    const text = runsToText(pages);
    if (!/\S/u.test(text)) return { ok: false, message: PDF_MESSAGES.noText };
    return { ok: true, text, pages: doc.numPages };
  } catch (err) {
    return { ok: false, message: pdfErrorMessage(err) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
