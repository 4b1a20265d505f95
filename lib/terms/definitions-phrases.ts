import { splitSentences } from '../text/sentences';
import { PREPOSITIONS } from '../text/stopwords';
import { CLOSING, FINITE, insidePhrase, startsWithPreposition, words } from './phrase-words';
import { isAcronymLike } from './acronym';

/**
 * Definitions of words, not only of acronyms, in the phrasings Dutch uses to
 * define (issue #19 item 4, precision first): "Met X bedoel ik Y", "Onder X
 * verstaan we Y", "X, dat wil zeggen Y", "X, oftewel Y", "Een X, dat is een
 * Y die …" (also mid-sentence after an article: "Dan de X, dat zijn Y die …"),
 * "Een X is een Y die …", "Wat wij X noemen, is Y". Each phrase is one
 * expression on one sentence, tried only when its cue word is in the
 * paragraph and the sentence. What they must not take: a demonstrative or
 * possessive term ("Met deze wet bedoelen we …", "Die leraren, dat zijn onze
 * …"), a negation ("bedoel ik niet" without "maar"), a gloss that only repeats
 * the term's own head ("De RIVM-cijfers, oftewel de cijfers waar wij …"), a
 * verdict ("Een motie is een goed middel om …": no relative clause says what
 * the thing is), a term cut out of a clause ("waar de heer X het over heeft,
 * dat zijn …").
 */
export interface PhraseDefinition {
  term: string;
  definition: string;
  /** Paragraph-local offsets of the defining sentence. */
  from: number;
  to: number;
}

const CUE = /bedoel|verstaan|verstaat|wil zeggen|ofwel|oftewel|, dat (?:is|zijn) |noem|zogeheten|^een |\(/iu;
/** The same cues on a whole paragraph, so that most paragraphs are never split into sentences here. */
const PARAGRAPH_CUE = /bedoel|verstaan|verstaat|wil zeggen|ofwel|oftewel|, dat (?:is|zijn) |noem|zogeheten|(?:^|[.!?…]\s)een [\p{L}-]+ is |\(/iu;

// The term: an optional article and one to three words.
const MEANT = /(?:^|[\s,])met ((?:(?:de|het|een) )?\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}) bedoel(?:en|t)? (?:ik|we|wij|je|men) /iu;
const UNDERSTOOD = /(?:^|[\s,])onder ((?:(?:de|het|een) )?\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}) (?:verstaan (?:we|wij|ik|je)|verstaat (?:men|u)) /iu;
// An adjective on "-e" may stand between the article and the noun: "de gemeentelijke regeling, dat wil zeggen …".
const THAT_IS_TO_SAY = /(?:^|\s)((?:(?:de|het|een) (?:\p{L}+e )?)?\p{L}[\p{L}-]*), (?:dat wil zeggen|oftewel|ofwel) ([^,]+)/iu;
/** "De meeste gemeenten", "de volgende stap": a share or a place in an order, not a concept ("de eerste lijn" is one). */
const ORDINAL = /^(?:laatste|volgende|vorige|meeste|andere|hele)(?![\p{L}])/u;
/**
 * At a sentence's start, the whole noun phrase before ", dat wil zeggen" / ", oftewel": adjectives on "-e" and one
 * "van" with a bare noun ("Een gunstige staat van behoud, oftewel …"). Lower case only: a name is no such phrase.
 */
const PHRASE_AT_START = /^(?:[Ee]en|[Dd]e|[Hh]et) ((?:\p{Ll}+e ){0,3}\p{Ll}[\p{Ll}-]*(?: van \p{Ll}[\p{Ll}-]*)?), (?:dat wil zeggen|oftewel|ofwel) ([^,]+)/u;
const THAT_IS = /^((?:(?:een|de|het) )?\p{L}[\p{L}\p{N}-]*(?: \p{L}[\p{L}-]*)?), dat (?:is|zijn) ([^,]+)/iu;
/** Mid-sentence, after an article: "Dan de mantelzorgers, dat zijn mensen die …". */
const THAT_IS_AFTER_ARTICLE = /(?<![\p{L}])(?:de|het|een) (\p{L}[\p{L}\p{N}-]*(?: \p{L}[\p{L}-]*)?), dat (?:is|zijn) ([^,]+)/iu;
const A_IS_A = /^een (\p{L}[\p{L}-]*) is (?:(?:eigenlijk|gewoon|simpelweg|feitelijk|niets anders dan|niet meer dan) )*(een \p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3}? (?:die|dat|waarin|waarbij|waarmee|waarop|waarvan|waardoor) .+)$/iu;
/**
 * "de zogenoemde X, een Y waarmee …": a term introduced, then described by what it does or holds ("zogenaamde"
 * mocks as often as it names). Not "een Y die/dat …": "een fout die nooit had mogen gebeuren" is a verdict.
 */
