import { isWordCharAt } from './words';

/**
 * The words around an acronym in a paragraph, for the definition patterns (definitions.ts): the term read back
 * from a comma or parenthesis, the noun phrase after a defining word, the words before "(ACRONYM)".
 */

// A noun phrase ends at punctuation, at a relative clause or a new clause.
// Not a dot or comma inside a number ("2.000 kilometer", "4,5 procent").
const PHRASE_STOP = /(?<!\d)[.,]|[.,](?!\d)|[;:!?()[\]"“”„—–\n]/u;
const STOP_WORDS = new Set([
  'dat', 'die', 'wat', 'waar', 'waarin', 'waarmee', 'waardoor', 'waarbij', 'omdat', 'want', 'maar', 'is', 'zijn',
  'wordt', 'worden', 'was', 'waren', 'heeft', 'hebben', 'kan', 'kunnen', 'zal', 'zullen', 'moet', 'moeten',
]);
const MAX_WORDS = 12;

/** The noun phrase starting at `pos`: up to punctuation, a verb or relative pronoun, or "en een/het/de". */
export function phraseAfter(text: string, pos: number): string {
  let rest = text.slice(pos, pos + 200);
  const stop = rest.search(PHRASE_STOP);
  if (stop >= 0) rest = rest.slice(0, stop);
  const words = Array.from(rest.matchAll(/\S+/gu));
  let end = rest.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]![0].toLowerCase();
    const next = words[i + 1]?.[0].toLowerCase();
    if (i >= MAX_WORDS || STOP_WORDS.has(w) || (w === 'en' && (next === 'een' || next === 'het' || next === 'de'))) {
      end = words[i]!.index;
      break;
    }
  }
  return rest.slice(0, end).trim();
}

/** The words before `pos` in their sentence, at most MAX_WORDS. */
export function phraseBefore(text: string, pos: number): string {
  const head = text.slice(Math.max(0, pos - 200), pos);
  const cut = Math.max(...Array.from('.,;:!?()"“”—–\n', (c) => head.lastIndexOf(c)));
  const words = head.slice(cut + 1).trim().split(/\s+/);
  return words.slice(-MAX_WORDS).join(' ');
}

export interface TermBefore {
  term: string;
  /** Offset of the term in the paragraph. */
  start: number;
  plural: boolean;
  /** "het", "de" or "een" right before the term, lowercased. */
  article: string | null;
}

function wordStartBefore(par: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCharAt(par, i - 1)) i--;
  return i;
}

/**
 * The word ending at `end` (spaces skipped), read backwards: a plural "'s"
 * and, when `compound`, a hyphenated tail ("pbl-locatie") are stepped over.
 * Scanning back by hand: a `$`-anchored regex would be tried at every
 * position of the look-back window, for every comma of the transcript.
 */
export function termBefore(par: string, end: number, compound: boolean): TermBefore | null {
  let e = end;
  while (e > 0 && /\s/u.test(par[e - 1]!)) e--;
  let s = wordStartBefore(par, e);
  if (compound && par[s - 1] === '-' && isWordCharAt(par, s - 2)) {
    e = s - 1;
    s = wordStartBefore(par, e);
  }
  let plural = false;
  // "GGD's", "GGD'en".
  if (((e - s === 1 && par[s] === 's') || par.slice(s, e) === 'en') && (par[s - 1] === "'" || par[s - 1] === '’') && isWordCharAt(par, s - 2)) {
    plural = true;
    e = s - 1;
    s = wordStartBefore(par, e);
  }
  if (e - s < 2 || e - s > 8) return null;
  const term = par.slice(s, e);
  let a = s;
  while (a > 0 && /\s/u.test(par[a - 1]!)) a--;
  const word = par.slice(wordStartBefore(par, a), a).toLowerCase();
  const article = a < s && (word === 'het' || word === 'de' || word === 'een') ? word : null;
  return { term, start: s, plural, article };
}
