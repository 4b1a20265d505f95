import { textToBlocks } from './blocks';
import { buildTranscript, type Built } from './build';
import { classifyUrl, type PageForm } from './detect';
import { domToBlocks } from './dom-blocks';
import type { ParseResult, Source } from './model';
import { normalizeText } from './normalize';
import { parseChairChange, parseLabel } from './patterns';
import { CONTENT_ROOT, TITLE, queryFirst } from './selectors';

const isLabelLine = (line: string) => parseLabel(line) !== null || parseChairChange(line) !== null;

/** Parses plain text (PDF-extracted, pasted, a .txt file). */
export function parseText(text: string): ParseResult {
  return buildTranscript(textToBlocks(text, isLabelLine), { source: 'text' }).result;
}

function sourceOf(form: PageForm): Source {
  switch (form) {
    case 'tk-plenary':
      return 'tweedekamer-plenary';
    case 'tk-committee':
      return 'tweedekamer-committee';
    case 'handelingen':
      return 'handelingen';
    case 'kamerstuk':
      return 'kamerstuk';
    default:
      return 'html';
  }
}

/** The element that holds the transcript: of the matches of the first selector that matches, the one with most text. */
export function findContentRoot(doc: Document): Element {
  for (const sel of CONTENT_ROOT) {
    const all = Array.from(doc.querySelectorAll(sel));
    if (all.length === 0) continue;
    return all.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a));
  }
  return doc.body ?? doc.documentElement;
}

/**
 * Parses a page (any form in ../shared/PAGES.md). Returns the model and, for
 * each turn, the elements that hold it. A URL that is never a transcript is
 * refused before the page is read.
 */
export function parseDocumentWithLayout(doc: Document, url?: string | null): Built<Element> {
  const form = classifyUrl(url);
  if (form === 'not-transcript') {
    return {
      result: { ok: false, reason: 'not-a-transcript', message: 'Deze pagina is geen verslag (nieuws, agenda of video).' },
      layout: { turns: [] },
    };
  }
  const body = doc.body ?? doc.documentElement;
  const root = findContentRoot(doc);
  const blocks = domToBlocks(body);
  // Blocks outside the content root: those before it are the site's header (status, date); those after are footer.
  const inside = blocks.filter((b) => root.contains(b.ref));
  const firstInside = blocks.findIndex((b) => root.contains(b.ref));
  const preamble = blocks.slice(0, Math.max(0, firstInside)).map((b) => b.text);
  const titleEl = queryFirst(doc, TITLE);
  const title = titleEl ? normalizeText(titleEl.textContent ?? '') : null;
  return buildTranscript(inside, {
    source: sourceOf(form),
    title,
    preamble: title ? [title, ...preamble] : preamble,
    kindHint: form === 'handelingen' || form === 'tk-plenary' ? 'plenary' : form === 'tk-committee' ? 'committee' : null,
  });
}

export function parseDocument(doc: Document, url?: string | null): ParseResult {
  return parseDocumentWithLayout(doc, url).result;
}
