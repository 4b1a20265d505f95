import type { PdfJsLike } from './pdf-text';

/**
 * pdf.js with bounds: a PDF is read within a time limit and a page limit, and
 * can be cancelled. A tiny hostile file can keep pdf.js busy without end
 * (200,000 nested `q` operators in 1.8 KB): in the reader page pdf.js works in
 * its own worker, so the page stays free to give up, and pdfToText's
 * `destroy()` then ends the worker. Every pdf.js promise is raced against the
 * deadline and the signal; a loss rejects with a named error that
 * pdfErrorMessage turns into a message.
 */

export interface PdfLimits {
  signal?: AbortSignal;
  /** Default: 60 s (the real 13-page Handelingen PDF takes about 0.25 s in Node). */
  timeLimitMs?: number;
  /** Default: 3,000 pages. */
  maxPages?: number;
}

export const PDF_LIMIT_ERRORS = { time: 'KamerlezerTimeLimit', pages: 'KamerlezerPageLimit', cancelled: 'AbortError' } as const;

const named = (name: string) => Object.assign(new Error(name), { name });

type DocumentLike = Awaited<ReturnType<PdfJsLike['getDocument']>['promise']>;
type PageLike = Awaited<ReturnType<DocumentLike['getPage']>>;

export function withLimits(pdfjs: PdfJsLike, limits: PdfLimits = {}): PdfJsLike {
  const { signal, timeLimitMs = 60_000, maxPages = 3_000 } = limits;
  return {
    getDocument(src) {
      const task = pdfjs.getDocument(src);
      const deadline = Date.now() + timeLimitMs;
      const bounded = <T>(p: Promise<T>): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          if (signal?.aborted) return reject(named(PDF_LIMIT_ERRORS.cancelled));
          const timer = setTimeout(() => finish(() => reject(named(PDF_LIMIT_ERRORS.time))), Math.max(0, deadline - Date.now()));
          const onAbort = () => finish(() => reject(named(PDF_LIMIT_ERRORS.cancelled)));
          function finish(then: () => void) {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            then();
          }
          signal?.addEventListener('abort', onAbort);
          p.then(
            (v) => finish(() => resolve(v)),
            (e: unknown) => finish(() => reject(e)),
          );
        });
      const page = (p: PageLike): PageLike => ({
        view: p.view,
        getTextContent: () => bounded(p.getTextContent()),
        cleanup: () => p.cleanup(),
      });
      const document = (d: DocumentLike): DocumentLike => {
        if (d.numPages > maxPages) throw named(PDF_LIMIT_ERRORS.pages);
        return { numPages: d.numPages, getPage: (n) => bounded(d.getPage(n)).then(page) };
      };
      return { promise: bounded(task.promise).then(document), destroy: () => task.destroy() };
    },
  };
}
