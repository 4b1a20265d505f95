/**
 * Strings of the overlay and the options page. Dutch is the default: the
 * transcripts are Dutch and so are most readers. A key ending in `_one` is the
 * singular twin of the key without it (see `t`).
 */

export type Lang = 'nl' | 'en';
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

  optionsTitle: 'Kamerlezer – instellingen',
  optionsFeatures: 'Onderdelen',
  feature_speakers: 'Sprekers',
  feature_outline: 'Overzicht',
  feature_terms: 'Begrippen',
  feature_commitments: 'Toezeggingen',
  feature_questions: 'Vragen',
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
};

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  appName: 'Kamerlezer',
  openOverlay: 'Open Kamerlezer',
  collapse: 'Collapse Kamerlezer',
  showHelp: 'Show keyboard shortcuts',
  tablist: 'Kamerlezer sections',
  tabSpeakers: 'Speakers',
  tabOutline: 'Outline',

  turnCount: '{count} turns',
  turnCount_one: '1 turn',
  chairTurnCount: '{count} as chair',
  share: '{pct}% of words',
  chooseSpeaker: 'Choose a speaker to go to their next turn.',
  chosenSpeaker: 'Chosen: {name}',
  prevSame: 'Previous turn of {name}',
  nextSame: 'Next turn of {name}',
  prevAny: 'Previous turn',
  nextAny: 'Next turn',
  anySpeaker: 'All speakers',
  noSpeaker: 'No speaker chosen',
  prevChosen: 'Previous turn of the chosen speaker',
  nextChosen: 'Next turn of the chosen speaker',
  foldOthers: 'Show only this speaker',
  copyLink: 'Copy link to this turn',
  currentTurn: 'Turn {n} of {total}: {speaker}',
  asChair: '{name}, as chair',
  noCurrentTurn: 'No turn chosen yet.',
  foldedStub: '{count} turns by other speakers folded',
  foldedStub_one: '1 turn by another speaker folded',

  factDate: 'Date',
  factStatus: 'Status',
  factOpened: 'Opened',
  factClosed: 'Closed',
  factChair: 'Chair',
  factCommittees: 'Committee',
  unknown: 'unknown',
  inProgress: 'in progress',
  statusWarning: '{status}: do not quote verbatim',
  outlineHeading: 'Course of the debate',
  outlineEmpty: 'No outline found.',
  outlineHeader: 'Start of the record',
  outlineChair: 'Chair: {name}',
  outlineSuspension: 'Suspended {from}–{until}',
  outlineSuspensionBare: 'Suspended',
  outlineCommitments: 'Commitments ({count})',
  outlineCommitments_one: 'Commitment (1)',
  phase1kamer: 'First round: members',
  phase1regering: 'First round: government',
  phase2kamer: 'Second round: members',
  phase2regering: 'Second round: government',
  phaseNkamer: 'Round {n}: members',
  phaseNregering: 'Round {n}: government',

  helpTitle: 'Keyboard shortcuts',
  helpClose: 'Close',
  helpNote: 'Shortcuts are ignored while you type in a field. Escape closes this sheet.',
  sc_nextTurn: 'Next turn',
  sc_prevTurn: 'Previous turn',
  sc_nextSame: 'Next turn of the same speaker',
  sc_prevSame: 'Previous turn of the same speaker',
  sc_toggleOverlay: 'Open or collapse Kamerlezer',
  sc_help: 'Show or hide shortcuts',

  optionsTitle: 'Kamerlezer – settings',
  optionsFeatures: 'Features',
  feature_speakers: 'Speakers',
  feature_outline: 'Outline',
  feature_terms: 'Terms',
  feature_commitments: 'Commitments',
  feature_questions: 'Questions',
  feature_readingList: 'Reading list',
  optionsLanguage: 'Language',
  langName_nl: 'Nederlands',
  langName_en: 'English',
  optionsShortcuts: 'Keyboard shortcuts',
  shortcutHint: 'Focus a field and press one key (without Ctrl, Alt or Cmd).',
  shortcutConflict: 'This key is already used for: {action}',
  optionsApply: 'Changes apply at once, also in tabs that are already open.',
  optionsReset: 'Restore defaults',
  saved: 'Saved.',
  saveError: 'Saving failed.',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { nl, en };

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from
 * `vars`. When `vars.count` is 1 and a `<key>_one` exists, that singular form
 * is used, so callers need no plural logic of their own. Unknown languages
 * fall back to Dutch.
 */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const table = MESSAGES[lang] ?? MESSAGES.nl;
  const singular = `${key}_one` as MessageKey;
  const useOne = vars !== undefined && Number(vars.count) === 1 && singular in table;
  const template = useOne ? table[singular] : table[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}
