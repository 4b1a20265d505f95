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
  | 'handelingen' // zoek.officielebekendmakingen.nl h-tk-…
  | 'kamerstuk' // zoek.officielebekendmakingen.nl kst-…
  | 'not-transcript'
  | 'unknown';

const TK_HOST = /^(?:www\.)?tweedekamer\.nl$/i;
const OKB_HOST = /^zoek\.officielebekendmakingen\.nl$/i;

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
    if (/^\/(?:dossier\/)?h-tk-\d{8}-\d+-\d+(?:\.html)?$/.test(path) || /^\/(?:dossier\/)?h-tk-/.test(path)) return 'handelingen';
    if (/^\/(?:dossier\/)?kst-/.test(path)) return 'kamerstuk';
    return 'not-transcript';
  }
  if (/(^|\.)tweedekamer\.nl$/i.test(url.hostname)) return 'not-transcript'; // debatdirect and other apps
  return 'unknown';
}

/** The match patterns of the content script: the transcript URL forms only, both hosts. */
export const CONTENT_MATCHES = [
  'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
  'https://tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
  'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
  'https://tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
  'https://www.tweedekamer.nl/kamerstukken/detail*',
  'https://tweedekamer.nl/kamerstukken/detail*',
  'https://zoek.officielebekendmakingen.nl/h-tk-*',
  'https://zoek.officielebekendmakingen.nl/dossier/h-tk-*',
  'https://zoek.officielebekendmakingen.nl/kst-*',
  'https://zoek.officielebekendmakingen.nl/dossier/kst-*',
];
