import { fold } from '../text/fold';
import { stem } from '../text/stem';
import { isStopword } from '../text/stopwords';
import { isLetterCode, isLetterOrDigitCode } from '../text/word-chars';

/**
 * The questions feature's view of text: content words and the weighted
 * features questions and answers are compared by, and a turn's sentences,
 * all built on the shared toolkit in lib/text. All linear.
 */

/** Content words of `s`, folded, stopwords removed, in order (duplicates kept); `folded` when `s` is folded already. */
export function contentWords(s: string, folded = false): string[] {
  const out: string[] = [];
  eachContentWord(
    s,
    (w) => {
      out.push(w);
      return true;
    },
    folded,
  );
  return out;
}

/** Whether `s` has fewer than `n` content words; stops reading at the n-th (a whole turn often has thousands). */
export function fewerContentWords(s: string, n: number): boolean {
  let seen = 0;
  // Read in pieces cut at white space (no word spans two), so that a long turn is folded only as far as needed.
  for (let from = 0; from < s.length && seen < n; ) {
    let to = Math.min(s.length, from + PIECE);
    while (to < s.length && !/\s/u.test(s[to]!)) to++;
    eachContentWord(s.slice(from, to), () => ++seen < n);
    from = to;
  }
  return seen < n;
}
const PIECE = 400;

/**
 * Calls `f` with each content word until it returns false. A word is what
 * `/[\p{L}\p{N}]+(?:['’]\p{L}+)*\/u` matches (letters and digits, and an
 * apostrophe with letters after it: "azc's"), read by a character loop over
 * the table of lib/text/word-chars.ts: the analyses read every turn through
 * this, and a Unicode regex per word was a quarter of the full analysis.
 */
function eachContentWord(s: string, f: (w: string) => boolean, folded = false): void {
  const t = folded ? s : fold(s);
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!wordAt(t, i)) {
      i += unitWidth(t, i);
      continue;
    }
    const start = i;
    while (i < n && wordAt(t, i)) i += unitWidth(t, i);
    while (i + 1 < n && (t.charCodeAt(i) === 39 || t.charCodeAt(i) === 0x2019) && letterAt(t, i + 1)) {
      i++;
      while (i < n && letterAt(t, i)) i += unitWidth(t, i);
    }
    if (i - start < 3) continue;
    let w = t.slice(start, i);
    if (w.includes('’')) w = w.replace(/’/g, "'");
    // Bare numbers ("20.000", "2024") are amounts and years, not topics; "23a" and "d66" stay.
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57 && DIGITS.test(w)) || isStopword(w)) continue;
    if (!f(w)) return;
  }
}

const DIGITS = /^\d+$/;
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;
const ASTRAL_LETTER = /^\p{L}$/u;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** 2 at the first half of a surrogate pair, else 1 (also for a half without its other half). */
const unitWidth = (t: string, i: number) => (isHighSurrogate(t.charCodeAt(i)) && isLowSurrogate(t.charCodeAt(i + 1)) ? 2 : 1);
function wordAt(t: string, i: number): boolean {
  const code = t.charCodeAt(i);
  return isHighSurrogate(code) ? ASTRAL_WORD.test(String.fromCodePoint(t.codePointAt(i)!)) : isLetterOrDigitCode(code);
}
function letterAt(t: string, i: number): boolean {
  const code = t.charCodeAt(i);
  return isHighSurrogate(code) ? ASTRAL_LETTER.test(String.fromCodePoint(t.codePointAt(i)!)) : isLetterCode(code);
}

/** Prefix length of the compound feature: "kinderverdrag" and "kinderrechtenverdrag" share "kinder". */
const PREFIX = 6;

/**
 * Weighted term features of a text: each stem (1), its 6-letter prefix for
 * long words (0.5, so Dutch compounds meet their heads), and two adjacent
 * words run together (0.5: "return hubs" meets "returnhubs"). `folded`: `s` is folded already (a slice of foldedSlice).
 */
export function features(s: string, folded = false): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, w: number) => out.set(k, (out.get(k) ?? 0) + w);
  const words = contentWords(s, folded);
  for (let i = 0; i < words.length; i++) {
    const st = stem(words[i]!);
    add(st, 1);
    if (st.length > PREFIX + 1) add('~' + st.slice(0, PREFIX), 0.5);
    const next = words[i + 1];
    if (next) add(stem(words[i]! + next), 0.5);
  }
  return out;
}

export type { TurnSentence as Sentence } from '../text/sentences';
