/**
 * How the scorers compare annotated text with the product's: case, Unicode
 * form and runs of white space do not count (`fold`), nor a leading article or
 * final punctuation in a definition (`bare`: "de economisch …" = "economisch …").
 */
export const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[\s\u00A0]+/gu, ' ').trim();
export const bare = (s: string): string => fold(s).replace(/^(?:de|het|een)\s+/u, '').replace(/[.,;:!?]+$/u, '');
