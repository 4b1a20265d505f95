/**
 * Folding for comparison: lower case without diacritics, so "Kröger" and
 * "Kroger", "Geïnformeerd" and "geinformeerd" compare equal. Combining marks
 * are dropped after NFD, so for Dutch text the result has the length of the
 * input in UTF-16 units whenever the input was precomposed (offsets found in
 * the folded text hold in the original).
 */
export function fold(s: string): string {
  // Most of Dutch text is plain ASCII, which has no marks to drop: only the runs of other characters
  // are decomposed (the same result, as NFD works character by character and every mark goes). The
  // analyses fold every turn several times, and NFD of whole turns was a tenth of the full analysis.
  return s.replace(NOT_ASCII, (run) => run.normalize('NFD').replace(/\p{M}+/gu, '')).toLowerCase();
}
const NOT_ASCII = /[^\x00-\x7F]+/gu;

/** Letters only, folded: "Raad van State" → "raadvanstate". For comparing spellings that differ in spaces, hyphens, dots. */
export function foldedLetters(s: string): string {
  return fold(s).replace(/[^\p{L}]+/gu, '');
}

/**
 * Folded letters a–z and digits only: "GroenLinks-PvdA" → "groenlinkspvda", "Dekker-Abdulaziz" → "dekkerabdulaziz".
 * A key under which spellings that differ in case, accents, spaces, hyphens and dots meet; unlike foldedLetters it
 * keeps digits ("D66", "JA21") and drops letters outside a–z.
 */
export function squash(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}
