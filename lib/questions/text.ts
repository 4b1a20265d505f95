import { fold } from '../text/fold';
import { stem } from '../text/stem';
import { isStopword } from '../text/stopwords';

/**
 * The questions feature's view of text: content words and the weighted
 * features questions and answers are compared by, and a turn's sentences,
 * all built on the shared toolkit in lib/text. All linear.
 */

/** Content words of `s`, folded, stopwords removed, in order (duplicates kept). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  eachContentWord(s, (w) => {
    out.push(w);
    return true;
  });
  return out;
}

/** Whether `s` has fewer than `n` content words; stops reading at the n-th (a whole turn often has thousands). */
export function fewerContentWords(s: string, n: number): boolean {
  let seen = 0;
  eachContentWord(s, () => ++seen < n);
  return seen < n;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const DIGITS = /^\d+$/;

/** Calls `f` with each content word until it returns false. The analyses read every turn through this, so it stays lean. */
function eachContentWord(s: string, f: (w: string) => boolean): void {
  const folded = fold(s);
  // One shared global regex: `f` never reads words itself, so no call comes in between.
  const re = WORD;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    let w = m[0];
    if (w.length < 3) continue;
    if (w.includes('’')) w = w.replace(/’/g, "'");
    // Bare numbers ("20.000", "2024") are amounts and years, not topics; "23a" and "d66" stay.
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57 && DIGITS.test(w)) || isStopword(w)) continue;
    if (!f(w)) return;
  }
}

/** Prefix length of the compound feature: "kinderverdrag" and "kinderrechtenverdrag" share "kinder". */
const PREFIX = 6;

/**
 * Weighted term features of a text: each stem (1), its 6-letter prefix for
 * long words (0.5, so Dutch compounds meet their heads), and two adjacent
 * words run together (0.5: "return hubs" meets "returnhubs").
 */
export function features(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, w: number) => out.set(k, (out.get(k) ?? 0) + w);
  const words = contentWords(s);
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
