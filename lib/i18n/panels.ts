import { lateTranslator } from './translate';
import type { Lang } from './overlay';

/**
 * Strings of the overlay's feature panels (Begrippen, Toezeggingen, Vragen)
 * and the term tooltip. Same conventions as `overlay.ts`: Dutch first, a key
 * ending in `_one` is the singular twin of the key without it.
 */

const nl = {
  termsTab: 'Begrippen',
  commitmentsTab: 'Toezeggingen',
  questionsTab: 'Vragen',
  analysisFailed: 'Dit onderdeel kon voor dit verslag niet worden berekend. De andere onderdelen werken wel.',

  // Begrippen
  termsSearch: 'Zoek begrip',
  termsShown: '{shown} van {total} begrippen',
  termsShown_one: '{shown} van 1 begrip',
  termsNone: 'Geen begrippen gevonden in dit verslag.',
  termsNoMatch: 'Geen begrip gevonden voor ‘{query}’.',
  termsVariants: 'Ook als: {list}',
  termCount: '{count}×',
  termCountLong: '{count} keer genoemd',
  termCountLong_one: '1 keer genoemd',
  explainedHere: 'uitgelegd in dit debat',
  whereExplained: 'Waar uitgelegd',
  howUsedHere: 'Zo gebruikt in dit debat',
  firstOccurrence: 'Eerste vindplaats',
  nextOccurrence: 'Volgende vindplaats ({n}/{total})',
  tooltipExplainedHere: 'Uitgelegd in dit debat',

  // Toezeggingen
  closingHeading: 'Toegezegd aan het eind',
  closingNone: 'De voorzitter heeft aan het eind geen toezeggingen voorgelezen.',
  inDebateHeading: 'Toezeggingen in het debat',
  inDebateNone: 'Geen toezeggingen in het debat gevonden.',
  notInClosing: 'Niet in de slotlijst',
  notInClosingCount: '{count} niet in de slotlijst',
  notInClosingCount_one: '1 niet in de slotlijst',
  noClosingList: 'Dit verslag heeft geen slotlijst om mee te vergelijken.',
  deadline: 'Termijn',
  deadlineNone: 'geen termijn genoemd',
  who: 'Door',
  unknownSpeaker: 'onbekend',
  saidInTurn: 'Gezegd in beurt {n}',
  unsure: '(onzeker)',
  notFoundInDebate: 'Niet teruggevonden in het debat.',
  toTurn: 'Naar beurt {n}',
  inReplyTo: 'In antwoord op:',
  inReplyToWho: 'In antwoord op {who}:',
  copyCitation: 'Kopieer als citaat',
  follow: 'Volg deze toezegging',
  following: 'Gevolgd',
  followed: 'Gevolgd: te zien in de pop-up onder Toezeggingen.',
  followFailed: 'Volgen is niet gelukt.',
  dateRange: '{from} tot en met {to}',
  early: 'begin {month}',
  mid: 'medio {month}',
  late: 'eind {month}',
  season_voorjaar: 'voorjaar {year}',
  season_zomer: 'zomer {year}',
  season_najaar: 'najaar {year}',
  season_winter: 'winter {year}',
  quarter: '{n}e kwartaal {year}',

  // Vragen
  questionsNone: 'Geen vragen gevonden.',
  questionsOnlyOpen: 'Alleen vragen zonder zeker antwoord',
  questionsNoneOpen: 'Alle vragen zijn beantwoord.',
  groupCounts: '{answered} beantwoord, {open} open',
  groupCountsPossibly: '{answered} beantwoord, {possibly} mogelijk beantwoord, {open} open',
  status_answered: 'beantwoord',
  'status_possibly-answered': 'mogelijk beantwoord',
  status_open: 'open',
  fullQuestion: 'Hele vraag',
  toQuestion: 'Naar de vraag (beurt {n})',
  answerInTurn: 'Antwoord in beurt {n}',
  possibleAnswerInTurn: 'Mogelijk antwoord in beurt {n}',
};

export type PanelKey = keyof typeof nl;



/** The string for `key` in `lang` (see `translator`). */
export const t = lateTranslator<PanelKey>('panels', nl);
