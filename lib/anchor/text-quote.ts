import { isInvisible, isSpace } from '../transcript/normalize';
import { firstIndex } from '../text/search';

/**
 * Robust text anchors for saved passages, after hypothesis/client's
 * TextQuoteSelector + TextPositionSelector: a quote with some context on
 * either side, plus its position as a hint. Finding a passage again tries the
 * hint, then an exact search ranked by context, then an approximate search
 * (bit-parallel edit distance, Myers 1999) so a corrected word or changed
 * white space does not lose the passage.
 *
 * Everything here works on the text as `normalizeText` sees it (one space per
 * white-space run, invisible characters dropped, NFC). Callers may pass raw or
 * normalised text; returned offsets always point into the text they passed.
 * Pure and DOM-free: it runs in the content script, the background and Node.
 */

/** How many characters of context are kept before and after the quote. */
export const CONTEXT_LENGTH = 32;

/** A saved passage's anchor; every field is on the normalised text. */
export interface Anchor {
  exact: string;
  /** Up to {@link CONTEXT_LENGTH} characters directly before `exact`. */
  prefix: string;
  /** Up to {@link CONTEXT_LENGTH} characters directly after `exact`. */
  suffix: string;
  /** Position hint: offsets of `exact` in the normalised text at save time. */
  start: number;
  end: number;
}

/** Where an anchor was found: offsets into the text given to {@link anchor}; score in [0, 1]. */
export interface AnchorMatch {
  start: number;
  end: number;
  score: number;
}

// --- Normalised view with an offset map ------------------------------------

