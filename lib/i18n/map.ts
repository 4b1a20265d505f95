import { translator, type Lang } from './translate';

/** Strings of the debate map; conventions as in `overlay.ts`. */
const nl = {
  mapTab: 'Kaart',
  mapLabel: 'Debatkaart: het hele debat, een blok per beurt',
  mapHelp: 'Pijltjes omhoog en omlaag: beurt voor beurt; Page Up en Page Down: tien tegelijk; Enter: ga naar de beurt.',
  mapTurn: 'Beurt {n} van {total}: {who}',
  chair: 'Voorzitter',
  government: 'Kabinet',
  unknownParty: 'Onbekende partij',
  legend: 'Legenda',
  'mark_chair-change': 'voorzitterswissel',
  mark_suspension: 'schorsing',
  mark_interruption: 'interruptie',
  mark_commitment: 'toezegging',
  'mark_open-question': 'open vraag',
  mark_motion: 'motie',
  words: '{count} woorden',
  words_one: '1 woord',
};
type MapKey = keyof typeof nl;

const en: Record<MapKey, string> = {
  mapTab: 'Map',
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

export const MAP_MESSAGES: Record<Lang, Record<MapKey, string>> = { nl, en };
export const t = translator<MapKey>(MAP_MESSAGES);
