import { sentenceAt } from '../text/sentences';
import type { Transcript } from '../transcript/model';
import { expansionAfter, expansionBefore, initialsExactly, isAcronymLike, spellsFully } from './acronym';
import { phraseDefinitionsIn } from './definitions-phrases';
import { isCommonWord } from './common-words';
import { isWordCharAt } from './words';
import { phraseAfter, phraseBefore, termBefore } from './definitions-around';

/** A definition the debate gives itself ("Een vtl is een verscherpttoezichtlocatie …"). */
export interface LearnedDefinition {
  /**
   * The acronym as written in the definition, singular, without a compound tail ("pbl" from "pbl-locatie"),
   * unless the name spells the compound whole ("EDI-wallet, de Europese digitale identiteitswallet").
   */
  term: string;
  /** The spelled-out form as the speaker says it. */
  expansion: string;
  turnIndex: number;
  /** Offsets into `Transcript.text` of the defining sentence. */
  start: number;
  end: number;
  /** The debate really defined it: an acronym with every letter in its expansion, or a defining phrase ("met X bedoel ik"). */
  sure: boolean;
}

// Each pattern is found from a cheap anchor (" is ", ", ", "(") and then checked around it
// with short anchored expressions: one unanchored Unicode regex per pattern costs a
// regex attempt at every character of a 200,000-word transcript.
const ACR = String.raw`(\p{L}[\p{L}\p{N}]{1,7})`;
const ADVERBS = String.raw`(?:(?:trouwens|eigenlijk|dus|gewoon|natuurlijk|overigens|voluit|simpelweg|kortweg|officieel|uitgeschreven|letterlijk)\s+)*`;
const ARTICLE = String.raw`(?:(?:een|het|de)\s+)?`;

/** "… is …", "… staat voor …", "… betekent …". */
const COPULA_VERB = /\s(is|zijn|staat voor|staan voor|betekent)\s+/g;
/** What may follow the verb before the expansion: "de afkorting van", "trouwens", an article. */
const COPULA_TAIL = new RegExp(String.raw`((?:de|een)\s+afkorting\s+(?:van|voor)\s+)?` + ADVERBS + String.raw`((?:een|het|de)\s+)?`, 'yu');

/** After the comma: group 1 "oftewel" and the like; then an article. */
const APPOSITION_TAIL = new RegExp(
  String.raw`\s+((?:oftewel|ofwel|dat\s+wil\s+zeggen|namelijk|ook\s+wel)\s+)?` + ARTICLE + String.raw`(?=\p{L})`,
  'yiu',
);

/** "(bbp)" right after "(": group 1 the term. */
const TERM_IN_PARENS = new RegExp(String.raw`${ACR}\)`, 'yu');
/** "(Entry/Exit System)": group 1 the name. */
const NAME_IN_PARENS = /([^()]{4,100})\)/y;

/** "…, oftewel het EVRM": group 1 the term. Also ", of SPR," in apposition, closed by a comma or the sentence's end. */
const OFTEWEL = new RegExp(String.raw`,\s+(?:(?:oftewel|ofwel|kortweg|afgekort)\s+${ARTICLE}${ACR}|of\s+${ACR}(?=\s*[,.;:]))`, 'giu');

/** Dutch plural of the expansion's last word back to singular when the term was plural ("locaties" → "locatie"). */
function singular(expansion: string, plural: boolean): string {
  return plural && /(?:[aeiou]s)$/u.test(expansion) ? expansion.slice(0, -1) : expansion;
}

interface Found {
  term: string;
  expansion: string;
  /** Paragraph-local span that the definition covers (term and expansion). */
  from: number;
  to: number;
}

function sticky(re: RegExp, par: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(par);
}

function* copulas(par: string): Generator<Found> {
  for (const v of par.matchAll(COPULA_VERB)) {
    const t = termBefore(par, v.index, true);
    if (!t || !isAcronymLike(t.term)) continue;
    const term = t.term;
    const tail = sticky(COPULA_TAIL, par, v.index + v[0].length);
    // "X is een/het/de …" defines; "X is Europees afgesproken" describes. "staat voor" needs no article.
    if ((v[1] === 'is' || v[1] === 'zijn') && !tail?.[1] && !tail?.[2]) continue;
    const rest = v.index + v[0].length + (tail?.[0].length ?? 0);
    const exp = expansionAfter(term, phraseAfter(par, rest));
    if (exp) yield { term, expansion: singular(exp, t.plural), from: t.start, to: rest + exp.length };
  }
}

