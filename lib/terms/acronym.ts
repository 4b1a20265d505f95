import { isPreposition, NAME_FUNCTION_WORDS } from '../text/stopwords';
import { isCommonWord } from './common-words';

/**
 * Does a phrase plausibly spell out an acronym? Used to accept a definition
 * the debate gives ("Een vtl is een verscherpttoezichtlocatie …") and to find
 * where its expansion ends, so that "het EES, het grenssysteem dat …" is not
 * learned as a nonsense definition.
 */


const WORD = /[\p{L}\p{N}]+/gu;
const VOWELS = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/gu;

/**
 * Whether a token looks like an acronym a speaker might define: all capitals
 * ("EVRM", "ETS"), mixed with two or more capitals ("AMvB", "RvS"), a law
 * written with one capital and at most one vowel ("Wmo", "Wsnp"), or a short
 * lowercase letter word with at most one vowel ("vtl", "pbl", "bbp", "azc").
 * Ordinary words ("om", "ons", "wet", "is") never qualify.
 */
export function isAcronymLike(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 8 || !/^\p{L}[\p{L}\p{N}]*$/u.test(token)) return false;
  if (isCommonWord(token)) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper === letters.length) return true;
  if (upper >= 2) return true;
  // A law or body written with one capital: "Wmo", "Wsnp", "Awb" (three to five letters, at most one vowel).
  if (upper === 1 && /^\p{Lu}/u.test(letters) && letters.length >= 3 && letters.length <= 5) return (letters.match(VOWELS)?.length ?? 0) <= 1;
  if (upper > 0 || letters.length > 5) return false;
  return (letters.match(VOWELS)?.length ?? 0) <= 1;
}

interface Word {
  start: number;
  end: number;
  content: boolean;
}

interface Fit {
  /**
   * Alignment quality: +2 per letter at a word start, +1–1.5 inside the word of
   * the previous letter, 0 inside another word, −3 per letter skipped, −0.25
   * per content word passed over.
   */
  score: number;
  /** Letters of the acronym found in the phrase. */
  matched: number;
  /** Offset in the phrase just after the word holding the last matched letter. */
  end: number;
}

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/u;

/** A letter inside the word of the previous one: likelier a compound part ("toezicht|locatie") after a consonant. */
function inWordGain(lower: string, q: number): number {
  return VOWEL.test(lower[q - 1] ?? '') ? 1 : 1.5;
}

function better(a: Fit, b: Fit | null): boolean {
  if (!b) return true;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  return a.end < b.end; // same quality: the shorter expansion
}

/**
 * Best alignment of the acronym's letters, in order, onto the phrase; the first
 * letter must start the phrase. Letters may fall inside compound words
 * ("vtl" in "verscherpttoezichtlocatie"). Returns null when the first letter
 * does not fit. Dynamic programming over (letter, position): acronyms and
 * candidate phrases are short.
 */
function fitAcronym(acronym: string, phrase: string): Fit | null {
  const letters = Array.from(acronym.replace(/[^\p{L}]/gu, '').toLowerCase());
  const lower = phrase.toLowerCase();
  if (lower.length !== phrase.length || letters.length === 0) return null;
  const words: Word[] = [];
  const wordAt = new Int32Array(phrase.length).fill(-1);
  for (const m of phrase.matchAll(WORD)) {
    const w = { start: m.index, end: m.index + m[0].length, content: !NAME_FUNCTION_WORDS.has(m[0].toLowerCase()) };
    for (let i = w.start; i < w.end; i++) wordAt[i] = words.length;
    words.push(w);
  }
  if (words[0]?.start !== 0 || lower[0] !== letters[0]) return null;

  const memo = new Map<number, Fit>();
  const best = (i: number, prev: number): Fit => {
    const prevWord = wordAt[prev]!;
    if (i === letters.length) return { score: 0, matched: 0, end: words[prevWord]!.end };
    const key = i * phrase.length + prev;
    const hit = memo.get(key);
    if (hit) return hit;
    const skipped = best(i + 1, prev);
    let result: Fit = { score: skipped.score - 3, matched: skipped.matched, end: skipped.end };
    let skippedContent = 0;
    let lastWord = prevWord;
    for (let q = prev + 1; q < lower.length; q++) {
      const w = wordAt[q]!;
      if (w < 0) continue;
      if (w !== lastWord) {
        // Content words passed over without a letter make a phrase less likely the expansion.
        if (lastWord !== prevWord && words[lastWord]!.content) skippedContent++;
        lastWord = w;
      }
      if (lower[q] !== letters[i]) continue;
      const gain = words[w]!.start === q ? 2 : w === prevWord ? inWordGain(lower, q) : 0;
      const rest = best(i + 1, q);
      const fit = { score: gain - 0.25 * skippedContent + rest.score, matched: rest.matched + 1, end: rest.end };
      if (better(fit, result)) result = fit;
    }
    memo.set(key, result);
    return result;
  };
  const rest = best(1, 0);
  return { score: 2 + rest.score, matched: rest.matched + 1, end: rest.end };
}

