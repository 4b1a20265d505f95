import { textToBlocks } from './blocks';
import { buildTranscript, createBuilder, type Built, type TranscriptBuilder } from './build';
import { classifyUrl, type PageForm } from './detect';
import { iterateBlocks } from './dom-blocks';
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
    // Measuring text builds one string of the whole subtree: only worth it when there is a choice.
    if (all.length === 1) return all[0]!;
    return all.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a));
  }
  return doc.body ?? doc.documentElement;
}

/**
 * The page parser as steps: it reads the page block by block and yields the
 * number of turns read so far every few dozen blocks, so a caller can stop
 * between steps (see `parseDocumentSliced`). One walk over the page.
 */
function* pageParser(doc: Document, url: string | null | undefined): Generator<number, Built<Element>> {
  const form = classifyUrl(url);
  if (form === 'not-transcript') {
    return {
      result: { ok: false, reason: 'not-a-transcript', message: 'Deze pagina is geen verslag (nieuws, agenda of video).' },
      layout: { turns: [] },
    };
  }
  const body = doc.body ?? doc.documentElement;
  const root = findContentRoot(doc);
  const titleEl = queryFirst(doc, TITLE);
  const title = titleEl ? normalizeText(titleEl.textContent ?? '') : null;
  // Blocks outside the content root: those before it are the site's header (status, date); those after are footer.
  const preamble: string[] = title ? [title] : [];
  let builder: TranscriptBuilder<Element> | null = null;
  const start = () =>
    createBuilder<Element>({
      source: sourceOf(form),
      title,
      preamble,
      kindHint: form === 'handelingen' || form === 'tk-plenary' ? 'plenary' : form === 'tk-committee' ? 'committee' : null,
    });
  let n = 0;
  for (const b of iterateBlocks(body)) {
    if (root.contains(b.ref)) (builder ??= start()).push(b);
    else if (!builder) preamble.push(b.text);
    if (++n % 32 === 0) yield builder?.turnCount() ?? 0;
  }
  // Completing the model (one text, interruptions, closing list, header) is a step of its own.
  yield builder?.turnCount() ?? 0;
  return (builder ?? start()).finish();
}

/**
 * Parses a page (any form in ../shared/PAGES.md). Returns the model and, for
 * each turn, the elements that hold it. A URL that is never a transcript is
 * refused before the page is read.
 */
export function parseDocumentWithLayout(doc: Document, url?: string | null): Built<Element> {
  const steps = pageParser(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function parseDocument(doc: Document, url?: string | null): ParseResult {
  return parseDocumentWithLayout(doc, url).result;
}

/** Gives the main thread back to the browser (input, rendering) before going on. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same parse in slices of about `sliceMs`, yielding to the browser in
 * between, so a 200,000-word page never blocks input. `onProgress` hears the
 * number of turns read after each slice (the overlay can show itself early).
 */
export async function parseDocumentSliced(
  doc: Document,
  url: string | null | undefined,
  opts: { sliceMs?: number; onProgress?: (turns: number) => void } = {},
): Promise<Built<Element>> {
  const sliceMs = opts.sliceMs ?? 8;
  const steps = pageParser(doc, url);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      opts.onProgress?.(step.value);
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
