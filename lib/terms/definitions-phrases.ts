import { splitSentences } from '../text/sentences';
import { opensNewPoint } from '../text/discourse';
import { isStopword, PREPOSITIONS } from '../text/stopwords';
import { FINITE, insidePhrase, PERSONAL, RELATIVE, startsWithPreposition, words } from './phrase-words';
import { glossEnd, meaning } from './gloss-end';
import { beforeNewClause } from './description-end';
import { isAcronymLike } from './acronym';
import { widenedTerm } from './widened-term';
import { bareHoldsThat, CALLED_AFTER, CALLED_COLON, CALLED_THAT, calledWhich, HOLDS_THAT, JUDGING_MODIFIER, namesOwnKind, othersWord, WHAT_WE_CALL } from './naming-forms';

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

const CUE = /bedoel|versta|wil zeggen|ofwel|oftewel|, dat (?:is|zijn) |noem|zogeheten|houdt in dat|^een |\(/iu;
/** The same cues on a whole paragraph, so that most paragraphs are never split into sentences here. */
const PARAGRAPH_CUE = /bedoel|versta|wil zeggen|ofwel|oftewel|, dat (?:is|zijn) |noem|zogeheten|houdt in dat|(?:^|[.!?…]\s)een (?:\p{Ll}+e )?[\p{L}-]+ is |\(/iu;

// The term: an optional article and one to five words ("het publiek belang van de accountantscontrole").
// Said by the speaker, or by a law, a bill or a rule ("Met X bedoelt het wetsvoorstel Y"; not "bedoelt de heer X").
const MEANT = /(?:^|[\s,])met ((?:(?:de|het|een) )?\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,4}) bedoel(?:en|t)? (?:ik|we|wij|je|men|(?:de|het) \p{Ll}*(?:wet|voorstel|regeling|richtlijn|verordening|besluit|verdrag|code|norm)) /iu;
const UNDERSTOOD = /(?:^|[\s,])onder ((?:(?:de|het|een) )?\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3}) (?:verstaan (?:we|wij|ik|je)|versta ik|verstaat (?:men|u|(?:de|het) \p{Ll}*(?:wet|voorstel|regeling|richtlijn|verordening|besluit|verdrag|code|norm)(?= (?:een|de|het|iemand|iedereen|alle|elke|elk|ieder) ))) /iu;
// An adjective on "-e" may stand between the article and the noun: "de gemeentelijke regeling, dat wil zeggen …".
// Or a past participle without "-e" that opens with its prefix ("het beschermd wonen"; not "de overheid rente"), or a
// compound one on "-en" after "het"/"een" only ("het tijdsduurgebonden recht"; after "de" it is a plural: "de gemeenten
// maatwerkbudget").
const THAT_IS_TO_SAY = /(?:^|\s)((?:(?:de|het|een) (?:\p{L}+e |(?:ge|be|ver|ont)\p{L}{2,}[dt] )?|(?:het|een) (?=\p{L}*?(?:ge|be|ver|ont)\p{L}{2})\p{L}+en )?\p{L}[\p{L}-]*), (?:dat wil zeggen|oftewel|ofwel) ([^,]+)/iu;
/** "De meeste gemeenten", "de volgende stap": a share or a place in an order, not a concept ("de eerste lijn" is one). */
const ORDINAL = /^(?:laatste|volgende|vorige|meeste|andere|hele)(?![\p{L}])/u;
/**
 * At a sentence's start, the whole noun phrase before ", dat wil zeggen" / ", oftewel": adjectives on "-e" and one
 * "van" with a bare noun ("Een gunstige staat van behoud, oftewel …"). Lower case only: a name is no such phrase.
 */
