import type { Block } from './blocks';
import { stripListMarker } from './blocks';
import { normalizeText } from './normalize';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from './selectors';

// Elements that end the running block; inline elements (strong, a, span, …) do not.
const BREAKS = new Set([
  ...BLOCK_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'UL', 'OL', 'DL',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'FORM', 'BODY', 'HR',
]);

const BR = '\n';

/**
 * Reads a page into blocks in one walk, text only (never markup): each block
 * keeps the element that holds its text, so features can find a turn in the page.
 * `<br>` is kept as a line break so the plenary form's "label<br>speech" can be split.
 * A generator, so a caller can read a long page in slices between other work.
 */
export function* iterateBlocks(root: Element): Generator<Block<Element>> {
  let buf = '';
  let bold: string | null = null;
  let owner: Element = root;

  const take = (): Block<Element> | null => {
    if (buf.trim() === '') {
      buf = '';
      bold = null;
      return null;
    }
    const raw = buf;
    buf = '';
    const brAt = raw.indexOf(BR);
    let head: string | null = null;
    let tail: string | null = null;
    if (brAt >= 0) {
      const h = normalizeText(raw.slice(0, brAt));
      const t = normalizeText(raw.slice(brAt + 1));
      if (h && t) [head, tail] = [h, t];
    }
    const marker = stripListMarker(raw);
    const item = owner.tagName === 'LI' || marker.item;
    const text = normalizeText(marker.item ? marker.text : raw);
    const boldText = bold;
    bold = null;
    return text ? { text, head, tail, heading: HEADING_TAGS.has(owner.tagName), item, bold: boldText, ref: owner } : null;
  };

  function* walk(node: Node): Generator<Block<Element>> {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Source-formatting newlines are spaces; only <br> breaks a line.
        buf += (child.nodeValue ?? '').replace(/[\r\n\t]/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) continue;
      if (tag === 'BR') {
        buf += BR;
        continue;
      }
      if (BREAKS.has(tag)) {
        const before = take();
        if (before) yield before;
        const outer = owner;
        owner = el;
        yield* walk(el);
        const inside = take();
        if (inside) yield inside;
        owner = outer;
        continue;
      }
      if ((tag === 'STRONG' || tag === 'B') && bold === null) bold = normalizeText(el.textContent ?? '');
      yield* walk(el);
    }
  }

  yield* walk(root);
  const last = take();
  if (last) yield last;
}

/** All blocks of a page at once. */
export function domToBlocks(root: Element): Block<Element>[] {
  return [...iterateBlocks(root)];
}
