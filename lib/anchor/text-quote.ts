import search from 'approx-string-match';
import { lowerBound, normalizedView } from './normalized-view';

/**
 * Robust text anchors for saved passages, after hypothesis/client's
 * TextQuoteSelector + TextPositionSelector: a quote with some context on
 * either side, plus its position as a hint. Finding a passage again tries the
 * hint, then an exact search ranked by context, then an approximate search
 * (bit-parallel edit distance, Myers 1999, from approx-string-match) so a corrected word or changed
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

/**
 * Best approximate match of the quote in t.slice(from, to), offsets into t.
 * The edit-distance search is approx-string-match (Myers' bit-parallel
 * algorithm, the library the Hypothesis client anchors with); the choice
 * among its matches is ours: by errors first, then by context and position.
 */
function fuzzyIn(t: string, a: Anchor, from: number, to: number): Candidate | null {
  const m = a.exact.length;
  const found = search(t.slice(from, to), a.exact, Math.floor(m * MAX_ERROR_RATE));
  if (found.length === 0) return null;
  // Only near-best matches can win.
  const limit = Math.min(...found.map((x) => x.errors)) * 1.5 + 2;
  let best: Candidate | null = null;
  for (const x of found.filter((q) => q.errors <= limit).sort((p, q) => p.errors - q.errors).slice(0, 10)) {
    const c = { start: from + x.start, end: from + x.end, score: scoreAt(t, a, from + x.start, from + x.end, 1 - x.errors / m) };
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