/** The normalised text plus, per normalised character, the original range it came from. */
interface View {
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
function normalizedView(s: string): View {
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
function lowerBound(arr: Int32Array, value: number): number {
  return firstIndex(arr.length, (i) => arr[i]! < value);
}

// --- describe ----------------------------------------------------------------

/**
 * The anchor of `text.slice(start, end)`: the quote trimmed of white space at
 * its ends, its context and its normalised position. Throws a RangeError when
 * the range holds no visible text (a caller error: nothing to save).
 */
export function describe(text: string, start: number, end: number): Anchor {
  const v = normalizedView(text);
  let ns = lowerBound(v.from, Math.max(0, start));
  let ne = lowerBound(v.from, Math.min(text.length, end));
  while (ns < ne && v.text[ns] === ' ') ns++;
  while (ne > ns && v.text[ne - 1] === ' ') ne--;
  if (ns >= ne) throw new RangeError('describe: the range holds no text');
  return {
    exact: v.text.slice(ns, ne),
    prefix: v.text.slice(Math.max(0, ns - CONTEXT_LENGTH), ns),
    suffix: v.text.slice(ne, ne + CONTEXT_LENGTH),
    start: ns,
    end: ne,
  };
}

// --- anchor ------------------------------------------------------------------

// Weights after hypothesis: the quote matters most, context next, position only breaks ties.
const W_QUOTE = 50;
const W_CONTEXT = 20;
const W_POSITION = 2;
const W_TOTAL = W_QUOTE + 2 * W_CONTEXT + W_POSITION;
/** Fuzzy matches may differ from the quote in at most this share of its characters. */
export const MAX_ERROR_RATE = 0.2;
// Below this length an approximate match is more likely chance than a correction.
const MIN_FUZZY_LENGTH = 8;
const MAX_OCCURRENCES = 1000;

/** Plain Levenshtein distance; only used on context strings of ≤ 32 characters. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let k = 1; k <= b.length; k++) {
      const cost = a[i - 1] === b[k - 1] ? 0 : 1;
      cur.push(Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function similarity(expected: string, actual: string): number {
  if (!expected.length) return 1; // no context recorded (start or end of text): nothing to contradict
  const d = levenshtein(expected, actual);
  return 1 - d / Math.max(expected.length, actual.length);
}

function scoreAt(t: string, a: Anchor, start: number, end: number, quoteSim: number): number {
  const prefix = t.slice(Math.max(0, start - a.prefix.length), start);
  const suffix = t.slice(end, end + a.suffix.length);
  const distance = Math.abs(start - a.start) / Math.max(1, t.length);
  const raw =
    W_QUOTE * quoteSim +
    W_CONTEXT * similarity(a.prefix, prefix) +
    W_CONTEXT * similarity(a.suffix, suffix) +
    W_POSITION * (1 - Math.min(1, distance));
  return raw / W_TOTAL;
}

/**
 * Edit distance of `pattern` against the best substring of `text` ending at
 * each position: result[j] is for the substring ending before j + 1. With
 * `anchoredStart` the substring must start at 0. Myers' bit-vector algorithm
 * in 32-bit blocks: O(n · ⌈m/32⌉). Exported for tests.
 */
export function approximateEnds(pattern: string, text: string, anchoredStart = false): Int32Array {
  const m = pattern.length;
  const n = text.length;
  const out = new Int32Array(n);
  if (m === 0) return out;
  const blocks = Math.ceil(m / 32);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) peq.set(c, (masks = new Int32Array(blocks)));
    masks[i >> 5]! |= 1 << (i & 31);
  }
  const none = new Int32Array(blocks);
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const lastBit = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const rows = Math.min(m, (b + 1) * 32);
    score[b] = rows;
    lastBit[b] = 1 << ((rows - 1) & 31);
  }
  const startIn = anchoredStart ? 1 : 0;
  for (let j = 0; j < n; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? none;
    let hin = startIn;
    for (let b = 0; b < blocks; b++) {
      const pv = P[b]!;
      const mv = M[b]!;
      const hinNeg = hin < 0 ? 1 : 0;
      const eq = eqs[b]! | hinNeg;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bit = lastBit[b]!;
      const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hinNeg;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      score[b]! += hout;
      hin = hout;
    }
    out[j] = score[blocks - 1]!;
  }
  return out;
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Start of the best match of `quote` ending exactly at `end` (within `errors` edits). */
function matchStart(t: string, quote: string, end: number, errors: number): number {
  const ws = Math.max(0, end - quote.length - errors);
  const scores = approximateEnds(reverse(quote), reverse(t.slice(ws, end)), true);
  let best = -1;
  for (let r = 0; r < scores.length; r++) {
    const better =
      best < 0 ||
      scores[r]! < scores[best]! ||
      (scores[r] === scores[best] && Math.abs(r + 1 - quote.length) < Math.abs(best + 1 - quote.length));
    if (better) best = r;
  }
  return best < 0 ? end : end - (best + 1);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function exactCandidates(t: string, a: Anchor): Candidate | null {
  let best: Candidate | null = null;
  let seen = 0;
  for (let pos = t.indexOf(a.exact); pos !== -1 && seen < MAX_OCCURRENCES; pos = t.indexOf(a.exact, pos + 1), seen++) {
    const c = { start: pos, end: pos + a.exact.length, score: scoreAt(t, a, pos, pos + a.exact.length, 1) };
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

const PIECE = 32;
const BUCKET = 256;
const MAX_WINDOWS = 5;

/**
 * Where a long quote probably lies: each exact 32-character piece of it that
 * occurs in the text votes for a start. Searching only those windows makes a
 * corrected whole turn ~10× cheaper than a full scan; null means "scan all".
 */
function likelyStarts(t: string, quote: string): number[] | null {
  if (quote.length < PIECE * 4) return null; // short quotes scan the whole text in a few milliseconds
  const votes = new Map<number, number>();
  for (let off = 0; off + PIECE <= quote.length; off += PIECE) {
    const piece = quote.slice(off, off + PIECE);
    let hits = 0;
    for (let pos = t.indexOf(piece); pos !== -1 && hits < 20; pos = t.indexOf(piece, pos + 1), hits++) {
      const bucket = Math.floor((pos - off) / BUCKET);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  if (!votes.size) return null;
  const top = Math.max(...votes.values());
  // Buckets with a fraction of the top vote are chance hits of common phrases.
  return [...votes.entries()]
    .filter(([, v]) => v * 4 >= top)
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_WINDOWS)
    .map(([bucket]) => bucket * BUCKET)
    .sort((x, y) => x - y);
}

/** Best approximate match of the quote in t.slice(from, to), offsets into t. */
function fuzzyIn(t: string, a: Anchor, from: number, to: number): Candidate | null {
  const m = a.exact.length;
  const k = Math.floor(m * MAX_ERROR_RATE);
  const ends = approximateEnds(a.exact, t.slice(from, to));
  // Runs of acceptable end positions: keep each run's lowest-error end.
  const picks: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | null = null;
  for (let j = 0; j < ends.length; j++) {
    const e = ends[j]!;
    if (e <= k) {
      if (!run || e < run.errors) run = { end: from + j + 1, errors: e };
    } else if (run) {
      picks.push(run);
      run = null;
    }
  }
  if (run) picks.push(run);
  picks.sort((x, y) => x.errors - y.errors);
  // Only near-best candidates can win; each costs a reverse scan to find its start.
  const limit = (picks[0]?.errors ?? 0) * 1.5 + 2;
  let best: Candidate | null = null;
  for (const p of picks.filter((q) => q.errors <= limit).slice(0, 10)) {
    const start = matchStart(t, a.exact, p.end, p.errors);
    const c = { start, end: p.end, score: scoreAt(t, a, start, p.end, 1 - p.errors / m) };
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

function fuzzyCandidates(t: string, a: Anchor): Candidate | null {
  const m = a.exact.length;
  if (m < MIN_FUZZY_LENGTH) return null;
  const k = Math.floor(m * MAX_ERROR_RATE);
  // Merge overlapping windows so no stretch of text is scanned twice.
  const windows: [number, number][] = [];
  for (const start of likelyStarts(t, a.exact) ?? []) {
    const w: [number, number] = [Math.max(0, start - k - BUCKET), Math.min(t.length, start + m + k + 2 * BUCKET)];
    const last = windows[windows.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else windows.push(w);
  }
  let best: Candidate | null = null;
  for (const [from, to] of windows) {
    const c = fuzzyIn(t, a, from, to);
    if (c && (!best || c.score > best.score)) best = c;
  }
  return best ?? fuzzyIn(t, a, 0, t.length);
}

/**
 * Find an anchored passage in `text` (raw or normalised). Tries the position
 * hint (quote and context must still agree), then every exact occurrence of
 * the quote ranked by context and distance to the hint, then an approximate
 * match within {@link MAX_ERROR_RATE} edits of the quote. Null when nothing
 * is close enough (the passage was removed).
 */
export function anchor(text: string, a: Anchor): AnchorMatch | null {
  if (!a.exact) return null;
  const v = normalizedView(text);
  const t = v.text;
  const back = (c: Candidate): AnchorMatch => ({
    start: v.from[c.start]!,
    end: v.to[c.end - 1]!,
    score: c.score,
  });
  if (t.slice(a.start, a.end) === a.exact) {
    const hinted = { start: a.start, end: a.end, score: scoreAt(t, a, a.start, a.end, 1) };
    // Context below half-similar means the text moved and another copy of the quote sits here.
    if (hinted.score >= (W_QUOTE + W_CONTEXT + W_POSITION) / W_TOTAL) return back(hinted);
  }
  const found = exactCandidates(t, a) ?? fuzzyCandidates(t, a);
  return found ? back(found) : null;
}

// --- Text fragment links -------------------------------------------------------

/** Percent-encode a text directive term: encodeURIComponent plus '-' (',' and '&' it already encodes). */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Quotes longer than this many words become textStart,textEnd: shorter URLs, and they may cross paragraphs.
const LONG_QUOTE_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * A `#:~:text=` link (URL Fragment Text Directives) opening `url` at the
 * quote, so the browser scrolls to it even before the content script runs.
 * Browsers match only whole words: a quote starting or ending mid-word is cut
 * to whole words; context is cut to at most three whole words.
 */
export function textFragmentLink(url: string, exact: string, prefix = '', suffix = ''): string {
  const base = url.split('#')[0]!;
  let words = exact.trim().split(' ').filter(Boolean);
  // Drop a partial first/last word: the selection began or ended inside a word.
  const cutStart = words.length > 1 && WORD_CHAR.test(prefix.slice(-1)) && WORD_CHAR.test(exact[0] ?? '');
  if (cutStart) words = words.slice(1);
  const cutEnd = words.length > 1 && WORD_CHAR.test(suffix[0] ?? '') && WORD_CHAR.test(exact.slice(-1));
  if (cutEnd) words = words.slice(0, -1);
  if (!words.length) return base;
  // A full-length context may begin/end inside a word: keep whole words only.
  const pre = prefix.length >= CONTEXT_LENGTH ? prefix.split(' ').slice(1) : prefix.split(' ');
  const suf = suffix.length >= CONTEXT_LENGTH ? suffix.split(' ').slice(0, -1) : suffix.split(' ');
  // Context only holds next to an uncut quote edge.
  const preWords = cutStart ? [] : pre.filter(Boolean).slice(-CONTEXT_WORDS);
  const sufWords = cutEnd ? [] : suf.filter(Boolean).slice(0, CONTEXT_WORDS);
  const parts: string[] = [];
  if (preWords.length) parts.push(`${encodeTerm(preWords.join(' '))}-`);
  if (words.length > LONG_QUOTE_WORDS) {
    parts.push(encodeTerm(words.slice(0, EDGE_WORDS).join(' ')), encodeTerm(words.slice(-EDGE_WORDS).join(' ')));
  } else {
    parts.push(encodeTerm(words.join(' ')));
  }
  if (sufWords.length) parts.push(`-${encodeTerm(sufWords.join(' '))}`);
  return `${base}#:~:text=${parts.join(',')}`;
}
