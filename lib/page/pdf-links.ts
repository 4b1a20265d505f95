import { normalizeText } from '../transcript/normalize';

/**
 * Links on a transcript page to the same transcript as a file (the PDF the
 * Kamer publishes next to the web text). Only links to the page's own site
 * count: that is the one place Kamerlezer may fetch from, and only when the
 * reader asks. The download URL forms are unverified, so both a `.pdf` path
 * and the site's document-download path are accepted.
 */
export interface PdfLink {
  url: string;
  label: string;
}

const DOWNLOAD_PATH = /^\/downloads\/document\b|\.pdf$/i;

export function findPdfLinks(doc: Document, pageUrl: string): PdfLink[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const seen = new Set<string>();
  const out: PdfLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, page);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' || url.host !== page.host || !DOWNLOAD_PATH.test(url.pathname)) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const label = normalizeText(a.textContent ?? '').slice(0, 120) || url.pathname.split('/').pop() || 'PDF';
    out.push({ url: url.href, label });
  }
  return out;
}
