import type { Verdict } from '../motions/model';
import { lateTranslator, type Lang } from './translate';

/** Strings of the Moties panel and a motion's citation; conventions as in `overlay.ts`. */
const nl = {
  motionsTab: 'Moties',
  motionsCount: '{count} moties',
  motionsCount_one: '1 motie',
  motionsNone: 'In dit verslag zijn geen moties ingediend.',
  motionTitle: 'Motie nr. {number}',
  motionUntitled: 'Motie',
  motionDossier: 'Kamerstuk {kamerstuk}',
  submittedBy: 'Ingediend door',
  groupUnknown: 'Indieners niet bekend',
  considerations: 'Overwegingen ({count})',
  considerations_one: 'Overweging (1)',
  judgement: 'Oordeel kabinet',
  judgementNone: 'Geen oordeel gevonden in dit debat',
  judgementChanged: 'eerst: {verdict}',
  toMotion: 'Naar de motie (beurt {n})',
  toJudgement: 'Naar het oordeel (beurt {n})',
  saveMotion: 'Bewaar in leeslijst',
  copyMotion: 'Kopieer als citaat',
  filterAll: 'Alle oordelen',
  filterLabel: 'Toon moties met oordeel',
  verdict_none: 'geen oordeel',
  'verdict_oordeel-kamer': 'oordeel Kamer',
  verdict_ontraden: 'ontraden',
  verdict_overnemen: 'overgenomen',
  verdict_aanhouden: 'aanhouden gevraagd',
  verdict_ontijdig: 'ontijdig',
  'verdict_ondersteuning-beleid': 'ondersteuning van beleid',
  verdict_overbodig: 'overbodig',
  verdict_intrekken: 'intrekken gevraagd',
  citeBy: 'van {who}',
  citeJudgement: 'oordeel: {verdict}',
};
export type MotionKey = keyof typeof nl;



/** The string for `key` in `lang` (see `translator`). */
export const t = lateTranslator<MotionKey>('motions', nl);

/** A verdict in words ("oordeel Kamer", "left to the House"); null is "no judgement". */
export const verdictWords = (lang: Lang, v: Verdict | null): string => t(lang, `verdict_${v ?? 'none'}`);
