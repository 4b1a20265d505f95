import type { Block } from './blocks';
import { stripListMarker } from './blocks';
import { normalizeText } from './normalize';
import { BLOCK_TAGS, HEADING_TAGS, OVERLAY_TAG, SKIP_TAGS } from './selectors';

// Elements that end the running block; inline elements (strong, a, span, …) do not.
const BREAKS = new Set([
  ...BLOCK_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'UL', 'OL', 'DL',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'FORM', 'BODY', 'HR',
]);

const BR = '\n';
const SOURCE_BREAKS = /[\r\n\t]/;
const SOURCE_BREAKS_ALL = /[\r\n\t]/g;

/** Yielded by {@link walkBlocks} when it has reached the end of what the browser has parsed so far. */
export const MORE_PAGE = Symbol('more page');

const OWN_TAG = OVERLAY_TAG.toUpperCase();

/** The next sibling the page's parser put there: the extension's own host (mounted at the end of
 * <body> while the page still loads) is not a sign that the parser has moved on. */
function nextFromPage(n: Node): Node | null {
  let s = n.nextSibling;
  while (s && s.nodeType === 1 && (s as Element).tagName.toUpperCase() === OWN_TAG) s = s.nextSibling;
  return s;
}

/**
 * Whether the browser's HTML parser is done with `node`: something the page
 * holds follows it in document order. While a page loads, the parser only
 * appends at the end, so every node with a following node is complete; the
 * last text node may still grow and the last elements may still get children.
 */
function parsed(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (nextFromPage(n)) return true;
  return false;
}

/**
 * Reads a page into blocks in one walk, text only (never markup): each block
 * keeps the element that holds its text, so features can find a turn in the page.
 * `<br>` is kept as a line break so the plenary form's "label<br>speech" can be split.
 * A generator, so a caller can read a long page in slices between other work.
 *
 * While `loading()` is true the walk may run into the end of what has been
 * parsed so far: it then yields {@link MORE_PAGE} and, when resumed, goes on
 * from the same place (so a page can be read while it loads).
 */
export function* walkBlocks(root: Element, loading: () => boolean): Generator<Block<Element> | typeof MORE_PAGE> {
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
    // Both halves normalised already make the whole (the line break becomes the one space between
    // them): a label paragraph's speech is not normalised a second time.
    const text = !marker.item && head !== null ? `${head} ${tail}` : normalizeText(marker.item ? marker.text : raw);
    const boldText = bold;
    bold = null;
    return text ? { text, head, tail, heading: HEADING_TAGS.has(owner.tagName), item, bold: boldText, ref: owner } : null;
  };

  const unfinished = (node: Node) => loading() && !parsed(node);

  // An explicit stack rather than recursion: nested generators would pass every block up
  // through each level of the page's markup. Each frame is an element being read: the last
  // child read, and for a block element (BREAKS) the owner to return to after it.
  interface Frame {
    node: Node;
    prev: Node | null;
    block: boolean;
    outer: Element;
  }
  const stack: Frame[] = [{ node: root, prev: null, block: false, outer: root }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    let child: Node | null = f.prev ? f.prev.nextSibling : f.node.firstChild;
    // At the parser's frontier: wait for more of the page, or for this element to be complete.
    while (!child && unfinished(f.node)) {
      yield MORE_PAGE;
      child = f.prev ? f.prev.nextSibling : f.node.firstChild;
    }
    if (!child) {
      stack.pop();
      if (f.block) {
        const inside = take();
        if (inside) yield inside;
        owner = f.outer;
      }
      continue;
    }
    // The last text node may still grow: read it once something follows it.
    while (child.nodeType === 3 && !nextFromPage(child) && unfinished(child)) yield MORE_PAGE;
    f.prev = child;
    if (child.nodeType === 3) {
      // Source-formatting newlines are spaces; only <br> breaks a line.
      const text = child.nodeValue ?? '';
      buf += SOURCE_BREAKS.test(text) ? text.replace(SOURCE_BREAKS_ALL, ' ') : text;
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
      stack.push({ node: el, prev: null, block: true, outer: owner });
      owner = el;
      continue;
    }
    if ((tag === 'STRONG' || tag === 'B') && bold === null) {
      while (unfinished(el)) yield MORE_PAGE;
      bold = normalizeText(el.textContent ?? '');
    }
    stack.push({ node: el, prev: null, block: false, outer: owner });
  }
  const last = take();
  if (last) yield last;
}
