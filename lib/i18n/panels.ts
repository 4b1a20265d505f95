import { translator } from './translate';
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

const en: Record<PanelKey, string> = {
  termsTab: 'Terms',
  commitmentsTab: 'Commitments',
  analysisFailed: 'This part could not be computed for this report. The other parts work.',
  questionsTab: 'Questions',

  termsSearch: 'Search terms',
  termsShown: '{shown} of {total} terms',
  termsShown_one: '{shown} of 1 term',
  termsNone: 'No terms found in this record.',
  termsNoMatch: 'No term found for ‘{query}’.',
  termsVariants: 'Also as: {list}',
  termCount: '{count}×',
  termCountLong: 'mentioned {count} times',
  termCountLong_one: 'mentioned once',
  explainedHere: 'explained in this debate',
  whereExplained: 'Where explained',
  howUsedHere: 'How this debate uses it',
  firstOccurrence: 'First occurrence',
  nextOccurrence: 'Next occurrence ({n}/{total})',
  tooltipExplainedHere: 'Explained in this debate',

  closingHeading: 'Promised at the end',
  closingNone: 'The chair read out no commitments at the end.',
  inDebateHeading: 'Commitments during the debate',
  inDebateNone: 'No commitments found in the debate.',
  notInClosing: 'Not in the closing list',
  notInClosingCount: '{count} not in the closing list',
  notInClosingCount_one: '1 not in the closing list',
  noClosingList: 'This record has no closing list to compare with.',
  deadline: 'Deadline',
  deadlineNone: 'no deadline given',
  who: 'By',
  unknownSpeaker: 'unknown',
  saidInTurn: 'Said in turn {n}',
  unsure: '(uncertain)',
  notFoundInDebate: 'Not found in the debate.',
  toTurn: 'Go to turn {n}',
  inReplyTo: 'In reply to:',
  inReplyToWho: 'In reply to {who}:',
  copyCitation: 'Copy as quotation',
  dateRange: '{from} to {to}',
  early: 'early {month}',
  mid: 'mid {month}',
  late: 'late {month}',
  season_voorjaar: 'spring {year}',
  season_zomer: 'summer {year}',
  season_najaar: 'autumn {year}',
  season_winter: 'winter {year}',
  quarter: 'Q{n} {year}',

  questionsNone: 'No questions found.',
  questionsOnlyOpen: 'Only questions without a sure answer',
  questionsNoneOpen: 'All questions have been answered.',
  groupCounts: '{answered} answered, {open} open',
  groupCountsPossibly: '{answered} answered, {possibly} possibly answered, {open} open',
  status_answered: 'answered',
  'status_possibly-answered': 'possibly answered',
  status_open: 'open',
  fullQuestion: 'Full question',
  toQuestion: 'Go to the question (turn {n})',
  answerInTurn: 'Answer in turn {n}',
  possibleAnswerInTurn: 'Possible answer in turn {n}',
};

export const PANEL_MESSAGES: Record<Lang, Record<PanelKey, string>> = { nl, en };

/** The string for `key` in `lang` (see `translator`). */
export const t = translator<PanelKey>(PANEL_MESSAGES);
