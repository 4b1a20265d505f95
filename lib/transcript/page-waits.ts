/**
 * Waiting on the browser while a page is read: for the main thread to be free, for its parser to add
 * more of the page, for it to finish. Browser timing only; the reading itself is in parse.ts.
 */

/** Gives the main thread back to the browser (input, rendering) before going on. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves when the page has changed (a mutation: mostly the browser's parser adding a piece, and
 * the reader then goes on in the parser's own task, right after it; a change by the page's own
 * scripts or the extension's overlay only wakes the reader early), when the browser has finished
 * the page, or after `pollMs` (a fallback). Its observer is disconnected when it resolves.
 */
export function morePage(doc: Document, pollMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      doc.removeEventListener('readystatechange', done);
      resolve();
    };
    const timer = setTimeout(done, pollMs);
    const observer = typeof MutationObserver === 'function' ? new MutationObserver(done) : null;
    observer?.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
    doc.addEventListener('readystatechange', done);
  });
}

/** Resolves in the event that tells the browser has parsed the whole page (readyState leaves "loading"). */
export function finishedParsing(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (doc.readyState === 'loading') return;
      doc.removeEventListener('readystatechange', check);
      resolve();
    };
    doc.addEventListener('readystatechange', check);
  });
}