const SO_CALLED = /(?<![\p{L}])(?:zogenoemde|zogeheten) (\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?), (een \p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3}? (?:waarin|waarbij|waarmee|waardoor) [^,]+)/iu;
/**
 * A word described in parentheses: "de sociale advocatuur (advocaten die vooral …)". The parenthesis holds a noun
 * phrase of a word or two and a relative clause, with no comma. Not a characterisation with "een" ("de wethouder (een
 * man die …)"), a clause or an aside ("(en dat zijn er veel)", "(die er niet was)"), a date, a place or a paper ("(van
 * 12 maart, die …)", "(in de regio's die …)", "(stuk nr. 15, dat …)").
 */
const IN_PARENS = /(?:^|\s)(?:de|het) ((?:\p{L}+e )?\p{L}[\p{L}-]*) \((?!(?:een|en|maar|of|want|dus|zoals|ook|al|die|dat|wat|waar\p{L}*)\s)((?:(?:de|het) )?\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)? (?:die|dat|waarin|waarbij|waarmee|waardoor|waarop|waarvan) [^(),]{4,140})\)/iu;
const WHAT_WE_CALL = /^wat (?:wij|we|ik|men|je) ((?:(?:een|de|het) )?\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?) noem(?:en|t)?, is ([^,]+)/iu;

/** Words that make a phrase point at something in the debate rather than name a concept. */
const POINTING = new Set(['deze', 'die', 'dit', 'dat', 'mijn', 'onze', 'ons', 'uw', 'hun', 'zijn', 'haar', 'jullie', 'ook', 'niet', 'geen', 'zo', 'zo\'n']);
/** Discourse markers that stand where a term would: "Sterker nog, dat is een belofte die …". */
const MARKER = /^(?:sterker nog|kortom|welnu|nou|goed|ja|nee|nogmaals|eerlijk gezegd|met andere woorden|al met al|overigens|trouwens)$/iu;
/** A description in the speaker's own person ("een belofte die ik u heb gedaan") is about this debate, not a word. */
const PERSONAL = /(?<![\p{L}])(?:ik|mij|me|mijn|u|uw|we|wij|ons|onze|jullie)(?![\p{L}])/iu;
const RELATIVE = /(?<![\p{L}])(?:die|dat|waarin|waarbij|waarmee|waarop|waarvan|waardoor|wie)(?![\p{L}])/iu;
const MAX_DEFINITION = 200;
/** A gloss that is an amount ("een paar maanden", "ruim vierduizend", "een derde") counts, it does not define. */
const QUANTITY = /^(?:een paar|een derde|een kwart|de helft|ruim|bijna|zo'n|ongeveer|circa|meer dan|minder dan|\p{N}|twee|drie|vier|vijf|tien|honderd|duizend)(?![\p{L}])/iu;
/**
 * "het centrale punt waar inwoners … terechtkunnen": "waar" with its preposition or particle further on describes too,
 * after a definite article only ("een plek waar veel misgaat" judges).
 */
const definiteWhere = (gloss: string): boolean => /^(?:de|het) /iu.test(gloss) && /(?<![\p{L}])waar(?![\p{L}])/iu.test(gloss);
/** A superlative after the article praises ("de beste zorg die er bestaat"): no meaning. Not "vaste", not "eerste" ("het eerste advies dat …" may define). */
const PRAISE = /^(?:(?:een|één) van )?(?:de|het|een) (?:beste|\p{L}{3,}[^a\s]ste)(?![\p{L}])/iu;

const withoutArticle = (np: string) => np.replace(/^(?:de|het|een) /iu, '');
/** Without final white space and stops; a loop, as a `+$` expression is quadratic on a long run of spaces. */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && ' \t\n.!?;:'.includes(s[e - 1]!)) e--;
  return s.slice(0, e).trim();
}
/** The sentence's capital is not the word's: "Een zorgmijder" → "zorgmijder"; a name keeps its capital only mid-sentence. */
const asWritten = (term: string, atStart: boolean) => (atStart && /^\p{Lu}\p{Ll}/u.test(term) ? term[0]!.toLowerCase() + term.slice(1) : term);

