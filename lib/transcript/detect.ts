import type { House } from './model';

/**
 * Which page is this, by URL alone (../shared/PAGES.md §1). A transcript URL
 * still needs transcript content; a URL that is never a transcript (news
 * summaries, activity pages, the video app) stops everything before the page
 * is read.
 */
export type PageForm =
  | 'tk-plenary' // tweedekamer.nl plenaire_verslagen/detail…
  | 'tk-committee' // tweedekamer.nl commissieverslagen/detail…
  | 'tk-document' // tweedekamer.nl kamerstukken/detail: a transcript only if the content says so
  | 'handelingen' // zoek.officielebekendmakingen.nl h-tk-… (Tweede Kamer) and h-ek-… (Eerste Kamer)
  | 'kamerstuk' // zoek.officielebekendmakingen.nl kst-…
  | 'not-transcript'
  | 'unknown';

const TK_HOST = /^(?:www\.)?tweedekamer\.nl$/i;
const OKB_HOST = /^zoek\.officielebekendmakingen\.nl$/i;
/**
 * The publisher serves the same document at its identifier and under the
 * folders of its dossier views: /h-ek-…, /dossier/h-ek-…, /behandelddossier/h-ek-….
 */
const OKB_FOLDERS = ['', 'dossier/', 'behandelddossier/'];
/** Handelingen identifiers: h-tk- the Tweede Kamer's, h-ek- the Eerste Kamer's (the Senate). */
const HANDELINGEN_IDS = ['h-tk-', 'h-ek-'];
// The same folders and identifiers as the lists above (tests/transcript/detect.test.ts fills in every match pattern).
const HANDELINGEN_PATH = /^\/(?:dossier\/|behandelddossier\/)?h-[te]k-/;
const KAMERSTUK_PATH = /^\/(?:dossier\/|behandelddossier\/)?kst-/;

export function classifyUrl(href: string | null | undefined): PageForm {
  if (!href) return 'unknown';
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'unknown';
  }
  const path = url.pathname.toLowerCase();
  if (TK_HOST.test(url.hostname)) {
    if (path.includes('/kamer_in_het_kort')) return 'not-transcript';
    if (path.startsWith('/kamerstukken/plenaire_verslagen/detail')) return 'tk-plenary';
    if (path.startsWith('/kamerstukken/commissieverslagen/detail')) return 'tk-committee';
    if (path.startsWith('/kamerstukken/detail')) return 'tk-document';
    return 'not-transcript';
  }
  if (OKB_HOST.test(url.hostname)) {
    if (HANDELINGEN_PATH.test(path)) return 'handelingen';
    if (KAMERSTUK_PATH.test(path)) return 'kamerstuk';
    return 'not-transcript';
  }
  if (/(^|\.)tweedekamer\.nl$/i.test(url.hostname)) return 'not-transcript'; // debatdirect and other apps
  return 'unknown';
}

/**
 * The match patterns of the content script (and of the page's context menu):
 * the transcript URL forms only, both hosts; the publisher's from the
 * identifier and folder lists above, each of which {@link classifyUrl} reads
 * (tests/transcript/detect.test.ts checks every pattern against it).
 */
export const CONTENT_MATCHES = [
  'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
  'https://tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
  'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
  'https://tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
  'https://www.tweedekamer.nl/kamerstukken/detail*',
  'https://tweedekamer.nl/kamerstukken/detail*',
  ...[...HANDELINGEN_IDS, 'kst-'].flatMap((id) => OKB_FOLDERS.map((folder) => `https://zoek.officielebekendmakingen.nl/${folder}${id}*`)),
];

/**
 * Whose record a transcript URL is: the Senate's Handelingen (h-ek-) or the
 * Tweede Kamer's (its site, h-tk-). Null when the address does not say (a
 * Kamerstuk is filed by either chamber under one number).
 */
export function houseOfUrl(href: string | null | undefined): House | null {
  const form = classifyUrl(href);
  if (form === 'tk-plenary' || form === 'tk-committee' || form === 'tk-document') return 'tweede-kamer';
  if (form !== 'handelingen') return null;
  return /\/h-ek-/i.test(new URL(href!).pathname) ? 'eerste-kamer' : 'tweede-kamer';
}
