import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from './months';

/**
 * Word lists of general Dutch and of parliamentary speech in general (never
 * the vocabulary of one debate or policy area: that lives in the glossary).
 * All folded (lower case, no diacritics). One copy, shared by the analyses.
 */

const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries, the commonest adverbs. */
export const FUNCTION_WORDS = list(`
  aan al alle alleen allemaal alles als andere anders ben beter bij bijvoorbeeld daar daarbij daardoor daarin daarmee daarna daarom daarop
  daarover daarvan dan dat de deze die dit doe doen doet door dus echt een eens eigenlijk en enkele er ervan es even gaan gaat geen gelijk
  geweest gezegd goed graag had heb hebben heeft heel hele hem het hier hij hoe hun ik in is ja je jullie kan komen komt kun kunnen maar me
  mee meer met mij mijn misschien moet moeten na naar natuurlijk nee net niet nog nu of ok om omdat onder ons ook op over per te tegen toch
  toe tot u uit uw van veel voor vooral waar want was wat we wel welke wellicht werd wie wij wil willen word worden wordt zal ze zeg zeggen
  zegt zeker zelf zich zij zijn zo zoals zou zouden zullen`);

/**
 * The verbs and adverbs of talk ("kijken", "gewoon", "inderdaad") and the
 * rarer function words: noise when matching what was asked to what was
 * answered. Kept apart from FUNCTION_WORDS because the commitment links
 * weigh words by rarity (TF-IDF) and were measured with the shorter list:
 * adding these to it moved one of the seed's closing items to a wrong turn.
 */
export const TALK_WORDS = list(`
  alsnog alvast ander at beetje bent binnen blijft blijkt blijven daaraan daarnaast daartoe daarvoor deel den denk der dergelijke dingen
  echter eerder elkaar enige ergens ermee ervoor feit ga gedaan gegeven geldt gemaakt gesteld geval gewoon haar hadden hebt helemaal hiermee
  hiernaar hierover hiervan hoeveel hoever hoeverre hoop hoor ieder iedere iedereen iemand iets inderdaad jazeker juist kijk kijken kijkt
  kom kon kunt laat laten lijkt maakt maken manier men mocht mogelijk mogen name namelijk niets nou oke onze overigens precies slotte soort
  sprake staan staat steeds stellen straks ten uiteraard vanuit verder via vind vindt volgens waarbij waarin waarom wanneer waren weer weet
  welk weten zei zie zien ziet zin zit zitten zo'n zodat zonder`);

/** Who speaks and to whom, in every debate whatever the subject: roles and forms of address. */
export const ROLE_WORDS = list(`
  minister ministers staatssecretaris bewindspersoon kabinet kamer voorzitter collega collega's woordvoerder woordvoerders heer heren meneer
  mevrouw`);

/** The business of asking and answering: noise when matching a question to its answer, content in "de antwoorden op de vragen sturen". */
export const ASKING_WORDS = list(`
  dank excuus sorry benieuwd vraag vraagt vragen vroeg gevraagd beantwoord beantwoording antwoord antwoorden reageren ingaan aangegeven
  aantal punt punten volgende eerste tweede laatste moment tijd vandaag klopt correct terug`);

/** Words of time: a shared deadline is scored by the deadline itself, not again as vocabulary. */
export const TIME_WORDS = list(`
  ${DUTCH_MONTHS.join(' ')} ${DUTCH_WEEKDAYS.join(' ')} voorjaar najaar zomer winter zomerreces week weken maand maanden jaar dagen begin eind
  einde medio komende binnen morgen vandaag`);

/** Prepositions: a word after one is a noun ("van afspraken"), a phrase that starts with one is no name of a thing. */
export const PREPOSITIONS = list(`van met in op aan voor naar over bij uit door tot tegen zonder onder tussen per om`);
/**
 * The prepositions PREPOSITIONS leaves out, which its readers (the commitment grammar among them) were measured
 * without; the terms read both lists (isPreposition).
 */
const MORE_PREPOSITIONS = list(`via na naast binnen buiten volgens vanwege rond rondom sinds langs achter boven beneden jegens ondanks`);
/** Any Dutch preposition, of either list. */
export const isPreposition = (folded: string): boolean => PREPOSITIONS.has(folded) || MORE_PREPOSITIONS.has(folded);

/** Words that usually carry no letter of an acronym or a name's initials ("Raad van State" → RvS), Dutch and the foreign ones names use. */
export const NAME_FUNCTION_WORDS = list(`van de het der den voor en op in of te tot met een aan bij over uit the and for on to du des la le`);

/** A word that says nothing about what is asked or answered: a function word, talk, a role, or the asking itself. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
/** The four lists in one set: every word of every turn is looked up here. */
const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...TALK_WORDS, ...ROLE_WORDS, ...ASKING_WORDS]);
