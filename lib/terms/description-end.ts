import { FINITE, PERSONAL, RELATIVE, REMARK, words } from './phrase-words';

/**
 * "Een X is een Y die …" to the sentence's end, or to where a main clause of its own begins: after "want" or a colon,
 * or after "en"/"maar" with a subject or a sentence adverb first ("…, en ook die onderzoeken laten …", "…, en volgens
 * ProRail gaat het om …", "…, maar de gemeente moet …"), or a demonstrative and its verb ("…, en die moet een gemeente …").
 * The relative clause may go on after ", met", ", maar eerst",
 * ", en daarvoor", ", of voor" (review 14), so only these cuts are made.
 */
const NEW_MAIN_CLAUSE = /, want |: |, (?:en|maar) ook (?:die|dat) |, (?:en|maar) (?:die|dat|deze|dit) (?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen|is|zijn|wordt|worden|heeft|hebben|gaat|gaan|krijgt|krijgen) |, (?:en|maar) (?:ook )?(?:volgens|bovendien|daarnaast|toch|dus|daar|hier|deze|dit|het|er|ik|we|wij|je|u|zij|ze|hij|men|de|een) /u;
export function beforeNewClause(gloss: string): string {
  const cut = NEW_MAIN_CLAUSE.exec(gloss);
  return cut ? gloss.slice(0, cut.index) : gloss;
}

/**
 * ", met één contract met de netbeheerder", ", zolang hij daar zelf woont", ", in ruil voor afspraken over …": a
 * phrase or clause after the comma that cut a gloss and that goes on saying what the thing is: with what, under which
 * condition, until when, in return for what. The gloss then runs to the sentence's end, or to where a main clause of
 * its own begins (`beforeNewClause`) or examples start ("…, bijvoorbeeld …", "…, zoals …"). Returns that end, or 0.
 * Not when the speaker or the government speaks in it ("…, met alle respect voor de minister", "…, totdat Den Haag
 * …"), nor after "met" with a possessive or "alle"/"dezelfde", which comment on the thing ("…, met hun jarenlange
 * ervaring", "…, met alle gevolgen van dien", "…, met dezelfde zorgen als vorig jaar": reviews 2 and 6), nor an idiom
 * (", met dank aan", ", zonder twijfel", ", vaak genoeg") or a main clause after a fronted phrase (review 15).
 */
const GOES_ON = /^, (?:met(?! (?:alle|al|dezelfde|hetzelfde|hun|zijn|haar|hoe|dank)(?![\p{L}]))|zonder(?! (?:twijfel|meer|enige)(?![\p{L}]))|onder(?! (?:andere|meer)(?![\p{L}]))|zolang|totdat|tenzij|in ruil voor|vaak(?! genoeg(?![\p{L}]))|meestal|dus ook|bij een) /u;
const EXAMPLES = /(?<![\p{L}])(?:bijvoorbeeld|zoals|denk aan|onder andere|onder meer)(?![\p{L}])/u;
/** The government by another name than REMARK's: "Den Haag", "de regering". */
const GOVERNMENT = /(?<![\p{L}])(?:den haag|regering|bewindspersoon|bewindslieden)(?![\p{L}])/iu;
/**
 * After a phrase put first ("onder de huidige regels", "zonder zo'n krediet"), a finite verb and a subject of its own
 * ("… komt bijna niemand", "… kunnen veel gezinnen"): a main clause, not more of the gloss.
 */
const FRONTED_MAIN = /^, (?!zolang|totdat|tenzij)[^,]*?(?<![\p{L}])(?:is|zijn|wordt|worden|komt|komen|kan|kunnen|moet|moeten|zal|zullen|heeft|hebben|gaat|gaan|blijft|blijven|krijgt|krijgen|staat|staan|valt|vallen) (?:de|het|een|veel|bijna|niemand|iedereen|er|ze|zij|hij|men|geen|alle|sommige|weinig|meer|die|deze|dat|dit)(?![\p{L}])/iu;
export function continuedTo(text: string, at: number): number {
  if (!GOES_ON.test(text.slice(at, at + 20))) return 0;
  const rest = text.slice(at);
  const stop = rest.search(/[;:.!?](?:\s|$)/u);
  let part = stop < 0 ? rest : rest.slice(0, stop);
  // Examples end it at the comma before them ("…, met ruimte voor tien auto's, bijvoorbeeld …"); right after the
  // opener ("…, met bijvoorbeeld …", "…, onder andere in …") nothing goes on.
  const example = EXAMPLES.exec(part);
  if (example) part = part.slice(0, Math.max(0, part.lastIndexOf(',', example.index)));
  part = beforeNewClause(part);
  if (part === '' || REMARK.test(part) || GOVERNMENT.test(part) || FRONTED_MAIN.test(part)) return 0;
  return at + part.length;
}