const PHRASE_AT_START = /^(?:[Ee]en|[Dd]e|[Hh]et) ((?:\p{Ll}+e ){0,3}\p{Ll}[\p{Ll}-]*(?: van \p{Ll}[\p{Ll}-]*)?), (?:dat wil zeggen|oftewel|ofwel) ([^,]+)/u;
/** The same without an article: an adjective on "-e" opens the sentence ("Ambulante hulp, oftewel …"), the rest in lower case. */
// Not a determiner on "-e" ("Elke gemeente", "Sommige", "Beide", "Deze"): those point or count, and the later patterns read them.
const BARE_PHRASE_AT_START = /^(?!(?:Elke|Iedere|Sommige|Beide|Deze|Die|Welke|Andere|Alle|Vele|Enkele|Diverse|Verschillende|Meeste|Eerste|Laatste|Volgende|Vorige|Zulke|Dezelfde|Hele)\s)(\p{Lu}\p{Ll}+e (?:\p{Ll}+e ){0,2}\p{Ll}[\p{Ll}-]*), (?:dat wil zeggen|oftewel|ofwel) ([^,]+)/u;
// Or a word and its number ("Box 3", "Artikel 12"; `accept` refuses a part of the speaker's own list, "Punt 3").
const THAT_IS = /^((?:(?:een|de|het) )?\p{L}[\p{L}\p{N}-]*(?: \p{L}[\p{L}-]*| \d{1,3})?), dat (?:is|zijn) ([^,]+)/iu;
/** Mid-sentence, after an article: "Dan de mantelzorgers, dat zijn mensen die …". */
const THAT_IS_AFTER_ARTICLE = /(?<![\p{L}])(?:de|het|een) (\p{L}[\p{L}\p{N}-]*(?: \p{L}[\p{L}-]*)?), dat (?:is|zijn) ([^,]+)/iu;
/** After an opening preposition, a bare word in lower case: "Bij spoofing, dat is het nabootsen van …". */
const THAT_IS_AFTER_PREPOSITION = /^(?:[Bb]ij|[Mm]et|[Vv]oor|[Oo]ver|[Dd]oor|[Zz]onder|[Tt]egen) (\p{Ll}[\p{Ll}-]*), dat (?:is|zijn) ([^,]+)/u;
const A_IS_A = /^een ((?:\p{Ll}+e )?\p{L}[\p{L}-]*) is (?:(?:eigenlijk|gewoon|simpelweg|feitelijk|niets anders dan|niet meer dan) )*((?:een|de|het) \p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3}?,? (?:die|dat|waarin|waarbij|waarmee|waarop|waarvan|waardoor) .+)$/iu;
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

/** Words that make a phrase point at something in the debate rather than name a concept. */
const POINTING = new Set(['deze', 'die', 'dit', 'dat', 'mijn', 'onze', 'ons', 'uw', 'hun', 'zijn', 'haar', 'jullie', 'ook', 'niet', 'geen', 'zo', 'zo\'n']);
/** "daarmee", "hiervoor", "waarnaast": a pronominal adverb stands for what was said, it names nothing. */
const POINTING_BACK = /^(?:daar|hier|waar)(?:mee|door|om|voor|bij|in|op|van|naar|over|aan|uit|na|tegen|toe|naast|onder|tussen|achter|boven|binnen|buiten|langs|tegenover|entegen)$/u;
/** Discourse markers that stand where a term would: "Sterker nog, dat is een belofte die …". */
const MARKER = /^(?:sterker nog|kortom|welnu|nou|goed|ja|nee|nogmaals|eerlijk gezegd|met andere woorden|al met al|overigens|trouwens|bovendien|allereerst|eerst|tevens|echter|vervolgens|daarentegen|desondanks|immers|dus|toch|ook)$/iu;
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

/** Verbs of naming that stand before ", oftewel" in "wat men X noemt / wat X heet": never the term. */
const NAMING = /^(?:heet|heten|heette|noem|noemt|noemen|noemde|betekent|betekenen)$/u;
/** A change of state: "is … geworden", "is … gebleken / gebleven". */
const CHANGED = /(?<![\p{L}])(?:geworden|gebleken|gebleven)(?![\p{L}])/u;

/** A noun and what it is for: "de opdracht om … te rijden"; not a verdict ("een poging om …", "een truc om …"). */
const FOR_WHAT = /^(?:de|het|een) (?:\p{L}+e )?(?!(?:poging|truc|excuus|smoes|greep|aanval|aanslag|list) )\p{L}+ om [^,]{0,80}? te \p{L}+en(?![\p{L}])/iu;

/** Endings of adjectives and adverbs ("onverstandig", "dagelijks", "financieel"): such a word names no thing. */
const ADJECTIVE_ENDING = /(?:ig|lijk|baar|isch|ief|eel|aal|end|loos|zaam|s)$/u;
/**
 * "mesothelioom, oftewel longvlieskanker": a learned word (a Greek or Latin ending) glossed by one plain Dutch noun. Not
 * a verb or plural on "-en", an adjective, an amount or a pronoun ("investeren, oftewel doorbouwen", "veel, oftewel
 * miljoenen"); nor two everyday words, which sum up or judge ("stilstand, oftewel achteruitgang", "…, zorg en
 * werkgelegenheid, oftewel bestaanszekerheid", "dat iedereen meebetaalt, oftewel solidariteit": review 10).
 */
