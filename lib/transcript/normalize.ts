/**
 * The one whitespace-normalising function. The parser, the anchoring of saved
 * passages and the page highlighter all use it, so offsets computed on one
 * side hold on the other.
 */

// Zero-width characters and the soft hyphen carry no reading value and break label matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Private-use glyphs from PDF symbol fonts (the U+F0B7 bullet) are not text.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Collapse every run of white space (incl. non-breaking) to one space, drop invisible characters, trim. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(PRIVATE_USE, ' ').replace(SPACES, ' ').trim();
}

/** Whether one character disappears or collapses under {@link normalizeText}. */
export function isInvisible(ch: string): boolean {
  return /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(ch);
}

/** Whether one character counts as white space for {@link normalizeText}. */
export function isSpace(ch: string): boolean {
  return /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\uE000-\uF8FF]/.test(ch);
}
