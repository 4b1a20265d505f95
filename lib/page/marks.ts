/**
 * Everything Kamerlezer puts into the page carries the `kl-` prefix, and
 * `removeAllMarks` takes all of it out again: classes, data attributes,
 * wrapper spans and the one style element.
 */

export const PAGE_STYLE_ID = 'kl-page-style';

/**
 * On `<html>` while the panel is open: the page makes room for it, so no text lies under it. Beside a
 * wide page the panel (360 px and its border) takes the right edge; on a narrow screen it is a sheet of
 * at most 45 % of the height, and the page gets that much room below its end to scroll out from under it.
 * Fixed headers and footers of the site keep their place.
 */
export const ROOM_CLASS = 'kl-room';

/** Page-side CSS: only `kl-` selectors, so the page's own rules are untouched. */
export const PAGE_CSS = /* css */ `
[data-kl-turn] { scroll-margin-top: 6rem; }
.kl-current { outline: 3px solid #e17000; outline-offset: 4px; border-radius: 2px; }
.kl-folded { display: none !important; }
.kl-fold-stub { display: block; font: italic 0.85em system-ui, sans-serif; color: #666; margin: 0.2em 0; }
.kl-term { text-decoration: underline dotted 1.5px; text-underline-offset: 3px; cursor: help; }
.kl-term:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.kl-mention { color: inherit; text-decoration: underline solid 1px; text-decoration-color: #1a5fb4; text-underline-offset: 3px; cursor: pointer; }
.kl-mention:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.kl-commitment { background: rgba(255, 205, 0, 0.35); box-shadow: 0 0 0 1px rgba(200, 150, 0, 0.4); }
.kl-commitment.kl-unlisted { background: rgba(255, 120, 60, 0.3); }
.kl-motion { background: rgba(140, 110, 230, 0.14); box-shadow: inset 0 -1px 0 rgba(110, 80, 200, 0.5); }
.kl-passage { background: rgba(80, 170, 255, 0.3); }
.kl-passage-flash { animation: kl-flash 1.6s ease-out 1; }
@keyframes kl-flash { from { background: rgba(80, 170, 255, 0.8); } }
@media (prefers-color-scheme: dark) {
  .kl-commitment { background: rgba(255, 205, 0, 0.25); }
  .kl-passage { background: rgba(80, 170, 255, 0.25); }
  .kl-motion { background: rgba(160, 130, 255, 0.16); }
}
@media (prefers-reduced-motion: reduce) { .kl-passage-flash { animation: none; } }
html.kl-room { margin-right: 361px !important; }
@media (max-width: 520px) { html.kl-room { margin-right: 0 !important; padding-bottom: 45vh !important; } }
`;

export function ensurePageStyle(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/**
 * Wraps the text of `range` in spans (one per text node it touches), built
 * from text nodes only. Returns the spans; unwrapping restores the text.
 */
export function wrapRange(range: Range, className: string, attrs: Record<string, string> = {}): HTMLElement[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const spans: HTMLElement[] = [];
  for (const t of texts) {
    let node = t;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (from >= to || !/\S/.test(node.data.slice(from, to))) continue;
    if (to < node.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    const span = doc.createElement('span');
    span.className = className;
    for (const [k, v] of Object.entries(attrs)) span.setAttribute(k, v);
    node.parentNode!.insertBefore(span, node);
    span.appendChild(node);
    spans.push(span);
  }
  return spans;
}

/** Removes wrapper spans matching `selector`, putting their text back. */
export function unwrap(doc: Document, selector: string): void {
  for (const span of Array.from(doc.querySelectorAll(selector))) {
    const parent = span.parentNode;
    if (!parent) continue;
    while (span.firstChild) parent.insertBefore(span.firstChild, span);
    parent.removeChild(span);
    parent.normalize();
  }
}

const KL_CLASSES = ['kl-current', 'kl-folded', ROOM_CLASS];
const KL_ATTRS = ['data-kl-turn', 'data-kl-speaker'];

/** One call that takes every Kamerlezer mark out of the page. */
export function removeAllMarks(doc: Document): void {
  unwrap(doc, 'span.kl-term, span.kl-commitment, span.kl-motion, span.kl-passage, span.kl-mention');
  for (const el of Array.from(doc.querySelectorAll('.kl-fold-stub'))) el.remove();
  for (const cls of KL_CLASSES) for (const el of Array.from(doc.getElementsByClassName(cls))) el.classList.remove(cls);
  for (const attr of KL_ATTRS) for (const el of Array.from(doc.querySelectorAll(`[${attr}]`))) el.removeAttribute(attr);
  doc.getElementById(PAGE_STYLE_ID)?.remove();
}
