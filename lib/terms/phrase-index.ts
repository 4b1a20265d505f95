import { isWordCharAt, words } from './words';

/**
 * One matcher for many phrases (glossary forms, domain keywords): a map from
 * a phrase's first word to the phrases starting with it. Scanning walks the
 * text's words once and checks only the few phrases keyed by each word, so
 * the cost grows with the text, not with text × glossary size (plenary
 * transcripts run to 200,000 words).
 */

export interface PhraseForm<T> {
  /** The phrase as written: "IND", "azc's", "JBZ-Raad", "Entry/Exit System". */
  form: string;
  /** Match only exactly as written; otherwise in any case. */
  caseSensitive: boolean;
  value: T;
}

export interface PhraseMatch<T> {
  /** Offsets into the scanned text: text.slice(start, end) is the surface form. */
  start: number;
  end: number;
  /** The form that matched. */
  form: string;
  value: T;
}

interface Compiled<T> {
  form: string;
  folded: string;
  caseSensitive: boolean;
  value: T;
}


/** Curly and straight apostrophes are the same letter to a reader ("azc’s" = "azc's"). */
function foldQuotes(s: string): string {
  return s.replace(/[’‘`]/g, "'");
}

/** Finds many phrases in one pass over a text; built once per glossary (or keyword list). */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();

  /**
   * @param plural also accept a plural "'s"/"’s" right after a form ("azc's"),
   *   included in the match.
   */
  constructor(
    forms: Iterable<PhraseForm<T>>,
    private readonly plural = false,
  ) {
    for (const f of forms) {
      const first = f.form.match(/^[\p{L}\p{N}]+/u)?.[0];
      if (!first) continue; // a form must start with a word to be found at a word start
      const key = first.toLowerCase();
      const list = this.byFirst.get(key) ?? [];
      list.push({ form: f.form, folded: foldQuotes(f.form.toLowerCase()), caseSensitive: f.caseSensitive, value: f.value });
      this.byFirst.set(key, list);
    }
    // Longest first: "JBZ-Raad" before "JBZ"; at equal length the exact spelling first.
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.form.length - a.form.length || Number(b.caseSensitive) - Number(a.caseSensitive));
    }
  }

  /**
   * Non-overlapping matches in text[from, to), left to right, longest form
   * first at each word start. A match must start and end at a word boundary;
   * a hyphen counts as one, so "vtl-locaties" holds "vtl" but "vtlx" does not.
   */
  *scan(text: string, from = 0, to = text.length): Generator<PhraseMatch<T>> {
    let next = from;
    for (const [start, end] of words(text, from, to)) {
      if (start < next) continue;
      const candidates = this.byFirst.get(text.slice(start, end).toLowerCase());
      if (!candidates) continue;
      for (const c of candidates) {
        const match = this.matchAt(text, start, to, c);
        if (match) {
          yield match;
          next = match.end;
          break;
        }
      }
    }
  }

  private matchAt(text: string, start: number, to: number, c: Compiled<T>): PhraseMatch<T> | null {
    let end = start + c.form.length;
    if (end > to) return null;
    const slice = foldQuotes(text.slice(start, end));
    if (c.caseSensitive ? slice !== foldQuotes(c.form) : slice.toLowerCase() !== c.folded) return null;
    if (this.plural && end + 2 <= to && /^['’]s/u.test(text.slice(end, end + 2)) && !isWordCharAt(text, end + 2)) {
      end += 2;
    }
    if (isWordCharAt(text, end)) return null; // inside a longer word
    return { start, end, form: c.form, value: c.value };
  }
}