/** ", Ruimte en Transport": capitalised words, the last after "en", going on in a name. */
const NAME_LIST_TAIL = /, ((?:\p{Lu}[\p{L}-]*, )*\p{Lu}[\p{L}-]* en \p{Lu}[\p{L}-]*)/uy;

function* appositions(par: string): Generator<Found> {
  for (let comma = par.indexOf(','); comma >= 0; comma = par.indexOf(',', comma + 1)) {
    const t = termBefore(par, comma, true);
    // An everyday word in capitals ("het PAS, het Programma Aanpak Stikstof") only by its exact initials (below).
    if (!t || !mayBeAcronym(t.term)) continue;
    // "De EDI-wallet, de Europese digitale identiteitswallet, …": the compound's tail is what the name ends in.
    const compoundTail = par[t.start + t.term.length] === '-' ? par.slice(t.start + t.term.length + 1, comma).trim() : '';
    let term = t.term;
    const tail = sticky(APPOSITION_TAIL, par, comma + 1);
    if (!tail) continue;
    const rest = comma + 1 + tail[0].length;
    let phrase = phraseAfter(par, rest);
    // "het MIRT, het Meerjarenprogramma Infrastructuur, Ruimte en Transport": a name with a list in it goes on past its
    // own comma when its words then give exactly the acronym's initials.
    const listed = sticky(NAME_LIST_TAIL, par, rest + phrase.length);
    if (listed && initialsExactly(term, `${phrase} ${listed[1]}`)) phrase = `${phrase}${listed[0]}`;
    // An article, a plural or "oftewel" marks an apposition; without one it is a list ("VVD, CDA"), unless a
    // comma or the sentence's end closes a name whose words open with the acronym's letters: "NAH, niet-aangeboren
    // hersenletsel, wordt …".
    // "Dan CRUKS, het Centraal Register …": an article after the comma marks the apposition as one before the acronym does.
    if (t.article === null && !t.plural && tail[1] === undefined && !/\s(?:een|het|de)\s+$/iu.test(tail[0])) {
      // Or the sentence's end closes it: "Dan NPS, nieuwe psychoactieve stoffen." (three letters at least, and no
      // negation or short word among the name's: "met NS, niet Schiphol.", "met NS, na Sinterklaas." name nothing).
      const closed = par[rest + phrase.length] === ',' || (/^[.;](?!\p{N})/u.test(par.slice(rest + phrase.length, rest + phrase.length + 2)) && term.replace(/[^\p{L}]/gu, '').length >= 3 && phrase.split(/\s+/u).every((w) => w.length > 2 && !/^(?:niet|geen|nog|ook|wel|maar|dan)$/iu.test(w)));
      if (closed && !clauseLike(phrase) && initialsExactly(term, phrase)) yield { term, expansion: phrase, from: t.start, to: rest + phrase.length };
      continue;
    }
    // What merely follows a comma is often a new clause ("het EVRM, en ik ga daar …"): without an
    // article or "oftewel" only a phrase that spells every letter is taken, and never a clause.
    if (clauseLike(phrase) || (tail[1] === undefined && !/\s(?:een|het|de)\s+$/iu.test(tail[0]) && !spellsFully(term, phrase))) continue;
    const exp = expansionAfter(term, phrase);
    // The compound is defined when the name ends in its tail; else only a name of the acronym alone is one.
    if (compoundTail) {
      if (!exp || !exp.toLowerCase().endsWith(compoundTail.toLowerCase())) continue;
      term = `${term}-${compoundTail}`;
    }
    // A bare apposition is also how lists and descriptions run on ("de SNA, de Syrische democratische
    // strijdkrachten; de YPG"): without "oftewel" only a name that spells every letter defines.
    if (exp && definesAcronym(t.term, exp) && (tail[1] !== undefined || spellsFully(t.term, exp))) yield { term, expansion: singular(exp, t.plural), from: t.start, to: rest + exp.length };
  }
}