/** A term and a gloss that pass the checks shared by every phrase. */
function accept(termNp: string, gloss: string, kind: 'clause' | 'phrase' | 'described', nounPhrase = false): { term: string; definition: string } | null {
  const tw = words(termNp);
  const gw = words(gloss);
  if (tw.length === 0 || gw.length < 2 || POINTING.has(tw[0]!)) return null;
  // "Met X bedoel ik dat …" may define by a clause; a gloss in apposition must be a noun phrase.
  if (kind === 'clause' ? gw[0] === 'niet' || gw[0] === 'geen' : POINTING.has(gw[0]!)) return null;
  const term = withoutArticle(termNp.trim());
  // Acronyms have their own, letter-checked patterns (definitions.ts), either way round ("…, oftewel het EVRM").
  if (isAcronymLike(term) || isAcronymLike(withoutArticle(trimEnd(gloss)))) return null;
  // A term that starts with a preposition or holds a verb is a clause cut wrong ("waar de heer X het over heeft, dat zijn …").
  // (`nounPhrase`: the pattern took an article, adjectives and nouns only, so "staat" in "een gunstige staat van …" is one.)
  if (PREPOSITIONS.has(tw[0]!) || (!nounPhrase && tw.some((w) => FINITE.has(w)))) return null;
  // "De volgende stap, dat wil zeggen …", "de meeste gemeenten": a place in an order or a share, not a concept.
  if (ORDINAL.test(term.toLowerCase())) return null;
  // "dat is in dit verband het bedrijf …", "verstaan we in deze wet iemand die …": the focus or the scope before the
  // meaning is not part of it.
  const definition = trimEnd(gloss).replace(/^(?:in dit verband|in deze context|hier) (?=\p{L})|^in (?:deze|dit) (?:wet|wetsvoorstel|regeling|brief|nota|notitie|geval) (?=(?:iemand|een|de|het) )/iu, '');
  // "De RIVM-cijfers, oftewel de cijfers waar wij op varen": a gloss that repeats the term's head restates it,
  // unless a relative clause says what sets it apart ("het forfaitaire rendement, dat is het rendement waarvan …").
  const head = term.toLowerCase().split(/[-\s]/u).at(-1)!;
  const restrictive = RELATIVE.test(definition) && !PERSONAL.test(definition);
  if (!restrictive && gw.some((w) => w === head || w.endsWith(`-${head}`))) return null;
  if (definition.length > MAX_DEFINITION || MARKER.test(termNp.trim())) return null;
  if (kind !== 'clause' && (PRAISE.test(definition) || QUANTITY.test(definition))) return null;
  if (kind === 'described' && (!(RELATIVE.test(definition) || definiteWhere(definition)) || PERSONAL.test(definition))) return null;
  return { term, definition };
}

/** ", en daarbinnen elke wijk, moet": a phrase put between commas, then a word that may be its clause's verb. */
const INSERTED = /^, (?:en|of) ([^,:;]{1,60}), (\p{L}+)/u;
/**
 * The length of a phrase put between commas at `text[at]` ("dat een gemeente, en daarbinnen elke wijk, moet bouwen"),
 * when the gloss from `from` holds a relative clause and a verb closes it after the phrase; else 0. A clause of its
 * own between the commas ("…, en dat is te hoog, zeggen …") is no such phrase.
 */
function insertionAt(text: string, from: number, at: number): number {
  const m = INSERTED.exec(text.slice(at, at + 100));
  if (!m || !CLOSING.has(m[2]!.toLowerCase()) || !RELATIVE.test(text.slice(from, at)) || PERSONAL.test(m[1]!) || RELATIVE.test(m[1]!) || words(m[1]!).some((w) => FINITE.has(w))) return 0;
  return m[0].length - m[2]!.length;
}
/** ", waarbij …": a relative clause after the comma goes on describing the gloss's noun. */
const RELATIVE_AFTER_COMMA = /^, waar(?:bij|in|mee|door) /u;
/** …unless it speaks of the speaker or the government ("…, waarbij ik aanteken …"): then it is a remark, not the meaning. */
const REMARK = /(?<![\p{L}])(?:ik|mij|me|mijn|we|wij|ons|onze|u|uw|minister|staatssecretaris|kabinet)(?![\p{L}])/iu;
const relativeAt = (text: string, at: number): number => {
  if (!RELATIVE_AFTER_COMMA.test(text.slice(at, at + 20))) return 0;
  const end = text.indexOf(',', at + 2);
  return REMARK.test(text.slice(at, end < 0 ? text.length : end)) ? 0 : 2;
};
/**
 * Where a list that a comma at `at` continues ends ("bruggen, sluizen en stuwen."): the gloss from `from` and each
 * item after it a word or three, the last after "en" or "of", to the sentence's end; else 0.
 */
