/**
 * Word boundaries for the term matchers, fast on long texts. A word is a run
 * of letters and digits (Unicode); hyphens, apostrophes and spaces separate
 * words. A hand-written scanner over the per-character table of
 * lib/text/word-chars.ts.
 */

import { isWordCharAt } from '../text/word-chars';

export { isWordCharAt };

/** Start and end of each word in text[from, to), in order. */
export function* words(text: string, from = 0, to = text.length): Generator<[number, number]> {
  let i = from;
  while (i > 0 && i < to && isWordCharAt(text, i - 1) && isWordCharAt(text, i)) i++; // from fell inside a word
  while (i < to) {
    while (i < to && !isWordCharAt(text, i)) i++;
    if (i >= to) return;
    const start = i;
    while (i < text.length && isWordCharAt(text, i)) i++;
    yield [start, i];
  }
}