// Prepositions carry no letter of a name of their own (short words are not counted at all).
const FUNCTION_WORDS = new Set(['over', 'voor', 'door', 'naar', 'onder', 'tussen', 'zonder', 'tegen', 'vanuit', 'binnen', 'buiten']);

// Words that open a clause, not a noun phrase: conjunctions and personal pronouns.
const CLAUSE_WORDS = new Set(['en', 'of', 'maar', 'want', 'dus', 'omdat', 'als', 'zodat', 'terwijl', 'toen', 'ik', 'je', 'jij', 'u', 'we', 'wij', 'hij', 'zij', 'ze', 'men', 'jullie']);
function clauseLike(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/u);
  return CLAUSE_WORDS.has(words[0] ?? '') || words.some((w) => ['ik', 'we', 'wij', 'jij', 'jullie'].includes(w));
}

/**
 * For the patterns without a defining verb or "oftewel": every letter found, and at least one
 * content word for every two letters, so that letters scattered inside a long word or two do
 * not pass for initials.
 */
function namesIt(term: string, expansion: string): boolean {
  const words = expansion.split(/[\s-]+/u).filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w.toLowerCase()));
  // An acronym in mixed case ("Ksa", "NZa") takes its small letters from inside a word: only its capitals ask for words.
  const letters = /\p{Ll}/u.test(term) && /\p{Lu}/u.test(term) ? term.replace(/[^\p{Lu}]/gu, '') : term.replace(/[^\p{L}]/gu, '');
  return spellsFully(term, expansion) && words.length * 2 >= letters.length;
}

/**
 * "het midden- en kleinbedrijf, het mkb": the name, then the acronym with an article after a comma;
 * "Landelijk Meldpunt Zorg, LMZ": without the article only capitals, each the initial of one word of the name.
 */
// The apposition is closed by punctuation: ", de grens en Polen" goes on as a list.
const ACR_AFTER_COMMA = new RegExp(String.raw`,\s+((?:het|de|een)\s+)?${ACR}(?=[,.;:)]|$)`, 'gu');
function* reverseAppositions(par: string): Generator<Found> {
  for (const m of par.matchAll(ACR_AFTER_COMMA)) {
    const term = m[2]!;
    if (!mayBeAcronym(term)) continue;
    const exp = expansionBefore(term, phraseBefore(par, m.index));
    // Only a name that spells every letter in words of its own: "een grenssysteem, het EES" and
    // "gingen over de instrumentalisatie, de grens" are no definitions.
    if (!exp || !namesIt(term, exp) || !definesAcronym(term, exp) || (m[1] === undefined && !initialsExactly(term, exp))) continue;
    yield { term, expansion: exp, from: m.index - exp.length, to: m.index + m[0].length };
  }
}

/** "in de AMvB. Dat is een algemene maatregel van bestuur", "het EMVI-criterium — dat is de …". */
const ANAPHOR = /(?:[.,:]|\s[—–])\s+(?:dat|dit)\s+(?:is|betekent|staat\s+voor)\s+/giu;
function* anaphors(par: string): Generator<Found> {
  for (const m of par.matchAll(ANAPHOR)) {
    const t = termBefore(par, m.index, true);
    if (!t || !mayBeAcronym(t.term)) continue;
    const tail = sticky(COPULA_TAIL, par, m.index + m[0].length);
    const rest = m.index + m[0].length + (tail?.[0].length ?? 0);
    const phrase = phraseAfter(par, rest);
    // "… de IND. Dat is een probleem": only a phrase that spells every letter defines.
    const exp = expansionAfter(t.term, phrase);
    if (exp && namesIt(t.term, exp) && definesAcronym(t.term, exp)) yield { term: t.term, expansion: singular(exp, t.plural), from: t.start, to: rest + exp.length };
  }
}

/** An everyday word in capitals ("PAS", "OM", "ALS"): an acronym only where its name gives exactly its initials. */
const capsWord = (term: string): boolean => /^\p{Lu}{2,8}$/u.test(term) && isCommonWord(term);
const mayBeAcronym = (term: string): boolean => capsWord(term) || isAcronymLike(term);
/** Whether `expansion` may define `term`: for an everyday word in capitals, its initials exactly, no word more. */
const definesAcronym = (term: string, expansion: string): boolean => !capsWord(term) || initialsExactly(term, expansion);
/** Names of people joined by "en" ("de leden Dobbe en Kuzu (DENK)"): a party after its members, no expansion. */
const NAME_LIST = /^\p{Lu}\p{Ll}+(?:(?:, | en )\p{Lu}\p{Ll}+)+$/u;