function listEnd(text: string, from: number, at: number): number {
  if (text[at] !== ',') return 0;
  let stop = at + 1;
  while (stop < text.length && !'.;:!?'.includes(text[stop]!)) stop++;
  const items = text.slice(at + 1, stop).split(',').map((x) => x.trim());
  const last = items.at(-1)!.split(/ (?:en|of) /u);
  if (last.length !== 2) return 0;
  // The gloss so far is the first item, or a relative clause that the list goes on ("het bureau dat de gebouwen
  // onderhoudt, de huur int en de klachten afhandelt").
  const first = text.slice(from, at).trim();
  const relative = RELATIVE.test(first);
  const all = [...(relative ? [] : [first]), ...items.slice(0, -1), ...last];
  const short = (item: string) => item !== '' && words(item).length <= 3 && !words(item).some((w) => FINITE.has(w)) && !RELATIVE.test(item) && !PERSONAL.test(item);
  // After a relative clause each item opens with a noun's determiner or a preposition: "…, valt tussen wal en schip"
  // is the main clause going on.
  const byPreposition = (item: string) => PREPOSITIONS.has(words(item)[0] ?? '');
  const verbLast = (item: string) => /^(?:de|het|een|zijn|haar|hun|alle|elke) /iu.test(item) && words(item).length >= 3 && /(?:t|en|d)$/u.test(words(item).at(-1)!);
  // An adverb or a negation opens no item: "…, nu en in de toekomst", "…, niet de artsen en …".
  const adverb = (item: string) => /^(?:nu|niet|ook|dus|maar|wel|zelfs|alleen|vooral|straks|toen)$/iu.test(words(item)[0] ?? '');
  if (!all.every(short) || all.some(adverb)) return 0;
  return !relative || all.every(byPreposition) || all.every(verbLast) ? stop : 0;
}

/**
 * The end of a gloss that a comma cut at `end`, carried over phrases put between commas and over relative clauses
 * after one, to the next comma.
 */
function glossEnd(text: string, from: number, end: number): number {
  // "…, oftewel bruggen, sluizen en stuwen": a list goes on to its last item.
  const listed = listEnd(text, from, end);
  if (listed > 0) return listed;
  let e = end;
  const skipAt = (at: number) => insertionAt(text, from, at) || relativeAt(text, at);
  for (let skip = skipAt(e); skip > 0; skip = skipAt(e)) {
    const next = text.indexOf(',', e + skip);
    e = next < 0 ? text.length : next;
  }
  return e;
}

/**
 * What "bedoel ik" / "verstaan we" is followed by, as the meaning: "niet X, maar Y" means Y; "precies dat:
 * Y" means Y; a new clause after a comma ("…, en die staat onder druk", "…, met hun …") is no longer the meaning.
 */
