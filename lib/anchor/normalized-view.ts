import { isInvisible, isSpace } from '../transcript/normalize';
import { firstIndex } from '../text/search';

/**
 * Text as `normalizeText` sees it, with an offset map back to the original:
 * anchors are described and found in this view, and their offsets mapped back.
 */

/** The normalised text plus, per normalised character, the original range it came from. */
export interface View {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

const MARK = /\p{M}/u;

/** Classify one UTF-16 code unit (or pair) cheaply: ASCII never needs the regexes. */
function kind(ch: string, code: number): 'space' | 'invisible' | 'char' {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13) ? 'space' : 'char';
  if (isInvisible(ch)) return 'invisible';
  return isSpace(ch) ? 'space' : 'char';
}

let cached: { source: string; view: View } | null = null;

/**
 * The same rules as `normalizeText` (NFC, invisibles dropped, white space and
 * private-use glyphs collapsed to one space, trimmed), applied per character
 * cluster so every output character knows where it came from. The last view
 * is cached: the content script anchors many passages on one page text.
 */
export function normalizedView(s: string): View {
  if (cached && cached.source === s) return cached.view;
  let text = '';
  let from = new Int32Array(s.length + 8);
  let to = new Int32Array(s.length + 8);
  let n = 0;
  const push = (f: number, t: number) => {
    if (n === from.length) {
      // NFC can (rarely) lengthen a cluster: grow.
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      from = grow(from);
      to = grow(to);
    }
    from[n] = f;
    to[n++] = t;
  };
  let pending = -1; // original offset of a space run not yet emitted (dropped if trailing)
  let pendingEnd = -1;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1);
    const k = kind(j - i === 1 ? s[i]! : s.slice(i, j), code);
    if (k === 'invisible') {
      i = j;
      continue;
    }
    if (k === 'space') {
      if (n > 0 && pending < 0) pending = i;
      if (pending >= 0) pendingEnd = j;
      i = j;
      continue;
    }
    // A base character with its combining marks (all ≥ U+0300) composes under NFC as one cluster.
    while (j < s.length && s.charCodeAt(j) >= 0x300) {
      const next = s.codePointAt(j)!;
      const len = next > 0xffff ? 2 : 1;
      if (!MARK.test(s.slice(j, j + len))) break;
      j += len;
    }
    if (pending >= 0) {
      text += ' ';
      push(pending, pendingEnd);
      pending = -1;
    }
    const cluster = j - i === 1 && code < 0x300 ? s[i]! : s.slice(i, j).normalize('NFC');
    for (let c = 0; c < cluster.length; c++) push(i, j);
    text += cluster;
    i = j;
  }
  const view = { text, from: from.subarray(0, n), to: to.subarray(0, n) };
  cached = { source: s, view };
  return view;
}

/** First index k with arr[k] >= value (arr non-decreasing). */
export function lowerBound(arr: Int32Array, value: number): number {
  return firstIndex(arr.length, (i) => arr[i]! < value);
}
