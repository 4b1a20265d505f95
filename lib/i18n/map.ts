import { lateTranslator, type Lang } from './translate';

/** Strings of the debate map; conventions as in `overlay.ts`. */
const nl = {
  mapTab: 'Kaart',
  mapPending: 'De kaart verschijnt zodra het hele verslag gelezen is.',
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
export type MapKey = keyof typeof nl;


export const t = lateTranslator<MapKey>('map', nl);