/** Whether every letter of the acronym is found, in order, from the start of the phrase. */
export function spellsFully(acronym: string, phrase: string): boolean {
  return fitAcronym(acronym, phrase)?.matched === letterCount(acronym);
}

function letterCount(acronym: string): number {
  return Array.from(acronym.replace(/[^\p{L}]/gu, '')).length;
}

/** Letters that must be found: all for two-letter and lowercase acronyms (they are easily ordinary words), else two thirds. */
function required(acronym: string): number {
  const n = letterCount(acronym);
  return n <= 2 || acronym === acronym.toLowerCase() ? n : Math.ceil((2 * n) / 3);
}

function sensible(acronym: string, expansion: string): boolean {
  // A definition must say more than the acronym itself ("het EU-beleid" is not the EU).
  if (expansion.replace(/[^\p{L}]/gu, '').length < letterCount(acronym) + 3) return false;
  const first = expansion.match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
  if (first.toLowerCase() === acronym.toLowerCase()) return false;
  return !(first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first)); // another acronym
}

/**
 * The expansion of `acronym` at the start of `phrase` (a noun phrase that
 * follows the acronym: "een verscherpttoezichtlocatie voor overlastgevers"
 * minus the article), or null when it does not plausibly spell it out. When
 * every letter is found the expansion ends with the word of the last letter
 * ("verscherpttoezichtlocatie"); when only enough are found (a translated
 * acronym: ETS → "Europese emissiehandelssysteem") nothing says where it ends,
 * so it is the whole phrase.
 */
export function expansionAfter(acronym: string, phrase: string): string | null {
  const fit = fitAcronym(acronym, phrase);
  if (!fit || fit.matched < required(acronym)) return null;
  let end = nameEnd(phrase, fit.end);
  // A proper name's "voor …" or "van …" that ends the phrase is still the name: "Informatiebeveiligingsdienst voor
  // gemeenten" (not a common noun's: "een verscherpttoezichtlocatie voor overlastgevers" spells VTL alone).
  if (/^\p{Lu}/u.test(phrase) && NAME_FOR.test(phrase.slice(end))) end = phrase.length;
  // Whose it is, by a name that ends the phrase: "het gemeenschappelijk landbouwbeleid van de Europese Unie".
  if (OWNER_NAME.test(phrase.slice(end))) end = phrase.length;
  let expansion = fit.matched === letterCount(acronym) ? phrase.slice(0, end) : phrase.trim();
  // A name ends in no preposition, article or conjunction, nor is it an adjective alone: "LEO, oftewel de lage baan om
  // de aarde" and "MEO, oftewel de middelhoge baan …" found their letters inside words ("Lage baan Om",
  // "MiddElhOge"), and the whole phrase is what the acronym means.
  if (dangles(expansion) || adjectiveAlone(expansion, phrase)) expansion = phrase.trim();
  return sensible(acronym, expansion) ? expansion : null;
}