function* parentheses(par: string): Generator<Found> {
  for (let open = par.indexOf('('); open >= 0; open = par.indexOf('(', open + 1)) {
    // "bruto binnenlands product (bbp)"
    const inner = sticky(TERM_IN_PARENS, par, open + 1);
    const term = inner?.[1];
    if (inner && term && mayBeAcronym(term) && /\s/u.test(par[open - 1] ?? '')) {
      const exp = expansionBefore(term, phraseBefore(par, open - 1));
      if (exp && definesAcronym(term, exp) && !NAME_LIST.test(exp)) yield { term, expansion: exp, from: open - 1 - exp.length, to: open + 1 + inner[0].length };
      continue;
    }
    // "het EES (Entry/Exit System)": the parentheses delimit the name, all of it must be the expansion
    // ("de SiSa-systematiek (single information, single audit)" names the acronym at the compound's head).
    const t = termBefore(par, open, true);
    const name = sticky(NAME_IN_PARENS, par, open + 1);
    if (!t || t.plural || !name || !mayBeAcronym(t.term)) continue;
    // With its article inside: "de BRP (de Basisregistratie Personen)".
    const full = name[1]!.trim().replace(/^(?:de|het) (?=\p{Lu})/u, '');
    if (expansionAfter(t.term, full) === full && definesAcronym(t.term, full)) yield { term: t.term, expansion: full, from: t.start, to: open + 1 + name[0].length };
  }
}

function* oftewels(par: string): Generator<Found> {
  for (const m of par.matchAll(OFTEWEL)) {
    const term = (m[1] ?? m[2])!;
    if (!mayBeAcronym(term) || isWordCharAt(par, m.index + m[0].length)) continue;
    const exp = expansionBefore(term, phraseBefore(par, m.index));
    // ", of GP" after "Gemeenten en Provincies" offers the other of two: either-or, not a name.
    if (m[2] && exp && /\s(?:en|of)\s/u.test(exp)) continue;
    if (exp && definesAcronym(term, exp)) yield { term, expansion: exp, from: m.index - exp.length, to: m.index + m[0].length };
  }
}

function definitionsIn(par: string): Found[] {
  return [...copulas(par), ...appositions(par), ...reverseAppositions(par), ...anaphors(par), ...parentheses(par), ...oftewels(par)].sort((a, b) => a.from - b.from);
}

/**
 * Definitions the debate gives itself: "Een vtl is een verscherpttoezichtlocatie",
 * "Het EVRM is trouwens het Europees Verdrag voor de Rechten van de Mens",
 * "het ETS, het Europese emissiehandelssysteem", "bruto binnenlands product (bbp)",
 * "het EES (Entry/Exit System)", "…, oftewel het EVRM". The acronym's letters
 * must plausibly spell the expansion, so "het EES, het grenssysteem" is not one.
 * The first definition of a term (ignoring case) wins; results are in text order.
 */
export function learnDefinitions(transcript: Transcript): LearnedDefinition[] {
  const seen = new Map<string, LearnedDefinition>();
  for (const turn of transcript.turns) {
    let offset = turn.start;
    for (const par of turn.paragraphs) {
      for (const f of definitionsIn(par)) {
        const key = f.term.toLowerCase();
        if (seen.has(key)) continue;
        const [s, e] = sentenceAt(par, Math.max(0, f.from), f.to);
        seen.set(key, { term: f.term, expansion: f.expansion, turnIndex: turn.index, start: offset + s, end: offset + e, sure: spellsFully(f.term, f.expansion) });
      }
      for (const p of phraseDefinitionsIn(par)) {
        const key = p.term.toLowerCase();
        if (!seen.has(key)) seen.set(key, { term: p.term, expansion: p.definition, turnIndex: turn.index, start: offset + p.from, end: offset + p.to, sure: true });
      }
      offset += par.length + 1; // paragraphs are joined by "\n"
    }
  }
  return Array.from(seen.values()).sort((a, b) => a.start - b.start);
}
