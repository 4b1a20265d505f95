import type { Verdict } from '../motions/model';
import { translator, type Lang } from './translate';

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
type MotionKey = keyof typeof nl;

const en: Record<MotionKey, string> = {
  motionsTab: 'Motions',
  motionsCount: '{count} motions',
  motionsCount_one: '1 motion',
  motionsNone: 'No motions were submitted in this report.',
  motionTitle: 'Motion no. {number}',
  motionUntitled: 'Motion',
  motionDossier: 'Parliamentary paper {kamerstuk}',
  submittedBy: 'Submitted by',
  groupUnknown: 'Submitters not known',
  considerations: 'Considerations ({count})',
  considerations_one: 'Consideration (1)',
  judgement: 'Government’s judgement',
  judgementNone: 'No judgement found in this debate',
  judgementChanged: 'first: {verdict}',
  toMotion: 'Go to the motion (turn {n})',
  toJudgement: 'Go to the judgement (turn {n})',
  saveMotion: 'Save to reading list',
  copyMotion: 'Copy as quotation',
  filterAll: 'All judgements',
  filterLabel: 'Show motions judged',
  verdict_none: 'no judgement',
  'verdict_oordeel-kamer': 'left to the House',
  verdict_ontraden: 'advised against',
  verdict_overnemen: 'taken over',
  verdict_aanhouden: 'asked to hold',
  verdict_ontijdig: 'premature',
  'verdict_ondersteuning-beleid': 'supports policy',
  verdict_overbodig: 'superfluous',
  verdict_intrekken: 'asked to withdraw',
  citeBy: 'by {who}',
  citeJudgement: 'judgement: {verdict}',
};

export const MOTION_MESSAGES: Record<Lang, Record<MotionKey, string>> = { nl, en };

/** The string for `key` in `lang` (see `translator`). */
export const t = translator<MotionKey>(MOTION_MESSAGES);

/** A verdict in words ("oordeel Kamer", "left to the House"); null is "no judgement". */
export const verdictWords = (lang: Lang, v: Verdict | null): string => t(lang, `verdict_${v ?? 'none'}`);