/** One word on "-e" with a noun after it ("middelhoge baan"), not a noun with a phrase after it ("…locatie voor …"). */
const adjectiveAlone = (expansion: string, phrase: string): boolean => {
  const next = /^\s*(\p{Ll}+)/u.exec(phrase.slice(expansion.length))?.[1];
  return /^\p{Ll}+e$/u.test(expansion) && next !== undefined && !isPreposition(next) && !DANGLING_WORD.test(next);
};
/** Besides a preposition, the last word of a phrase that cannot end a name: an article, a conjunction, "te". */
const DANGLING_WORD = /^(?:de|het|een|en|of|te)$/u;
const dangles = (phrase: string): boolean => {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  return phrase.includes(' ') && (isPreposition(last) || DANGLING_WORD.test(last));
};
// Not whose or for whom it is said ("van mijn ministerie", "voor iedereen", "van vandaag").
const NAME_FOR = /^\s+(?:voor|van)\s+(?:de\s+|het\s+)?(?!(?:mijn|uw|ons|onze|zijn|haar|hun|iedereen|vandaag|nu|morgen|alle|allen)(?![\p{L}]))\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u;
const OWNER_NAME = /^\s+van (?:de|het) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}\s*$/u;
// A capitalised word (a hyphenated one too: "Oost-Nederland") right after the name's last initial.
const NAME_GOES_ON = /\s+\p{Lu}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*(?![\p{L}\p{N}-])/uy;
/**
 * Where a name ends whose last initial is at `end`: capitalised words that follow it still belong
 * to it ("Rijksdienst voor Ondernemend Nederland" for RVO), a lower-case word ends it.
 */
function nameEnd(phrase: string, end: number): number {
  // A plural "'s" is the word's own: "Wet veiligheidsregio's".
  if (/^['’]s(?![\p{L}])/u.test(phrase.slice(end, end + 3))) end += 2;
  for (;;) {
    NAME_GOES_ON.lastIndex = end;
    const m = NAME_GOES_ON.exec(phrase);
    if (!m) return end;
    end += m[0].length;
  }
}

/**
 * The expansion of `acronym` at the end of `phrase` (the words before
 * "(ACRONYM)" in their sentence): the start word that spells out every letter
 * best, else the words after the last determiner when enough letters fit.
 */
export function expansionBefore(acronym: string, phrase: string): string | null {
  const starts = Array.from(phrase.matchAll(WORD), (m) => m.index);
  let best: { score: number; text: string } | null = null;
  for (const s of starts) {
    const text = phrase.slice(s).trim();
    const fit = fitAcronym(acronym, text);
    // The letters must reach the last word: the acronym closes the name.
    if (!fit || fit.matched !== letterCount(acronym) || fit.end < text.length) continue;
    if (!best || fit.score >= best.score) best = { score: fit.score, text };
  }
  // "de Wet langdurige zorg en kwaliteit (LZK)": an acronym that leaves out "Wet" still stands for the law, whose title
  // goes on in lower case ("Wet Centraal Bureau voor de Statistiek (CBS)" names a body).
  if (best) return sensible(acronym, best.text) ? (LAW_BEFORE.test(phrase.slice(0, phrase.length - best.text.length)) && /^\p{Ll}/u.test(best.text) ? `Wet ${best.text}` : best.text) : null;
  // Not every letter found (a translated acronym): the noun phrase after its last determiner.
  const determiners = Array.from(phrase.matchAll(/(?<![\p{L}\p{N}])(?:het|de|een|dit|deze|die|dat)\s+/giu));
  const last = determiners[determiners.length - 1];
  const whole = (last ? phrase.slice(last.index + last[0].length) : phrase).trim();
  const fit = fitAcronym(acronym, whole);
  if (!fit || fit.matched < required(acronym)) return null;
  return sensible(acronym, whole) ? whole : null;
}

/** The name of a law just before a long form: "Wet" with its capital, as a law's name is written. */
const LAW_BEFORE = /(?<![\p{L}])Wet\s+$/u;

/** An all-capitals acronym whose letters are the initials of the name's words, one each ("Direct Air Capture" → DAC). */
export function initialsExactly(term: string, expansion: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(term)) return false;
  const initials = expansion
    .split(/[\s-]+/u)
    .filter((w) => w && !NAME_FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return initials === term.toLowerCase();
}
