import { translator, type Lang } from './translate';

/** Strings of the popup's "Toezeggingen" list (the commitments tracker); conventions as in `overlay.ts`. */
const nl = {
  viewPassages: 'Leeslijst',
  viewFollowed: 'Toezeggingen',
  views: 'Lijsten',
  followedNone: 'Je volgt nog geen toezeggingen. Kies "Volg deze toezegging" in het paneel Toezeggingen van een verslag.',
  followedCount: '{count} gevolgde toezeggingen',
  followedCount_one: '1 gevolgde toezegging',
  overdueCount: '{count} te laat',
  invalid: '{count} onleesbare toezeggingen overgeslagen.',
  invalid_one: '1 onleesbare toezegging overgeslagen.',
  filterMinister: 'Bewindspersoon',
  filterArea: 'Beleidsterrein',
  filterAll: 'Alle',
  deadline: 'Termijn',
  deadlineNone: 'geen termijn genoemd',
  deadlineBy: 'uiterlijk {date}',
  status_open: 'open',
  'status_due-soon': 'binnenkort',
  status_overdue: 'te laat',
  status_done: 'gedaan',
  markDone: 'Gedaan',
  note: 'Notitie',
  openDebate: 'Naar het debat',
  unfollow: 'Niet meer volgen',
  exportMarkdown: 'Exporteer als Markdown',
  exportCalendar: 'Exporteer naar agenda (.ics)',
  loading: 'Laden…',
};
type FollowedKey = keyof typeof nl;

const en: Record<FollowedKey, string> = {
  viewPassages: 'Reading list',
  viewFollowed: 'Commitments',
  views: 'Lists',
  followedNone: 'You follow no commitments yet. Choose "Follow this commitment" in a report’s Commitments panel.',
  followedCount: '{count} commitments followed',
  followedCount_one: '1 commitment followed',
  overdueCount: '{count} overdue',
  invalid: '{count} unreadable commitments skipped.',
  invalid_one: '1 unreadable commitment skipped.',
  filterMinister: 'Minister',
  filterArea: 'Policy area',
  filterAll: 'All',
  deadline: 'Deadline',
  deadlineNone: 'no deadline given',
  deadlineBy: 'by {date}',
  status_open: 'open',
  'status_due-soon': 'due soon',
  status_overdue: 'overdue',
  status_done: 'done',
  markDone: 'Done',
  note: 'Note',
  openDebate: 'Go to the debate',
  unfollow: 'Stop following',
  exportMarkdown: 'Export as Markdown',
  exportCalendar: 'Export to calendar (.ics)',
  loading: 'Loading…',
};

export const FOLLOWED_MESSAGES: Record<Lang, Record<FollowedKey, string>> = { nl, en };
export const t = translator<FollowedKey>(FOLLOWED_MESSAGES);
