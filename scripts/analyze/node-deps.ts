import { Window } from 'happy-dom';
import type { OpenDeps } from '../../lib/reader/open-file';
import type { PdfJsLike } from '../../lib/reader/pdf-text';

/**
 * What the reader's router needs, in Node: happy-dom parses pages and XML
 * (scripts in a page are never run, nothing is fetched), and pdf.js's legacy
 * build reads PDFs, loaded only when a PDF comes.
 */
const SAFE = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true };

let pdfjs: Promise<PdfJsLike> | null = null;

/**
 * The router's dependencies for one document, and `close` for after it: a
 * happy-dom window is only freed when closed (over a folder of a thousand
 * pages, unclosed windows grew one worker to gigabytes).
 */
export function nodeOpenDeps(): { deps: OpenDeps; close: () => Promise<void> } {
  const windows: Window[] = [];
  const open = () => {
    const w = new Window({ url: 'about:blank', settings: SAFE });
    windows.push(w);
    return w;
  };
  return {
    deps: {
      pdfjs: () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJsLike>),
      parseHtml: (html) => {
        const window = open();
        window.document.write(html);
        return window.document as unknown as Document;
      },
      parseXml: (xml) => new (open().DOMParser)().parseFromString(xml, 'application/xml') as unknown as Document,
    },
    close: async () => {
      await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
    },
  };
}
