import type { MapKey } from '../map';

/** English strings of lib/i18n/map.ts (installed late: see translate.ts installLanguage). */
export const map: Record<MapKey, string> = {
  mapTab: 'Map',
  mapPending: 'The map appears once the whole report has been read.',
  mapLabel: 'Debate map: the whole debate, one block per turn',
  mapHelp: 'Up and down arrows: turn by turn; Page Up and Page Down: ten at a time; Enter: go to the turn.',
  mapTurn: 'Turn {n} of {total}: {who}',
  chair: 'Chair',
  government: 'Government',
  unknownParty: 'Unknown party',
  legend: 'Legend',
  'mark_chair-change': 'change of chair',
  mark_suspension: 'suspension',
  mark_interruption: 'interruption',
  mark_commitment: 'commitment',
  'mark_open-question': 'open question',
  mark_motion: 'motion',
  words: '{count} words',
  words_one: '1 word',
};