function meaning(rest: string): string {
  let r = rest;
  // indexOf, not a regex: ".*?, maar (.+)$" is quadratic on a long sentence without one.
  const but = r.indexOf(', maar ');
  if (/^niet(?![\p{L}])/iu.test(r) && but > 0) r = r.slice(but + ', maar '.length);
  // A colon after a word or three ("precies dat:", "dit:", "het volgende:", "drie dingen:") brings the meaning itself;
  // after a longer meaning it brings what elaborates on it ("…: wie meer uitstoot, betaalt meer").
  const colon = r.indexOf(': ');
  if (colon >= 0 && r.slice(0, colon).split(' ').length <= 3) r = r.slice(colon + 2);
  // A focus word before the meaning is not part of it: "bedoel ik ook de vrijwilligers", "… vooral de gemeenten".
  r = r.replace(/^(?:ook|vooral|juist|eigenlijk|gewoon|hier|dan|nu) (?=\p{L})/iu, '');
  // ", met hun ervaring …" after the meaning adds to it, as a new clause does.
  const newClause = /, (?:en|maar|want|dus|of|met) |: /giu;
  for (let c = newClause.exec(r); c; c = newClause.exec(r)) {
    // "bedoel ik dat …, en dat hij daar ook woont": a second "dat" clause with a subject of its own is more of the
    // meaning; "…, en dat is moeilijk" (a demonstrative and its verb) says something about it.
    const parallel = c[0] === ', en ' && /^dat /iu.test(r) && THAT_CLAUSE_SUBJECT.test(r.slice(c.index + c[0].length, c.index + 40));
    const skip = parallel || goesOn(r, c.index, c[0]) ? c[0].length : c[0] === ': ' ? 0 : insertionAt(r, 0, c.index);
    if (skip === 0) return r.slice(0, c.index);
    newClause.lastIndex = c.index + skip;
  }
  return r;
}

/**
 * "dat" opening a clause of the meaning: a third-person subject follows (a pronoun, a determiner, a number), not a verb,
 * not the speaker ("…, en dat ik dat ga controleren" is a promise, "…, en dat we daar streng op zijn" a stance), not a
 * name ("…, en dat de VVD dat tegenhield"), not "zijn" ("…, en dat zijn er veel").
 */
const THAT_CLAUSE_SUBJECT = /^dat (?:(?:hij|zij|ze|het|men|iemand|niemand|iedereen|er|de|een|elke|ieder|iedere|alle|geen|hun|\p{N})(?![\p{L}])|\p{L}+e \p{L}{3,})/u;

/** A clause opened by a question word: "hoeveel mensen …", "waar die mensen …". */
const WH_WORD = /(?<![\p{L}])(?:hoeveel|waar|wat|hoe|wie|welke|waarom|wanneer)(?![\p{L}])/iu;
const WH_CLAUSE_SUBJECT = /^(?:hoeveel|waar|wat|hoe|wie|welke|waarom|wanneer) (?:hij|zij|ze|het|men|er|de|die|dat|een|hun|\p{N})(?![\p{L}])/iu;
/**
 * The meaning goes on after the comma at `at` (`sep`, the comma and its word): a second question-word clause with a
 * third-person subject after one in the meaning ("… waarin staat hoeveel …, en waar die mensen vandaan komen"), or
 * "whether or not" ("…, of je nu klein bent of niet"), which belongs to the clause before it.
 */
function goesOn(r: string, at: number, sep: string): boolean {
  const after = r.slice(at + sep.length);
  if (sep === ', en ') return WH_WORD.test(r.slice(0, at)) && WH_CLAUSE_SUBJECT.test(after);
  if (sep !== ', of ') return false;
  const comma = after.search(/[,;:]/u);
  return /(?<![\p{L}])of niet[.!?…]*$/iu.test((comma < 0 ? after : after.slice(0, comma)).trim());
}

/** A gloss matched up to a comma (group 2, at the match's end), carried over phrases put between commas. */
function glossOf(s: string, m: RegExpExecArray): string {
  const end = m.index + m[0].length;
  const from = end - m[2]!.length;
  return s.slice(from, glossEnd(s, from, end));
}

/** Definitions of words in one paragraph, in text order. */
/** Verbs before an infinitive: a modal, "gaan", "laten", a passive's "worden". */
const VERB_BEFORE = /(?:^|\s)(?:te|wil|willen|wilt|kan|kunnen|kunt|moet|moeten|mag|mogen|zal|zullen|zou|zouden|ga|gaan|gaat|laten|laat|worden|wordt|werd|werden)\s+(?:\p{L}+\s+){0,4}$/iu;
/** Whether the term of "X, dat wil zeggen …" is a bare verb: an infinitive or participle after such a verb. */
function verbTerm(s: string, m: RegExpExecArray): boolean {
  const term = m[1]!;
  if (/^(?:de|het|een) /iu.test(term)) return false;
  const before = s.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  const verbForm = term.toLowerCase().endsWith('en') || /^ge\p{L}+[dt]$/iu.test(term);
  return (verbForm && VERB_BEFORE.test(before)) || /(?:^|\s)te\s*$/iu.test(before);
}
/** A gloss that explains an act: "het verrekenen van …", "… samen te voegen". */
const explainsAnAct = (gloss: string): boolean => /^het \p{L}+en(?![\p{L}])/iu.test(gloss) || /(?<![\p{L}])te \p{L}+en(?![\p{L}])/iu.test(gloss);
/** "ofwel via de gemeenten, ofwel via de provincies": either … or. */
const eitherOr = (s: string, m: RegExpExecArray): boolean => /ofwel/iu.test(m[0]) && !/oftewel/iu.test(m[0]) && /(?<![\p{L}])ofwel(?![\p{L}])/iu.test(s.slice(m.index + m[0].length));


