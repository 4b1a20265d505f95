import { fold } from './fold';

/**
 * The folded text of a whole document, made once and sliced: the analyses
 * read each turn, paragraph and sentence of a transcript folded, and folding
 * every slice again was some five passes over a plenary day's text.
 *
 * A slice of the folded whole equals the folded slice only where folding maps
 * each UTF-16 unit to one: so the whole is used only when the text has no
 * combining marks (which folding drops) and no capital sigma (whose lower
 * case depends on the letter after it), and its folded length is its own
 * (nothing grew, as a Hangul syllable does). Otherwise each slice is folded as
 * before.
 */
export function foldedSlice(doc: { readonly text: string }, start: number, end: number): string {
  let whole = WHOLE.get(doc);
  if (whole === undefined) {
    const f = MAY_SHIFT.test(doc.text) ? null : fold(doc.text);
    whole = f !== null && f.length === doc.text.length ? f : null;
    WHOLE.set(doc, whole);
  }
  return whole === null ? fold(doc.text.slice(start, end)) : whole.slice(start, end);
}

const WHOLE = new WeakMap<object, string | null>();
const MAY_SHIFT = /[\p{M}\u03A3]/u;
