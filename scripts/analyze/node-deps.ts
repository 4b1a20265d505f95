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

export function nodeOpenDeps(): OpenDeps {
  return {
    pdfjs: () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJsLike>),
    parseHtml: (html) => {
      const window = new Window({ url: 'about:blank', settings: SAFE });
      window.document.write(html);
      return window.document as unknown as Document;
    },
    parseXml: (xml) => new new Window({ settings: SAFE }).DOMParser().parseFromString(xml, 'application/xml') as unknown as Document,
  };
}
