import { parseDocumentSliced } from '../../lib/transcript/parse';
import { loadPage } from './dom';

/**
 * A browser's HTML parser in miniature: the source page's body is copied
 * into an empty document node by node in document order, each text node in
 * two steps (it grows, as a parser's last text node does). Each step is one
 * "chunk" the parser might have got to before the reader looks again.
 */
export function* parserSteps(src: Node, dst: Node): Generator<void> {
  for (let child = src.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      const half = Math.floor(data.length / 2);
      const text = dst.ownerDocument!.createTextNode(data.slice(0, half));
      dst.appendChild(text);
      yield;
      text.appendData(data.slice(half));
      yield;
    } else if (child.nodeType === 1) {
      const copy = dst.appendChild(dst.ownerDocument!.importNode(child, false));
      yield;
      yield* parserSteps(child, copy);
    }
  }
}

/**
 * Reads `html` while it "loads", `perLook(n)` parser steps at the n-th look
 * (a number: the same at every look); returns the read and the loaded page.
 * `onProgress` sees the page as it is at each progress report (the content
 * script mounts its overlay host from there).
 */
export async function readWhileLoading(
  html: string,
  url: string,
  perLook: number | ((look: number) => number),
  opts: { onProgress?: (turns: number, doc: Document) => void } = {},
) {
  const source = loadPage(html, url);
  const doc = loadPage('<!DOCTYPE html><html><head></head><body></body></html>', url);
  const steps = parserSteps(source.body, doc.body);
  const stepsAt = typeof perLook === 'number' ? () => perLook : perLook;
  let loading = true;
  let looks = 0;
  const read = await parseDocumentSliced(doc, url, {
    sliceMs: 0,
    onProgress: (turns) => opts.onProgress?.(turns, doc),
    loading: () => loading,
    morePage: async () => {
      const n = Math.max(1, stepsAt(looks++));
      for (let i = 0; i < n; i++) if (steps.next().done) loading = false;
    },
  });
  // What the reader had not waited for (site footer) loads after it is done.
  while (!steps.next().done);
  return { read, doc, looks, source };
}
