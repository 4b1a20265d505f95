import { textToBlocks } from './blocks';
import { buildTranscript, createBuilder, type Built, type TranscriptBuilder } from './build';
import { withClosingList } from './closing-list';
import { classifyUrl, houseOfUrl, type PageForm } from './detect';
import type { Block } from './blocks';
import { MORE_PAGE, walkBlocks } from './dom-blocks';
import type { ParseResult, Source } from './model';
import { normalizeText } from './normalize';
import { pageDates } from './page-meta';
import { finishedParsing, morePage, yieldToMain } from './page-waits';
import { parseChairChange, parseLabel } from './patterns';
import { CONTENT_ROOT, TITLE, queryFirst } from './selectors';

const isLabelLine = (line: string) => parseLabel(line) !== null || parseChairChange(line) !== null;

/** Parses plain text (PDF-extracted, pasted, a .txt file). */
export function parseText(text: string): ParseResult {
  return withClosing(buildTranscript(textToBlocks(text, isLabelLine), { source: 'text' }).result);
}

/** A whole document read at once gets its closing list here; the page's own read leaves it to the analyses. */
const withClosing = (r: ParseResult): ParseResult => (r.ok ? { ok: true, transcript: withClosingList(r.transcript) } : r);

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
 * Each site's own transcript root: specific enough to take while the page
 * still loads (a generic root such as `main` may turn out to hold the real one).
 */
const SITE_ROOT: Partial<Record<PageForm, string>> = {
  'tk-plenary': 'div.content',
  'tk-committee': 'div.content',
  handelingen: '#broodtekst',
  kamerstuk: '#broodtekst',
};

function titleOf(doc: Document): string | null {
  const el = queryFirst(doc, TITLE);
  return el ? normalizeText(el.textContent ?? '') : null;
}

/** What the page parser yields between steps: turns read so far, or that it has read all the browser has parsed. */
type Step = number | typeof MORE_PAGE;

/**
 * The page parser as steps: it reads the page block by block and yields the
 * number of turns read so far every few dozen blocks, so a caller can stop
 * between steps (see `parseDocumentSliced`). One walk over the page, which
 * stops at the end of the transcript body (the rest is site footer).
 *
 * While `loading()` is true it reads the page as the browser parses it: it
 * yields MORE_PAGE at the end of what is there, and takes as the body the
 * site's own root (SITE_ROOTS) once one is present. It is done when that
 * root is, before the rest of the page has loaded; the result then carries
 * the guess, for the caller to check on the loaded page ({@link guessHolds}).
 */
function* pageParser(doc: Document, url: string | null | undefined, loading: () => boolean = () => false): Generator<Step, PageRead> {
  const form = classifyUrl(url);
  if (form === 'not-transcript') {
    return {
      result: { ok: false, reason: 'not-a-transcript', message: 'Deze pagina is geen verslag (nieuws, agenda of video).' },
      layout: { turns: [] },
      guess: null,
    };
  }
  const body = doc.body ?? doc.documentElement;
  const streamed = loading();
  let root: Element | null = streamed ? null : findContentRoot(doc);
  let title: string | null = null;
  // Blocks outside the content root: those before it are the site's header (status, date); those after are footer.
  const preamble: string[] = [];
  // Set inside `place` (a closure), which TypeScript's narrowing does not follow.
  let builder = null as TranscriptBuilder<Element> | null;
  const start = () => {
    title = titleOf(doc);
    return createBuilder<Element>({
      source: sourceOf(form),
      title,
      preamble: title ? [title, ...preamble] : preamble,
      kindHint: form === 'handelingen' || form === 'tk-plenary' ? 'plenary' : form === 'tk-committee' ? 'committee' : null,
      dates: pageDates(doc),
      house: houseOfUrl(url),
    });
  };
  // Blocks read before the root is known (while loading): placed once it is.
  const pending: Block<Element>[] = [];
  // The body's blocks before its first turn wait for it: by then the page's title has been
  // parsed too (it comes before the first speaker), also when the page is read while it loads.
  const opening: Block<Element>[] = [];
  const open = () => {
    builder = start();
    for (const o of opening.splice(0)) builder.push(o);
    return builder;
  };
  const place = (b: Block<Element>): boolean => {
    if (root!.contains(b.ref)) {
      if (builder) builder.push(b);
      else if (isLabelLine(b.head ?? b.text)) open().push(b);
      else opening.push(b);
    } else if (builder || opening.length) return false; // past the body: done
    else preamble.push(b.text);
    return true;
  };
  const own = SITE_ROOT[form];
  let n = 0;
  let inBody = true;
  for (const b of walkBlocks(body, loading)) {
    if (b === MORE_PAGE) {
      yield MORE_PAGE;
      continue;
    }
    if (!root && loading()) {
      // The first block inside the site's own root tells where the body is.
      root = own ? b.ref.closest(own) : null;
      if (!root) pending.push(b);
    }
    if (root || !loading()) {
      root ??= findContentRoot(doc);
      for (const p of pending.splice(0)) inBody &&= place(p);
      if (!inBody || !place(b)) break;
    }
    if (++n % 32 === 0) yield builder?.turnCount() ?? 0;
  }
  root ??= findContentRoot(doc);
  for (const p of pending.splice(0)) inBody &&= place(p);
  // Completing the model (one text, interruptions, closing list, header) is a step of its own.
  yield builder?.turnCount() ?? 0;
  const done = (builder ?? open()).finish();
  return { ...done, guess: streamed ? { root, title, ...lastTextOf(root) } : null };
}

