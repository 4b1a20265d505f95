import { fold } from './fold';

/**
 * The folded text of a whole document, made once and sliced: the analyses
 * read each turn, paragraph and sentence of a transcript folded, and folding
 * every slice again was some five passes over a plenary day's text.
 *
 * A slice of the folded whole equals the folded slice only where folding maps
 * each character to one of the same length: so the whole is used only when
 * every character other than ASCII folds to as many UTF-16 units as it has
 * (a mark written apart folds to none, a Hangul syllable to more, and some
 * compatibility ideographs grow or shrink, so that a gain and a loss could
 * cancel out in the total), when a character beyond the BMP folds to itself
 * (a slice may cut it in two), and when there is no capital sigma (whose lower
 * case depends on the letter after it). Otherwise each slice is folded as
 * before.
 *
 * Kept per document object, with the text it was made from: a document whose
 * text was replaced is folded anew. Keyed by the object, not by the text: two
 * equal texts of two parses are different strings, and comparing them on each
 * call read the whole text each time (a copy such as { ...t, closingList } is
 * folded once more, once).
 */
export function foldedSlice(doc: { readonly text: string }, start: number, end: number): string {
  let kept = KEPT.get(doc);
  if (kept === undefined || kept.text !== doc.text) {
    kept = { text: doc.text, folded: keepsOffsets(doc.text) ? fold(doc.text) : null };
    KEPT.set(doc, kept);
  }
  return kept.folded === null ? fold(doc.text.slice(start, end)) : kept.folded.slice(start, end);
}

const KEPT = new WeakMap<object, { text: string; folded: string | null }>();

/** Whether folding keeps every offset of `text` (see foldedSlice). */
function keepsOffsets(text: string): boolean {
  const seen = new Set<string>();
  for (const [ch] of text.matchAll(NOT_ASCII)) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    const f = fold(ch);
    if (ch === '\u03A3' || f.length !== ch.length || (ch.length > 1 && f !== ch)) return false;
  }
  return true;
}

const NOT_ASCII = /[^\x00-\x7F]/gu;
