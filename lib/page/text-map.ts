import { isInvisible, isSpace } from '../transcript/normalize';
import { SKIP_TAGS } from '../transcript/selectors';

/**
 * The normalised text of one element with, for every character of it, the
 * text node and offset it came from. It applies the same rules as
 * `normalizeText`, so an offset into the model's text lands on the right
 * character in the page.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** For normalised character i: index into `nodes` and offset in that node. */
  node: Int32Array;
  offset: Int32Array;
}

function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') out.push(c.ownerDocument!.createTextNode(' ')); // a separator, never inserted
        else walk(c);
      }
    }
  };
  walk(el);
  return out;
}

export function buildTextMap(el: Element): TextMap {
  const nodes = textNodes(el);
  let text = '';
  const node: number[] = [];
  const offset: number[] = [];
  let pendingSpace: [number, number] | null = null;
  nodes.forEach((n, ni) => {
    const v = n.nodeValue ?? '';
    for (let i = 0; i < v.length; i++) {
      const ch = v[i]!;
      if (isInvisible(ch)) continue;
      if (isSpace(ch)) {
        if (text.length > 0 && pendingSpace === null) pendingSpace = [ni, i];
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        node.push(pendingSpace[0]);
        offset.push(pendingSpace[1]);
        pendingSpace = null;
      }
      text += ch;
      node.push(ni);
      offset.push(i);
    }
  });
  return { text, nodes, node: Int32Array.from(node), offset: Int32Array.from(offset) };
}

/**
 * A DOM Range over normalised characters [start, end) of `el`'s text, where
 * `needle` (a paragraph of the model) is located inside the element first.
 * Null when the element no longer holds that text.
 */
export function rangeInElement(el: Element, needle: string, start: number, end: number, map: TextMap = buildTextMap(el)): Range | null {
  const at = map.text.indexOf(needle);
  if (at < 0 || start < 0 || end > needle.length || start >= end) return null;
  const a = at + start;
  const b = at + end - 1;
  const startNode = map.nodes[map.node[a]!];
  const endNode = map.nodes[map.node[b]!];
  if (!startNode?.parentNode || !endNode?.parentNode) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(startNode, map.offset[a]!);
  range.setEnd(endNode, map.offset[b]! + 1);
  return range;
}
