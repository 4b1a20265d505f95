import { translator } from './translate';
import { formatDay, parseDay } from './dates';
/**
 * Strings of the reading-list popup. Dutch is the default. Same conventions
 * as `overlay.ts`: `{name}` placeholders, and a key ending in `_one` is the
 * singular twin of the key without it (used when `count` is 1).
 */

export type { Lang } from './translate';
import type { Lang } from './translate';

const nl = {
  title: 'Leeslijst',
  loading: 'Leeslijst laden…',
  loadingAll: 'de rest wordt nog geladen…',
  searchLabel: 'Zoeken',
  searchPlaceholder: 'Tekst, notitie, spreker, debat of tag',
  filters: 'Filters',
  speaker: 'Spreker',
  party: 'Partij',
  tag: 'Tag',
  any: 'Alle',
  count: '{count} passages',
  count_one: '1 passage',
  shown: '{shown} van {count} getoond',
  showMore: 'Meer tonen',
  empty: 'Nog niets bewaard. Selecteer tekst in een verslag en kies "Bewaar in leeslijst".',
  noResults: 'Geen passages gevonden.',
  quarantined: '{count} bewaarde passages konden niet worden gelezen; ze zijn apart gezet, niet verwijderd.',
  quarantined_one: '1 bewaarde passage kon niet worden gelezen; ze is apart gezet, niet verwijderd.',
  committee: 'Commissiedebat',
  plenary: 'Plenair debat',
  senate: 'Eerste Kamer',
  unknownDate: 'datum onbekend',
  unknownSpeaker: 'spreker onbekend',
  minister: 'minister',
  stateSecretary: 'staatssecretaris',
  chair: 'voorzitter',
  open: 'Openen',
  openLabel: 'Open passage in het verslag',
  edit: 'Notitie en tags',
  note: 'Notitie',
  tags: 'Tags',
  tagsHint: 'Gescheiden door komma’s',
  save: 'Bewaren',
  cancel: 'Annuleren',
  delete: 'Verwijderen',
  deleted: 'Passage verwijderd.',
  undo: 'Ongedaan maken',
  restored: 'Passage teruggezet.',
  exportHeading: 'Exporteren en importeren',
  exportMarkdown: 'Markdown',
  exportJson: 'JSON',
  exportLabel: 'Exporteer {count} passages als {kind}',
  importJson: 'Importeer JSON',
  imported: '{added} toegevoegd, {merged} samengevoegd.',
  importFailed: 'Importeren mislukt: {message}',
  savedOn: 'bewaard {date}',
};

export type ReadingListKey = keyof typeof nl;

const en: Record<ReadingListKey, string> = {
  title: 'Reading list',
  loading: 'Loading reading list…',
  loadingAll: 'still loading the rest…',
  searchLabel: 'Search',
  searchPlaceholder: 'Text, note, speaker, debate or tag',
  filters: 'Filters',
  speaker: 'Speaker',
  party: 'Party',
  tag: 'Tag',
  any: 'All',
  count: '{count} passages',
  count_one: '1 passage',
  shown: '{shown} of {count} shown',
  showMore: 'Show more',
  empty: 'Nothing saved yet. Select text in a transcript and choose "Bewaar in leeslijst".',
  noResults: 'No passages found.',
  quarantined: '{count} saved passages could not be read; they were set aside, not deleted.',
  quarantined_one: '1 saved passage could not be read; it was set aside, not deleted.',
  committee: 'Committee debate',
  plenary: 'Plenary debate',
  senate: 'Senate (Eerste Kamer)',
  unknownDate: 'date unknown',
  unknownSpeaker: 'speaker unknown',
  minister: 'minister',
  stateSecretary: 'state secretary',
  chair: 'chair',
  open: 'Open',
  openLabel: 'Open passage in the transcript',
  edit: 'Note and tags',
  note: 'Note',
  tags: 'Tags',
  tagsHint: 'Separated by commas',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleted: 'Passage deleted.',
  undo: 'Undo',
  restored: 'Passage restored.',
  exportHeading: 'Export and import',
  exportMarkdown: 'Markdown',
  exportJson: 'JSON',
  exportLabel: 'Export {count} passages as {kind}',
  importJson: 'Import JSON',
  imported: '{added} added, {merged} merged.',
  importFailed: 'Import failed: {message}',
  savedOn: 'saved {date}',
};

export const READING_LIST_TEXT: Record<Lang, Record<ReadingListKey, string>> = { nl, en };

/** The string for `key` in `lang` (see `translator`). */
export const rt = translator<ReadingListKey>(READING_LIST_TEXT);

/** A date-only ISO string ("2026-03-03") as "3 maart 2026" / "3 March 2026"; time zone independent. */
export function formatDate(lang: Lang, iso: string | null): string {
  if (!iso) return rt(lang, 'unknownDate');
  const day = parseDay(iso);
  return day ? formatDay(day, lang) : rt(lang, 'unknownDate');
}
