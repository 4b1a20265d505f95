/**
 * Which characters make words, by a per-character table rather than a
 * Unicode regex per word: on a 200,000-word transcript a `/[\p{L}\p{N}]+/gu`
 * loop costs several times a table look-up. One copy, for the term matchers,
 * the reader's word count and the questions' content words.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
// Per BMP code unit, filled lazily: 0 = not yet known, then bit 1 = letter or digit, bit 2 = letter, bit 4 = known.
const table = new Uint8Array(0x10000);
const KNOWN = 4;

function classes(code: number): number {
  let k = table[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = table[code] = KNOWN | (LETTER_OR_DIGIT.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0);
  }
  return k;
}

/** Whether a BMP code unit is a letter or digit (surrogate halves are not: see isWordCharAt). */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (classes(code) & 1) === 1;
}

/** Whether a BMP code unit is a letter. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (classes(code) & 2) === 2;
}

/**
 * Whether the UTF-16 code unit at `i` belongs to a word (false outside the
 * text). Half of a surrogate pair counts: astral letters are rare, and a
 * word is kept whole rather than split inside one.
 */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return isLetterOrDigitCode(code);
}
