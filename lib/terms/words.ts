/**
 * Word boundaries for the term matchers, fast on long texts. A word is a run
 * of letters and digits (Unicode); hyphens, apostrophes and spaces separate
 * words. A hand-written scanner with a per-character table, because a
 * `/[\p{L}\p{N}]+/gu` loop costs several times more on a 200,000-word
 * plenary transcript.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// 0 = not yet known, 1 = word character, 2 = not; filled lazily per BMP code unit.
const table = new Uint8Array(0x10000);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return 1; // half of a surrogate pair: astral letters are rare, keep them whole
  return LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
}

/** Whether the UTF-16 code unit at `i` belongs to a word (false outside the text). */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let k = table[code]!;
  if (k === 0) k = table[code] = classify(code);
  return k === 1;
}

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
