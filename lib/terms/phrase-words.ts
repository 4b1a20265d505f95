import { PREPOSITIONS } from '../text/stopwords';

/**
 * The words of a defining phrase and where its term and gloss may not start: shared by the phrase patterns of
 * definitions-phrases.ts.
 */

export const FINITE = new Set(['is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'had', 'wordt', 'worden', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen', 'gaat', 'gaan', 'komt', 'staat']);
export const words = (s: string) => s.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
/** A word that ends as a Dutch adjective does, inflected or not ("redelijke", "preventief", "onvrijwillig"). */
export const endsAsAdjective = (w: string): boolean => /(?:e|ief|isch|ig|lijk|baar|zaam|eel|aal)$/u.test(w);

/** Finite verbs that open a clause's closing verbs after a phrase put between commas: auxiliaries and modals. */
export const CLOSING = new Set([...FINITE, 'mag', 'mogen', 'wil', 'willen', 'kon', 'konden', 'moest', 'moesten', 'zou', 'zouden', 'werd', 'werden', 'hoeft', 'hoeven']);

/** The gloss opens with a preposition: an adverbial restated ("sinds de zomer", "in Groningen"), not a meaning. */
export const startsWithPreposition = (gloss: string): boolean => OPENS_ADVERBIAL.has(words(gloss)[0] ?? '');
const OPENS_ADVERBIAL = new Set([...PREPOSITIONS, 'sinds', 'na', 'vanaf', 'vanuit', 'binnen', 'buiten', 'tijdens', 'volgens', 'naast', 'rond', 'langs']);
/** Verbs that take a topic with a preposition: "het ligt aan", "het hangt af van", "het draait om". */
const VERB_OF_TOPIC = new Set(['ligt', 'hangt', 'draait', 'zit', 'past', 'valt', 'blijft']);
/**
 * A past participle, also of a separable verb ("gemaakt", "aangekondigd", "opgesteld"): a verb's word, not a noun. A
 * separable one only on "-d"/"-t": "de afgestudeerden" is a noun.
 */
const PARTICIPLE = /^ge\p{L}{2,}(?:d|t|en)$|^(?:aan|op|in|uit|af|mee|voor|door|over|toe|vast|bij|terug|na|weg|om|vrij|samen)ge\p{L}{2,}[dt]$/u;
/** The term of `m` follows "article noun preposition" ("een deel van de opbrengst"): it is cut out of a larger phrase. */
export function insidePhrase(s: string, m: RegExpExecArray): boolean {
  const before = s.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  const w = words(before.slice(-60));
  // "Het gaat om de mantelzorg, …": after a verb the term is the verb's object, not part of a noun's phrase. A bare
  // noun ("een proef met mediation, ofwel …") is the term itself, not a thing of the phrase before it.
  // "voor alle gemeenten": a quantifier before the term is its determiner.
  const quantified = /^(?:alle|elke)$/u.test(w.at(-1) ?? '');
  if (quantified) w.pop();
  // The noun before the preposition with its article and at most one adjective: "een groot deel van", "het geld voor";
  // not a verb's words ("we het uitgebreid gehad over").
  const owner = w.slice(-4, -1);
  const article = owner.findIndex((x) => /^(?:de|het|een)$/u.test(x));
  const noun = article < 0 ? [] : owner.slice(article + 1);
  return (
    (quantified || /^(?:de|het|een) /iu.test(m[1]!)) &&
    PREPOSITIONS.has(w.at(-1) ?? '') &&
    noun.length >= 1 &&
    !noun.some((x) => CLOSING.has(x) || VERB_OF_TOPIC.has(x) || PARTICIPLE.test(x))
  );
}

/** A description in the speaker's own person ("een belofte die ik u heb gedaan") is about this debate, not a word. */
export const PERSONAL = /(?<![\p{L}])(?:ik|mij|me|mijn|u|uw|we|wij|ons|onze|jullie)(?![\p{L}])/iu;
/** The speaker, the hearer or the government in words after the meaning: a remark put in, not more of the meaning. */
export const REMARK = /(?<![\p{L}])(?:ik|mij|me|mijn|we|wij|ons|onze|u|uw|minister|staatssecretaris|kabinet)(?![\p{L}])/iu;
export const RELATIVE = /(?<![\p{L}])(?:die|dat|waarin|waarbij|waarmee|waarop|waarvan|waardoor|wie)(?![\p{L}])/iu;
