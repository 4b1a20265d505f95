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
// Only these need work; most paragraphs of a page have none of them. Testing first spares a
// replace per word (every single space is a match of SPACES), which is most of the cost on a
// 200,000-word page. Characters below U+0300 and general punctuation are already NFC.
const ODD_SPACE = /[^\S ]| {2}/;
const MAYBE_NOT_NFC = /[^\u0000-\u02FF\u2000-\u206F\u20A0-\u20CF]/;
/**
 * Anything any of the three steps could change: a character outside printable ASCII and the Latin
 * letters up to U+02FF (which include no space, no invisible but the soft hyphen, nothing NFC moves),
 * the soft hyphen, or two spaces in a row.
 */
const NEEDS_WORK = /[^\x20-\x7E\u00A1-\u00AC\u00AE-\u02FF]| {2}/;
const NOT_PLAIN = /[\u200B-\u200D\u2060\uFEFF\u00AD\uE000-\uF8FF]/;

/** Collapse every run of white space (incl. non-breaking) to one space, drop invisible characters, trim. */
export function normalizeText(s: string): string {
  // Most paragraphs are plain: one scan says so, and only trimming is left.
  if (!NEEDS_WORK.test(s)) return s.trim();
  if (MAYBE_NOT_NFC.test(s)) s = s.normalize('NFC');
  if (NOT_PLAIN.test(s)) s = s.replace(INVISIBLE, '').replace(PRIVATE_USE, ' ');
  if (ODD_SPACE.test(s)) s = s.replace(SPACES, ' ');
  return s.trim();
}

/** Whether one character disappears or collapses under {@link normalizeText}. */
export function isInvisible(ch: string): boolean {
  return /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(ch);
}

/** Whether one character counts as white space for {@link normalizeText}. */
export function isSpace(ch: string): boolean {
  return /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\uE000-\uF8FF]/.test(ch);
}
