/**
 * How the scorers compare annotated text with the product's: case, Unicode
 * form and runs of white space do not count (`fold`), nor a leading article or
 * final punctuation in a definition (`bare`: "de economisch …" = "economisch …"),
 * nor the plural ending of an acronym term (`termKey`: "GGD'en" = "GGD", "riec's" =
 * "riec"): the product learns the acronym itself, so that every mention of it is
 * marked, where an annotator wrote the plural the sentence had.
 */
export const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[\s\u00A0]+/gu, ' ').trim();
export const bare = (s: string): string => fold(s).replace(/^(?:de|het|een)\s+/u, '').replace(/[.,;:!?]+$/u, '');
export const termKey = (s: string): string => fold(s).replace(/^(\p{L}{2,8})['’](?:s|en)$/u, '$1');
