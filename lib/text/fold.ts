/**
 * Folding for comparison: lower case without diacritics, so "Kröger" and
 * "Kroger", "Geïnformeerd" and "geinformeerd" compare equal. Combining marks
 * are dropped after NFD, so for Dutch text the result has the length of the
 * input in UTF-16 units whenever the input was precomposed (offsets found in
 * the folded text hold in the original).
 */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Letters only, folded: "Raad van State" → "raadvanstate". For comparing spellings that differ in spaces, hyphens, dots. */
export function foldedLetters(s: string): string {
  return fold(s).replace(/[^\p{L}]+/gu, '');
}