const LEARNED_ENDING = /(?:ie|oom|us|um|ose|itis|ase|isme|ia|ine|iek|ica)$/u;
const synonym = (tw: string[], gw: string[]): boolean =>
  tw.length === 1 && gw.length === 1 && tw[0]!.length >= 6 && LEARNED_ENDING.test(tw[0]!) && gw[0]!.length >= 8 && [tw[0]!, gw[0]!].every((w) => /^\p{Ll}+$/u.test(w) && !w.endsWith('en') && !ADJECTIVE_ENDING.test(w) && !isStopword(w));

/** A term and a gloss that pass the checks shared by every phrase. */
function accept(termNp: string, gloss: string, kind: 'clause' | 'phrase' | 'described', nounPhrase = false, acronymMayBeDescribed = false): { term: string; definition: string } | null {
  const tw = words(termNp);
  const gw = words(gloss);
  // Nor an adverb that points back ("Daarmee, dat is …", "Daarnaast, dat is het punt …") or opens a new point ("Verder, …").
  if (tw.length === 0 || (gw.length < 2 && !(kind === 'phrase' && synonym(tw, gw))) || POINTING.has(tw[0]!) || POINTING_BACK.test(tw[0]!) || opensNewPoint(termNp)) return null;
  // "Punt 3, dat is …", "Vraag 2, …": a part of the speaker's own list or of this debate, numbered, is no term.
  if (/^(?:punt|vraag|stap|fase|onderdeel|deel|pagina|bladzijde|motie|amendement|toezegging|optie|scenario|variant) \d/iu.test(termNp.trim())) return null;
  // "Onder collega's verstaan we elkaar goed" understands; "Met wat ik net zei bedoel ik …" points at words said.
  if (gw[0] === 'elkaar' || gw[0] === 'mekaar' || PERSONAL.test(termNp) || /^(?:wat|wie|hetgeen)$/u.test(tw[0]!)) return null;
  // "Met X bedoel ik dat …" may define by a clause; a gloss in apposition must be a noun phrase.
  // Nor the speaker's or hearer's own ("Onder het lawaai versta ik mijn eigen woorden niet").
  if (kind === 'clause' ? (gw[0] === 'niet' && gw[1] !== 'alleen') || gw[0] === 'geen' || /^(?:mijn|onze|ons|uw|jullie)$/u.test(gw[0]!) : POINTING.has(gw[0]!)) return null;
  const term = withoutArticle(termNp.trim());
  // Acronyms have their own, letter-checked patterns (definitions.ts), either way round ("…, oftewel het EVRM"); an
  // acronym described after "oftewel" (or "ofwel", "dat wil zeggen": the caller says) by a bare noun and what sets it
  // apart is read here ("RENURE, oftewel stikstof die …"). Not with an article: "oftewel een club die …", "het bedrijf
  // dat …", "de toezichthouder die de heer X noemde" judge or point.
  // "Met een VOG bedoel ik de verklaring die …": what the speaker means by it, said with what sets it apart, its first
  // word spelling the acronym's first letter ("Met de IND bedoel ik de dienst die al jaren achterloopt" judges).
  // Or, translated ("Met een SMR bedoel ik een kleine modulaire reactor"), two thirds of its letters in order as the
  // initials of the gloss's first words.
  const spelled = (): boolean => {
    const initials = gw.filter((w) => !/^(?:een|het|de)$/u.test(w)).slice(0, 4).map((w) => w.charAt(0));
    const letters = [...term.toLowerCase().replace(/[^\p{L}]/gu, '')];
    let pos = 0;
    let hits = 0;
    for (const c of letters) {
      const at = initials.indexOf(c, pos);
      if (at >= 0) [hits, pos] = [hits + 1, at + 1];
    }
    return initials[0] === letters[0] || hits * 3 >= letters.length * 2;
  };
  const described = ((acronymMayBeDescribed && !/^(?:een|het|de) /iu.test(gloss.trim())) || (kind === 'clause' && spelled())) && RELATIVE.test(gloss) && !PERSONAL.test(gloss);
  if ((isAcronymLike(term) && !described) || isAcronymLike(withoutArticle(trimEnd(gloss)))) return null;
  // A term that starts with a preposition or holds a verb is a clause cut wrong ("waar de heer X het over heeft, dat zijn …").
  // (`nounPhrase`: the pattern took an article, adjectives and nouns only, so "staat" in "een gunstige staat van …" is one.)
  // Nor a member's or minister's thing ("Met het voorstel van de heer Bos bedoel ik …" points at a paper: review 10).
  if (PREPOSITIONS.has(tw[0]!) || tw.some((w) => /^(?:heer|mevrouw|minister|staatssecretaris|collega)$/u.test(w)) || (!nounPhrase && tw.some((w) => FINITE.has(w) || NAMING.test(w)))) return null;
  // "De volgende stap, dat wil zeggen …", "de meeste gemeenten": a place in an order or a share, not a concept.
  if (ORDINAL.test(term.toLowerCase())) return null;
  // "dat is in dit verband het bedrijf …", "verstaan we in deze wet iemand die …", "… in het actieprogramma niet alleen
  // …": the focus or the scope before the meaning is not part of it.
  // A semicolon ends the meaning ("…; daar gaat het vandaag over"), unless it lists its parts ("…; …; en …").
  const definition = trimEnd(/; (?:en|of) /u.test(gloss) ? gloss : gloss.split('; ')[0]!).replace(/^(?:in dit verband|in deze context|hier) (?=\p{L})|^in (?:het|de|dit|deze|die|onze|mijn|ons|dat) \p{L}+ (?=(?:niet|alleen|ook|vooral|iedereen|iemand|alle|elke|elk|ieder|iedere|een|de|het|mensen) )/iu, '');
  // "De RIVM-cijfers, oftewel de cijfers waar wij op varen": a gloss that repeats the term's head restates it,
  // unless a relative clause says what sets it apart ("het forfaitaire rendement, dat is het rendement waarvan / waarover …").
  const head = term.toLowerCase().split(/[-\s]/u).at(-1)!;
  // Or, said as what the speaker means or names, a phrase after the head for a term with more than its head ("Met een
  // kwetsbare wijk bedoel ik een wijk met …"; not "Met de cijfers bedoel ik de cijfers van het CBS", which points).
  const modified = kind === 'clause' && tw.filter((w) => !/^(?:de|het|een)$/u.test(w)).length >= 2;
  // "Een drietalige school, oftewel een school waar …": the term's own noun again, set apart by where; not with a
  // modifier that judges ("een goede school, oftewel een school waar het prettig is").
  // Not one thing pointed at ("De nieuwe school, oftewel de school waar vorig jaar de brand was"): "een" or a plural.
  const whereOfHead = tw.length >= 2 && !JUDGING_MODIFIER.test(tw.at(-2)!) && !/^(?:de|het) /iu.test(termNp.trim()) && words(definition).filter((w, k) => k > 0 || w !== 'een').slice(0, 2).join(' ') === `${head} waar`;
  const restrictive = (whereOfHead || RELATIVE.test(definition) || /(?<![\p{L}])waar(?:over|aan|voor|uit|naar|onder)(?![\p{L}])/iu.test(definition) || (modified && /^(?:(?:de|het|een) )?\p{L}+ (?:met|zonder|voor|op|uit) /iu.test(definition))) && !PERSONAL.test(definition);
  if (!restrictive && gw.some((w) => w === head || w.endsWith(`-${head}`))) return null;
  if (definition.length > MAX_DEFINITION || MARKER.test(termNp.trim())) return null;
  // "Zwemmen, dat is in een land dat … gewoon een overlevingsvak", "…, dat is voor veel kinderen een jaar waarin …": a
  // circumstance before what it is said to be there is a verdict, not a meaning (not "in feite", "in wezen").
  // A preposition may open the noun phrase's own adjective ("van huis weggelopen jongeren die …", "bij de politie bekende
  // daders die …": an adjective or participle with no article before it, its noun, a relative); not "voor veel ouderen
  // de eerste persoon die …".
  const dw = words(definition);
  const ownAdjective = dw.some((w, k) => k >= 2 && k <= 4 && !/^(?:de|het|een)$/u.test(dw[k - 1]!) && ((w.length >= 4 && w.endsWith('e')) || (w.includes('ge') && w.indexOf('ge') < w.length - 3 && /(?:en|d|t)$/u.test(w))) && /^(?:die|dat|waar\p{L}*)$/u.test(dw[k + 2] ?? ''));
  if (kind === 'described' && startsWithPreposition(definition) && !ownAdjective && !/^in (?:feite|wezen|principe|essentie)(?![\p{L}])/iu.test(definition)) return null;
  if (kind !== 'clause' && (PRAISE.test(definition) || QUANTITY.test(definition))) return null;
  // "Een X, dat is een Y waar …": any one of a kind, described by where it is (not "De jeugdzorg, dat is een plek waar …").
  const anyWhere = /^een /iu.test(termNp.trim()) && /^een /iu.test(definition) && /(?<![\p{L}])waar(?![\p{L}])/iu.test(definition);
  // An act named by its verb, for a word that names one ("Resomeren, dat is het oplossen van …", "spoofing, dat is het
  // nabootsen van …"; not "Het kabinet, dat is het besturen van …"); a right or duty with what it lets one do.
  // One word, and the act done to something ("het X-en van …"), not a slogan ("Goed regeren, dat is het luisteren naar …").
  const actNamed = tw.length === 1 && /(?:en|ing)$/u.test(tw[0]!) && /^het \p{L}+en van /iu.test(definition);
  // "Een concessie, dat is de opdracht om een busverbinding te rijden": a noun set apart by what it is for, of any one
  // of a kind (not "Het amendement, dat is een poging om …", which judges one thing; not an act: "Demonstreren, …").
  const forWhat = !/^het |^de /iu.test(termNp.trim()) && !(tw.length === 1 && tw[0]!.endsWith('en')) && FOR_WHAT.test(definition);
  // "Het Nedersaksisch, dat is de verzamelnaam voor …": a name for something says what the word covers.
  // The name, not "een codenaam voor …" (a sneer: review 10).
  const nameFor = /^(?:de|het) (?:verzamelnaam|naam|term|vakterm|benaming|afkorting) voor /iu.test(definition);
  if (kind === 'described' && (!(nameFor || RELATIVE.test(definition) || definiteWhere(definition) || anyWhere || actNamed || rightTo(term, definition) || forWhat) || PERSONAL.test(definition))) return null;
  // "X, dat is … geworden / gebleken": what it has become, not what it is (before the relative clause that follows).
  if (kind === 'described' && CHANGED.test(definition.split(/(?<![\p{L}])(?:die|dat|waar\p{L}*)(?![\p{L}])/u)[0]!)) return null;
  return { term, definition };
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
/**
 * "Spreekrecht, dat is het recht (van een slachtoffer) om … te vertellen": a right, duty or power and what it lets one
 * do, for a word that names one (its head is the gloss's: not "Demonstreren, dat is het recht om …").
 */
function rightTo(term: string, gloss: string): boolean {
  const g = gloss.toLowerCase();
  const head = /^(?:het|de) (recht|plicht|bevoegdheid|verplichting|vrijheid|verbod) /u.exec(g)?.[1];
  const om = g.indexOf(' om ');
  return head !== undefined && term.toLowerCase().endsWith(head) && om > 0 && om < 80 && / te \p{L}+en(?![\p{L}])/u.test(g.slice(om));
}
/** A gloss that explains an act: "het verrekenen van …", "… samen te voegen". */
const explainsAnAct = (gloss: string): boolean => /^het \p{L}+en(?![\p{L}])/iu.test(gloss) || /(?<![\p{L}])te \p{L}+en(?![\p{L}])/iu.test(gloss);
/** A single abstract noun (not a plural on "-en" or an infinitive: "Werken, dat wil zeggen dat …"). */
const ABSTRACT_NOUN = /^\p{L}+(?:heid|ing|schap|teit|tie|isme)$/u;
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
    let named: { term: string; meaning: string } | null;
    // The definition is the rest of the sentence: "Met X bedoel ik dat …, waar …".
    if ((m = MEANT.exec(s)) || (m = UNDERSTOOD.exec(s))) found = accept(m[1]!, meaning(s.slice(m.index + m[0].length)), 'clause');
    else if ((m = WHAT_WE_CALL.exec(s))) found = accept(m[1]!, glossOf(s, m), 'phrase');
    else if ((m = CALLED_AFTER.exec(s)) && (othersWord(m, 3) || namesOwnKind(m))) found = accept(m[5]!, m[1] ?? m[2]!, 'clause');
    else if ((m = CALLED_THAT.exec(s)) && othersWord(m, 2)) found = accept(m[4]!, m[1]!, 'clause');
    else if ((named = calledWhich(s, (w) => FINITE.has(w)))) [m, found] = [/^/u.exec(s), accept(named.term, named.meaning, 'clause')];
    else if ((m = CALLED_COLON.exec(s)) && !s.trimEnd().endsWith('?')) found = accept(m[1]!, m[2]!, 'described');
    else if ((m = HOLDS_THAT.exec(s))) found = accept(m[1]!, meaning(m[2]!), 'clause');
    else if ((m = bareHoldsThat(s))) found = accept(m[1]!, meaning(m[3]!), 'clause');
    // "Een schaarse vergunning is een vergunning waarvan …": an adjective may be part of the term, not one that judges
    // ("Een goede school is een school waar …" praises).
    else if ((m = A_IS_A.exec(s)) && !JUDGING_MODIFIER.test(m[1]!.split(' ')[0]!.toLowerCase())) found = accept(m[1]!, beforeNewClause(m[2]!), 'described');
    else if ((m = SO_CALLED.exec(s))) found = accept(m[1]!, m[2]!, 'described');
    else if ((m = THAT_IS_AFTER_PREPOSITION.exec(s)) || (m = THAT_IS.exec(s)) || (m = THAT_IS_AFTER_ARTICLE.exec(s))) found = accept(m[1]!, glossOf(s, m), 'described');
    else if ((m = IN_PARENS.exec(s)) && !PREPOSITIONS.has(m[2]!.split(' ')[0]!.toLowerCase())) found = accept(m[1]!, m[2]!, 'described');
    // Mid-sentence, a capitalised word before the comma ends a name ("… van de Mens, oftewel …"), not a term ("het
    // Noordse model" ends in lower case).
    // Nor a verb that says what is done ("… kort te houden, dat wil zeggen …", "we willen … vereenvoudigen, …"), unless
    // the gloss explains an act ("te salderen, dat wil zeggen het verrekenen van …"); nor "ofwel … ofwel" ("either … or").
    else if ((m = PHRASE_AT_START.exec(s) ?? BARE_PHRASE_AT_START.exec(s)) && m[1]!.includes(' ') && !eitherOr(s, m) && !startsWithPreposition(glossOf(s, m))) found = accept(m[1]!, glossOf(s, m), 'phrase', true);
    // Not a noun inside a prepositional phrase ("Het gevolg voor de huurders, dat wil zeggen …": the term is the whole
    // phrase, and what follows says what the gevolg is), nor a gloss that is a place or a time ("…, dat wil zeggen in
    // Groningen", "sinds de zomer").
    else if ((m = THAT_IS_TO_SAY.exec(s)) && !insidePhrase(s, m) && !startsWithPreposition(glossOf(s, m)) && (m.index === 0 || !/^\p{Lu}/u.test(m[1]!.split(' ').at(-1)!) || isAcronymLike(m[1]!)) && !eitherOr(s, m) && !(verbTerm(s, m) && !explainsAnAct(glossOf(s, m)))) {
      // "X, dat wil zeggen dat …" explains by a clause, in the third person ("…, dat wil zeggen dat we …" is a
      // consequence), and only a noun with its article: "het thuiswerken, dat wil zeggen dat …", not "tijdelijk, …" nor
      // a participle ("… wordt een register ingevoerd, dat wil zeggen dat …"); a bare noun opening the sentence
      // ("Ketenaansprakelijkheid, dat wil zeggen dat …").
      const gloss = glossOf(s, m);
      const clause = /^dat /iu.test(gloss) && /dat wil zeggen/iu.test(m[0]) && (/^(?:de|het|een) /iu.test(m[1]!) || (m.index === 0 && ABSTRACT_NOUN.test(m[1]!) && !/\d/u.test(gloss))) && !PERSONAL.test(gloss);
      found = accept(widenedTerm(s, m), gloss, clause ? 'clause' : 'phrase', false, true);
    }
    if (!found || !m) continue;
    // Only a term that is the sentence's first word has the sentence's capital ("Het Zorgloket, …" keeps its own).
    const atStart = m.index === 0 && !/^(?:met|onder|wat) /iu.test(s) && s.trimStart().startsWith(found.term);
    out.push({ term: asWritten(found.term, atStart), definition: found.definition, from: span.start, to: span.end });
  }
  return out;
}