/**
 * ", maar die niet aanvragen", ", maar geen middelen heeft om …", ", of woont in een huis dat …": a second predicate of
 * the subject of the gloss's clause (a "dat" clause or a relative one), with no subject of its own, is more of the
 * meaning ("dat mensen recht hebben op een regeling, maar die niet aanvragen"). Returns how far to skip to its words,
 * or 0. Not a clause with a subject of its own ("…, maar de gemeente …", "…, maar in de praktijk gebeurt dat …"), a
 * name, or the speaker, the hearer or the government.
 */
// Also a quantified subject ("maar veel patiënten …"), a sentence adverb ("maar gelukkig …", "of anders …"), a question
// word ("maar waar …"), examples ("of bijvoorbeeld …"), "iets" ("of iets in die geest").
const SUBJECT_FIRST = /^(?:ik|je|jij|we|wij|u|hij|zij|ze|het|men|er|dat|dit|deze|de|een|daar|hier|dan|toen|nu|dus|wat|wie|hoe|waar\p{L}*|ook|bovendien|daarnaast|misschien|soms|pas|al|vorige|vorig|gisteren|sinds|later|eerst|veel|weinig|sommige|alle|niemand|iedereen|meer|gelukkig|helaas|natuurlijk|anders|bijvoorbeeld|zoals|iets|zoiets)(?![\p{L}])/iu;
/** A phrase put first with its determiner ("maar uit die hoek komt …", "maar op veel plekken …"): a main clause follows. */
const PHRASE_FIRST = /^(?:in|op|uit|aan|bij|van|voor|met|door|naar|over|onder|tegen|na) (?:de|het|een|die|dat|deze|dit|zijn|haar|hun|veel|weinig|sommige|alle|andere|enkele|meer)(?![\p{L}])/iu;
/** A verb with a subject right after it: a main clause after a fronted phrase ("in de praktijk gebeurt dat", "… blijft die groep"). */
const VERB_THEN_SUBJECT = /(?<![\p{L}])\p{L}{3,}(?:t|en) (?:het|dat|dit|er|hij|zij|ze|we|wij|je|men|ik|u|de|die|deze|veel|geen|alle|iedereen|niemand)(?![\p{L}])/iu;
export function secondPredicateAt(text: string, from: number, at: number): number {
  const m = /^, (?:maar|of) /u.exec(text.slice(at, at + 8));
  if (!m) return 0;
  const gloss = text.slice(from, at).trim();
  if (!/^dat /iu.test(gloss) && !RELATIVE.test(gloss) && !/(?<![\p{L}])waar\p{L}*/iu.test(gloss)) return 0;
  const rest = text.slice(at + m[0].length);
  const next = rest.search(/[,;:]/u);
  let part = next < 0 ? rest : rest.slice(0, next);
  while (/[.!?]$/u.test(part)) part = part.slice(0, -1);
  const ws = words(part);
  if (ws.length < 2 || ws.length > 20 || SUBJECT_FIRST.test(part) || PHRASE_FIRST.test(part) || /^\p{Lu}/u.test(part) || REMARK.test(part) || GOVERNMENT.test(part) || PERSONAL.test(part) || VERB_THEN_SUBJECT.test(part)) return 0;
  // "die" as the object ("maar die niet aanvragen"), not a subject with its noun ("maar die groep …").
  if (ws[0] === 'die' && !/^(?:niet|ook|wel|nooit|zelf|toch|geen)$/u.test(ws[1]!)) return 0;
  // "of niet" belongs to the clause before it already; "of zelfs meer" is no predicate: a verb must come.
  return ws.some((w) => FINITE.has(w) || (w.length >= 5 && /(?:t|en)$/u.test(w) && !/(?:heid|ment)$/u.test(w))) ? m[0].length : 0;
}