export function phraseDefinitionsIn(par: string): PhraseDefinition[] {
  const out: PhraseDefinition[] = [];
  if (!PARAGRAPH_CUE.test(par)) return out;
  for (const span of splitSentences(par)) {
    const s = par.slice(span.start, span.end);
    if (!CUE.test(s)) continue;
    let found: { term: string; definition: string } | null = null;
    let m: RegExpExecArray | null;
    // The definition is the rest of the sentence: "Met X bedoel ik dat …, waar …".
    if ((m = MEANT.exec(s)) || (m = UNDERSTOOD.exec(s))) found = accept(m[1]!, meaning(s.slice(m.index + m[0].length)), 'clause');
    else if ((m = WHAT_WE_CALL.exec(s))) found = accept(m[1]!, m[2]!, 'phrase');
    else if ((m = A_IS_A.exec(s))) found = accept(m[1]!, m[2]!, 'described');
    else if ((m = SO_CALLED.exec(s))) found = accept(m[1]!, m[2]!, 'described');
    else if ((m = THAT_IS.exec(s)) || (m = THAT_IS_AFTER_ARTICLE.exec(s))) found = accept(m[1]!, glossOf(s, m), 'described');
    else if ((m = IN_PARENS.exec(s)) && !PREPOSITIONS.has(m[2]!.split(' ')[0]!.toLowerCase())) found = accept(m[1]!, m[2]!, 'described');
    // Mid-sentence, a capitalised word before the comma ends a name ("… van de Mens, oftewel …"), not a term.
    // Nor a verb that says what is done ("… kort te houden, dat wil zeggen …", "we willen … vereenvoudigen, …"), unless
    // the gloss explains an act ("te salderen, dat wil zeggen het verrekenen van …"); nor "ofwel … ofwel" ("either … or").
    else if ((m = PHRASE_AT_START.exec(s)) && m[1]!.includes(' ') && !eitherOr(s, m) && !startsWithPreposition(glossOf(s, m))) found = accept(m[1]!, glossOf(s, m), 'phrase', true);
    // Not a noun inside a prepositional phrase ("Het gevolg voor de huurders, dat wil zeggen …": the term is the whole
    // phrase, and what follows says what the gevolg is), nor a gloss that is a place or a time ("…, dat wil zeggen in
    // Groningen", "sinds de zomer").
    else if ((m = THAT_IS_TO_SAY.exec(s)) && !insidePhrase(s, m) && !startsWithPreposition(glossOf(s, m)) && (m.index === 0 || !/^\s?\p{Lu}/u.test(withoutArticle(m[0].trimStart()))) && !eitherOr(s, m) && !(verbTerm(s, m) && !explainsAnAct(glossOf(s, m)))) {
      // "X, dat wil zeggen dat …" explains by a clause, in the third person ("…, dat wil zeggen dat we …" is a
      // consequence), and only a noun with its article: "het thuiswerken, dat wil zeggen dat …", not "tijdelijk, …" nor
      // a participle ("… wordt een register ingevoerd, dat wil zeggen dat …").
      const gloss = glossOf(s, m);
      const clause = /^dat /iu.test(gloss) && /dat wil zeggen/iu.test(m[0]) && /^(?:de|het|een) /iu.test(m[1]!) && !PERSONAL.test(gloss);
      found = accept(m[1]!, gloss, clause ? 'clause' : 'phrase');
    }
    if (!found || !m) continue;
    // Only a term that is the sentence's first word has the sentence's capital ("Het Zorgloket, …" keeps its own).
    const atStart = m.index === 0 && !/^(?:met|onder|wat) /iu.test(s) && s.trimStart().startsWith(found.term);
    out.push({ term: asWritten(found.term, atStart), definition: found.definition, from: span.start, to: span.end });
  }
  return out;
}
