import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import '@/lib/i18n/en/install'; // an extension page carries English from the start
import './style.css';
import { render } from 'preact';
// The worker ships inside the extension as an asset: pdf.js never loads code from the network.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ReaderApp } from '@/components/reader/ReaderApp';
import type { OpenDeps } from '@/lib/reader/open-file';
import type { PdfJsLike } from '@/lib/reader/pdf-text';
import { openRecentStore } from '@/lib/reader/recent';
import { mountReaderOverlay } from './overlay';
import { browser } from 'wxt/browser';

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

/** A PDF handed over by "Open in Kamerlezer" on a transcript page (reader.html?pending=<id>), taken once. */
async function pendingFile(): Promise<File | null> {
  const id = new URLSearchParams(location.search).get('pending');
  if (!id) return null;
  const got = (await browser.runtime.sendMessage({ type: 'take-pending', id }).catch(() => null)) as { name?: unknown; base64?: unknown } | null;
  if (!got || typeof got.base64 !== 'string' || typeof got.name !== 'string') return null;
  const bytes = Uint8Array.from(atob(got.base64), (c) => c.charCodeAt(0));
  return new File([bytes], got.name, { type: 'application/pdf' });
}

render(
  <ReaderApp
    deps={deps}
    openStore={() => openRecentStore()}
    initialFile={pendingFile()}
    initialDocId={new URLSearchParams(location.search).get('doc')}
    // The document's own address (reader.html?doc=<id>): saved passages point at it and reopen here.
    onDocumentId={(id) => history.replaceState(null, '', `${location.pathname}?doc=${encodeURIComponent(id)}${location.hash}`)}
    onRendered={(t) => void mountReaderOverlay(t)}
  />,
  document.getElementById('app')!,
);
