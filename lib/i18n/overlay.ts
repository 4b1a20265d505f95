import { lateTranslator } from './translate';
/**
 * Strings of the overlay and the options page. Dutch is the default: the
 * transcripts are Dutch and so are most readers. A key ending in `_one` is the
 * singular twin of the key without it (see `t`).
 */

export type { Lang } from './translate';
import type { Lang } from './translate';
export const LANGS: readonly Lang[] = ['nl', 'en'];

const nl = {
  appName: 'Kamerlezer',
  openOverlay: 'Kamerlezer openen',
  collapse: 'Kamerlezer inklappen',
  showHelp: 'Sneltoetsen tonen',
  tablist: 'Onderdelen van Kamerlezer',
  tabSpeakers: 'Sprekers',
  tabOutline: 'Overzicht',

  turnCount: '{count} beurten',
  turnCount_one: '1 beurt',
  chairTurnCount: '{count} als voorzitter',
  share: '{pct}% van de woorden',
  chooseSpeaker: 'Kies een spreker om naar diens volgende beurt te gaan.',
  chosenSpeaker: 'Gekozen: {name}',
  prevSame: 'Vorige beurt van {name}',
  nextSame: 'Volgende beurt van {name}',
  prevAny: 'Vorige beurt',
  nextAny: 'Volgende beurt',
  anySpeaker: 'Alle sprekers',
  noSpeaker: 'Geen spreker gekozen',
  prevChosen: 'Vorige beurt van de gekozen spreker',
  nextChosen: 'Volgende beurt van de gekozen spreker',
  foldOthers: 'Alleen deze spreker tonen',
  copyLink: 'Kopieer link naar deze beurt',
  currentTurn: 'Beurt {n} van {total}: {speaker}',
  asChair: '{name}, als voorzitter',
  noCurrentTurn: 'Nog geen beurt gekozen.',
  foldedStub: '{count} beurten van andere sprekers ingeklapt',
  foldedStub_one: '1 beurt van een andere spreker ingeklapt',

  factDate: 'Datum',
  factStatus: 'Status',
  factOpened: 'Geopend',
  factClosed: 'Gesloten',
  factChair: 'Voorzitter',
  factCommittees: 'Commissie',
  unknown: 'onbekend',
  inProgress: 'nog bezig',
  statusWarning: '{status}: niet letterlijk citeren',
  outlineHeading: 'Verloop',
  outlineEmpty: 'Geen verloop gevonden.',
  outlineHeader: 'Begin van het verslag',
  outlineChair: 'Voorzitter: {name}',
  outlineSuspension: 'Schorsing {from}–{until}',
  outlineSuspensionBare: 'Schorsing',
  outlineCommitments: 'Toezeggingen ({count})',
  outlineCommitments_one: 'Toezegging (1)',
  phase1kamer: 'Eerste termijn van de Kamer',
  phase1regering: 'Eerste termijn van de regering',
  phase2kamer: 'Tweede termijn van de Kamer',
  phase2regering: 'Tweede termijn van de regering',
  phaseNkamer: 'Termijn {n} van de Kamer',
  phaseNregering: 'Termijn {n} van de regering',

  helpTitle: 'Sneltoetsen',
  helpClose: 'Sluiten',
  helpNote: 'Sneltoetsen werken niet terwijl u in een invoerveld typt. Escape sluit dit venster.',
  sc_nextTurn: 'Volgende beurt',
  sc_prevTurn: 'Vorige beurt',
  sc_nextSame: 'Volgende beurt van dezelfde spreker',
  sc_prevSame: 'Vorige beurt van dezelfde spreker',
  sc_toggleOverlay: 'Kamerlezer openen of inklappen',
  sc_help: 'Sneltoetsen tonen of verbergen',
  sc_saveSelection: 'Selectie bewaren in de leeslijst',
  browserCommand: 'Ook met de sneltoets van de browser: {keys}.',
  browserCommandNone: 'De browser heeft geen sneltoets voor bewaren ingesteld.',
  browserCommandChange: 'Sneltoets van de browser wijzigen',

  optionsTitle: 'Kamerlezer – instellingen',
  optionsFeatures: 'Onderdelen',
  feature_speakers: 'Sprekers',
  feature_outline: 'Overzicht',
  feature_terms: 'Begrippen',
  feature_commitments: 'Toezeggingen',
  feature_questions: 'Vragen',
  feature_motions: 'Moties',
  feature_readingList: 'Leeslijst',
  optionsLanguage: 'Taal',
  langName_nl: 'Nederlands',
  langName_en: 'English',
  optionsShortcuts: 'Sneltoetsen',
  shortcutHint: 'Ga naar een veld en druk op één toets (zonder Ctrl, Alt of Cmd).',
  shortcutConflict: 'Deze toets is al in gebruik voor: {action}',
  optionsApply: 'Wijzigingen gelden meteen, ook in tabbladen die al open zijn.',
  optionsReset: 'Standaardinstellingen herstellen',
  saved: 'Opgeslagen.',
  saveError: 'Opslaan is mislukt.',

  tabReadingList: 'Leeslijst',
  saveSelection: 'Bewaar selectie',
  saveTurn: 'Bewaar huidige beurt',
  savedPassage: 'Bewaard in de leeslijst.',
  passageExists: 'Stond al in de leeslijst.',
  saveFailed: 'Bewaren is mislukt: de achtergrond van de extensie reageert niet.',
  noPassages: 'Nog niets bewaard van deze pagina. Selecteer tekst en kies “Bewaar selectie”, of bewaar een hele beurt.',
  passagesOnPage: '{count} bewaarde passages op deze pagina',
  passagesOnPage_one: '1 bewaarde passage op deze pagina',
  goToPassage: 'Ga naar passage',
  passagesFrame: 'Bewaarde passages van deze pagina',
  passageMoved: 'niet meer gevonden in deze versie van de tekst',
  chooseTurnFirst: 'Ga eerst naar een beurt (j/k) om die te bewaren.',
  interruptionStats: 'interrupties: {made} gepleegd, {received} gekregen',
  tabFile: 'Bestand',
  fileIntro: 'Dit verslag staat ook als bestand op deze site. Kamerlezer haalt het pas op als u hierop klikt, en opent het in de Lezer.',
  openInReader: 'Open in Kamerlezer',
  openFailed: 'Het bestand kon niet worden opgehaald.',
  fileTooBig: 'Het bestand is te groot om te openen (meer dan 40 MB).',
  questionStats: 'vragen: {asked} gesteld, {answered} beantwoord',
};

export type MessageKey = keyof typeof nl;



/** The string for `key` in `lang` (see `translator`). */
export const t = lateTranslator<MessageKey>('overlay', nl);
