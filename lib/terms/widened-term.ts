import { isPreposition, isStopword } from '../text/stopwords';
import { endsAsAdjective, FINITE, words } from './phrase-words';

/*
 * The term of "X, oftewel Y" / "X, dat wil zeggen Y" widened to the word before it where the article pattern of
 * definitions-phrases.ts does not reach: a foreign first word, an adverb or a participle without "-e", the head of
 * "de X van Y"; or narrowed to nothing ('') when it is a common verb, which accept() then refuses.
 */

/** Degree words that stand where a term's first word would: "een heel project", "een erg groot plan". */
const DEGREE = /^(?:heel|erg|zeer|echt|best|vrij|nogal|behoorlijk|enorm|flink|bijzonder)$/u;
/**
 * A bare term with the word before it after "een", "als" or a preposition: "een vacatio legis, oftewel …", "als erkend
 * referent, oftewel …", "via juste retour, oftewel …" (a foreign first word, an adverb or a participle without "-e"
 * that the article pattern does not take).
 */
export function widenedTerm(s: string, m: RegExpExecArray): string {
  const term = m[1]!;
  if (/^(?:de|het|een) /iu.test(term) || term.includes(' ')) return term;
  const at = m.index + (m[0].length - m[0].trimStart().length);
  const head = /(?:^|\s)(?:de|het) (\p{Ll}{3,}) van $/iu.exec(s.slice(Math.max(0, at - 40), at))?.[1];
  // "aan X doen, oftewel …": the thing done, not the light verb ("aan de-risking doen").
  if (term === 'doen') return /(?:^|\s)aan ([\p{L}-]{3,}) $/u.exec(s.slice(Math.max(0, at - 40), at))?.[1] ?? term;
  // "een redelijke aanpassing doet, oftewel een aanpassing die …": a verb before the comma; the gloss repeats the noun
  // before it, and that noun with its adjective is the term. A common verb is never the term ("iets doet, oftewel …").
  const glossNoun = /^(?:een|de|het) (\p{Ll}{3,}) /u.exec(s.slice(m.index + m[0].length - m[2]!.length))?.[1];
  // Also a compound on that noun, with an adjective before it ("een preventief huisbezoek aanbiedt, oftewel een
  // bezoek …").
  const before = /(?:^|\s)(\p{Ll}+ )?(\p{Ll}+) $/u.exec(s.slice(Math.max(0, at - 60), at));
  if (glossNoun !== undefined && before && before[2]!.endsWith(glossNoun)) {
    // The word before only as an adjective ("redelijke", "preventief"): not a numeral or an adverb ("één", "voortaan").
    const adjective = before[1] !== undefined && endsAsAdjective(before[1].trim());
    const modifier = adjective && !isStopword(before[1]!.trim()) && !FINITE.has(before[1]!.trim()) && !DEGREE.test(before[1]!.trim()) ? before[1]! : '';
    return `${modifier}${before[2]}`;
  }
  if (VERB_AT_CLAUSE_END.test(term)) return '';
  // "de vrijheid van onderwijs, oftewel de grondwettelijke vrijheid …": the head the gloss repeats is the term's.
  // The head among the gloss's first words ("de grondwettelijke vrijheid van …"), not by chance later ("de instanties
  // die de rol van waakhond hebben").
  if (head && words(s.slice(m.index + m[0].length - m[2]!.length)).slice(0, 3).includes(head.toLowerCase())) return `${head} van ${term}`;
  // Also after a preposition: "via juste retour, oftewel …", "om achteraf betalen, oftewel …"; and a foreign adjective
  // after an article ("de modal shift, oftewel …"), which the article pattern (adjectives on "-e") does not take.
  // The three words before the term (split, not one expression: an optional word before a word is ambiguous).
  const from = Math.max(0, at - 60);
  const ws = s.slice(from, at).split(' ').slice(from > 0 ? 1 : 0, -1);
  const word = /^\p{Ll}{3,}$/u.test(ws.at(-1) ?? '') ? ws.at(-1)! : '';
  const opener = word && /^\p{L}+$/u.test(ws.at(-2) ?? '') ? ws.at(-2)!.toLowerCase() : '';
  const prev = ws.length >= 3 ? ws.at(-3)!.toLowerCase() : undefined;
  // After "de"/"het" or a preposition the word must not look like a noun of its own (a plural, "-heid", "-ing", …): in
  // "krijgen de gemeenten maatwerkbudget, oftewel …" and "geven aan gemeenten compensatie, …" the term is the bare noun.
  // After an article only where a noun phrase starts (first, or after "en", "of", a copula): after another verb the
  // article's noun is its subject ("Daarom krijgt de boer compensatie, oftewel …").
  // Also after a phrase that opens the sentence's point ("Tot slot de speed pedelec, oftewel …", "Daarnaast de …");
  // not an adverb inside a clause ("krijgt eerst de boer compensatie, oftewel …").
  const opensPoint = from === 0 && /^(?:tot slot|ten slotte|dan|verder|daarnaast|tenslotte)$/iu.test(ws.slice(0, -2).join(' '));
  const phraseStarts = prev === undefined || /[,;:.]$/u.test(prev) || /^(?:en|of|maar|is|zijn|was|wordt|worden|blijft)$/u.test(prev) || isPreposition(prev) || opensPoint;
  const article = (opener === 'de' || opener === 'het') && phraseStarts && !NOUN_ENDING.test(word);
  const preposition = isPreposition(opener) && !NOUN_ENDING.test(word);
  // "Dan bidirectioneel laden, oftewel …": a new point opened with "Dan", its term an adjective and a noun. The word
  // must end as an adjective does: after "Dan" a verb stands first more often ("Dan volgt paalrot, oftewel …").
  const announced = opener === 'dan' && prev === undefined && /(?:eel|aal|air|ief|isch|ig|lijk|baar|zaam)$/u.test(word);
  const w = opener === 'een' || opener === 'als' || article || preposition || announced ? word : undefined;
  // After "als" ("if") a plural is a subject: "als werkgevers meebetalen, oftewel …".
  const subject = opener === 'als' && /(?:en|s)$/u.test(w ?? '');
  return w && !subject && !isStopword(w) && !FINITE.has(w) && !DEGREE.test(w) ? `${w} ${term}` : term;
}
/** A verb that ends a clause: a common one, with a separable part before it ("aanbiedt"), or any form on "-dt". */
const VERB_AT_CLAUSE_END = /^(?:aan|af|op|uit|in|mee|door|over|toe|terug|voor|na|bij|om)?(?:doet|krijgt|geeft|maakt|houdt|neemt|zet|legt|brengt|zoekt|vindt|biedt|stelt|kent|heeft|wordt|regelt)$|dt$/u;
/** Endings of Dutch nouns and plurals. */
const NOUN_ENDING = /(?:en|s|heid|ing|schap|teit|tie|isme|ij|ie)$/u;