/** The body and title a parse took while the page was still loading. */
export interface PageGuess {
  root: Element;
  title: string | null;
  /**
   * The body's last text node when the read ended, and its length: text after it (or more of it) on the
   * loaded page means the read stopped short. The browser's parser only adds at the end; text a page's
   * script inserts in the middle after the read is not caught (the whole body's length was, at 10–50 ms).
   */
  last: Text | null;
  lastLength: number;
}

/**
 * The last text node under `el` and its length, found from the end (a few steps down the last children):
 * walking the whole body cost the task that finishes the read 10–50 ms on a 200,000-word page.
 */
function lastTextOf(el: Element): { last: Text | null; lastLength: number } {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const last = walker.lastChild() as Text | null;
  return { last, lastLength: last?.length ?? 0 };
}

export type PageRead = Built<Element> & {
  guess: PageGuess | null;
  /**
   * Read while the page loaded and done in the task where the browser
   * finished parsing it (at DOMContentLoaded): what follows can run in that
   * task too, before the browser's first layout of the whole page, which on a
   * 200,000-word page takes it 100–200 ms.
   */
  withPage?: boolean;
}

/**
 * Whether what was read while the page loaded still stands on the loaded
 * page: the same body (no better candidate came later), the same title, and
 * the same last text in that body as when the read ended: text the page added
 * at the body's end after the read (the read stopped short) is caught here
 * rather than shown as the whole. When it does not, read the page again.
 */
export function guessHolds(doc: Document, guess: PageGuess): boolean {
  const now = lastTextOf(guess.root);
  return findContentRoot(doc) === guess.root && titleOf(doc) === guess.title && now.last === guess.last && now.lastLength === guess.lastLength;
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
  return withClosing(parseDocumentWithLayout(doc, url).result);
}

/**
 * The same parse in slices of about `sliceMs`, yielding to the browser in
 * between, so a 200,000-word page never blocks input. `onProgress` hears the
 * number of turns read after each slice (the overlay can show itself early).
 *
 * Started while the page loads (a content script at document_start), it
 * reads the page as it arrives, looking every `pollMs` for more, and is done
 * when the transcript body is: the overlay can be ready by the time the page
 * is. Check `guess` once the page has loaded ({@link guessHolds}).
 */
export async function parseDocumentSliced(
  doc: Document,
  url: string | null | undefined,
  opts: {
    sliceMs?: number;
    pollMs?: number;
    onProgress?: (turns: number) => void;
    /** Whether the browser is still parsing the page, and waiting for it to parse more (tests replace both). */
    loading?: () => boolean;
    morePage?: () => Promise<void>;
  } = {},
): Promise<PageRead> {
  const sliceMs = opts.sliceMs ?? 8;
  const pollMs = opts.pollMs ?? 25;
  const loading = opts.loading ?? (() => doc.readyState === 'loading');
  const more = opts.morePage ?? (() => morePage(doc, pollMs));
  while (!doc.body && loading()) await more();
  const steps = pageParser(doc, url, loading);
  const streamed = loading();
  // While the page loads, a pause between slices ends early when the browser finishes parsing (the
  // rest is then read in that same task: see `withPage`) or adds a piece: the parser's tasks hold
  // the main thread for long, and a reader that only waits for its own turn falls behind, leaving
  // half the page to read in the task that finishes it (on a 200,000-word page, 540 of 1,260 turns
  // at the median of eight loads in Chromium; 109 when it also goes on after each piece).
  const parsed = streamed ? finishedParsing(doc) : null;
  const pause = () => (parsed && loading() ? Promise.race([yieldToMain(), parsed, more()]) : yieldToMain());
  let sliceStart = performance.now();
  let turnsRead = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { ...step.value, withPage: streamed && !loading() };
    if (step.value === MORE_PAGE) {
      opts.onProgress?.(turnsRead);
      await more();
      sliceStart = performance.now();
      continue;
    }
    turnsRead = step.value;
    // The browser has just parsed the last of the page: read the little that is left in the
    // same task, before it lays the whole page out (see `withPage`).
    if (streamed && !loading()) continue;
    if (performance.now() - sliceStart > sliceMs) {
      opts.onProgress?.(turnsRead);
      await pause();
      sliceStart = performance.now();
    }
  }
}
