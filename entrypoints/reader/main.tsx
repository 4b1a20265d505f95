import './style.css';
import { render } from 'preact';
// The worker ships inside the extension as an asset: pdf.js never loads code from the network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ReaderApp } from '@/components/reader/ReaderApp';
import type { OpenDeps } from '@/lib/reader/open-file';
import type { PdfJsLike } from '@/lib/reader/pdf-text';
import { openRecentStore } from '@/lib/reader/recent';
import { mountReaderOverlay } from './overlay';

// pdf.js is imported here and only here (never in lib/ or the content script), and only when a PDF is opened.
let pdfjs: Promise<PdfJsLike> | null = null;
function loadPdfjs(): Promise<PdfJsLike> {
  pdfjs ??= import('pdfjs-dist').then((m) => {
    m.GlobalWorkerOptions.workerSrc = workerUrl;
    return m;
  });
  return pdfjs;
}

const deps: OpenDeps = {
  pdfjs: loadPdfjs,
  // DOMParser documents are inert: scripts in a saved page never run, its images never load.
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  parseXml: (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
};

render(
  <ReaderApp deps={deps} openStore={() => openRecentStore()} onRendered={(t) => void mountReaderOverlay(t)} />,
  document.getElementById('app')!,
);
