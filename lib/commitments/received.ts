import type { Tok } from './promise-to-act';
import { SUBJECT } from './clauses';
import { ANNOUNCED, SUBORDINATING, VEHICLE } from './verb-classes';

/**
 * Who binds and what is received, for the delivery path of in-debate.ts: the speaker as the subject of a main clause,
 * a moment named by what comes next, and a new document the Kamer receives.
 */

/**
 * The speaker as the subject of a main clause: in "Als ik het goed heb, melden de gemeenten …" others report. After a
 * subordinate clause without a comma, the inverted second subject is the main clause's ("Als ik terug ben informeer ik …").
 */
export function speakerBinds(ts: readonly Tok[]): boolean {
  return ts.some((t, j) => {
    if (!SUBJECT.has(t.w)) return false;
    const sub = ts.findIndex((x, k) => k < j && x.clause === t.clause && SUBORDINATING.test(x.w));
    return sub < 0 || ts.some((x, k) => k > sub && k < j - 1 && x.clause === t.clause && SUBJECT.has(x.w));
  });
}

/** Routine, not a promise: "zoals u die elk jaar krijgt", "ieder jaar tegelijk met de begroting", "altijd", "telkens". */
const ROUTINE = /(?<![\p{L}])(?:(?:elk|elke|ieder|iedere) (?:jaar|maand|kwartaal|week|dag|keer|voorjaar|najaar|zomer|winter)(?![\p{L}])|(?:jaarlijks|altijd|steeds|telkens)(?![\p{L}])|zoals u (?:die|dat|het) )/u;
/**
 * A moment named by what comes next: "bij de (eerst)volgende rapportage", "tegelijk met het wetsvoorstel", "(stuur …) mee
 * met de Voorjaarsnota". Not the next part of this debate ("bij de volgende vraag").
 */
const NEXT_MOMENT = /(?<![\p{L}])(?:bij|met|in|vanaf) (?:de|het) (?:eerst)?volgende (?!(?:vraag|vragen|blok|blokje|punt|termijn|onderwerp|motie|moties|spreker)(?![\p{L}]))\p{L}/u;
/** "tegelijk met de handreiking", "mee met de Voorjaarsnota": with a document of the kinds announced, or the budget. */
const WITH_DOCUMENT = /(?<![\p{L}])(?:tegelijk|mee) met (?:de|het) (\p{L}+)(?![\p{L}])/u;
const withDocument = (folded: string): boolean => {
  const m = WITH_DOCUMENT.exec(folded);
  return m !== null && (ANNOUNCED.test(m[1]!) || /(?:begroting|nota)$/u.test(m[1]!));
};
/** A routine that starts now is promised: "u krijgt voortaan elk jaar …", "vanaf nu jaarlijks". */
const NEW_ROUTINE = /(?<![\p{L}])(?:voortaan|vanaf nu|van nu af aan)(?![\p{L}])/u;
// Not after "sinds": "Sinds vorig jaar krijgt u voortaan …" tells a routine that started. One copy, also for acts in the
// present, a point put on an agenda and a visit (present-acts.ts, in-meetings.ts, acts-at-time.ts: routineSaid).
export const routine = (folded: string): boolean => ROUTINE.test(folded) && (!NEW_ROUTINE.test(folded) || /(?<![\p{L}])sinds(?![\p{L}])/u.test(folded));
export const nextMoment = (folded: string): boolean => (NEXT_MOMENT.test(folded) || withDocument(folded)) && !routine(folded);

/** Senders that are the speaker's side: "een brief van mij", "… van het kabinet". */
const OWN_SENDER = /^(?:mij|ons|mijn|onze|het kabinet|de minister|de staatssecretaris|de regering)$/u;
/**
 * "U krijgt (nog) een brief": a new document to come from the speaker ("u krijgt de jaarverslagen" may be ones that
 * exist). Not one from another sender ("een brief van de Belastingdienst"), nor one sent as routine.
 */
export function newDocumentAt(ts: readonly Tok[], at: number): boolean {
  if (!/^(?:krijgt|ontvangt)$/u.test(ts[at]!.w)) return false;
  const c = ts[at]!.clause;
  const doc = ts.findIndex((t, j) => t.clause === c && [1, 2].some((d) => ts[j - d]?.w === 'een' && ts[j - d]!.clause === c) && VEHICLE.test(t.w));
  if (doc < 0) return false;
  const from = ts[doc + 1]?.w === 'van' ? [ts[doc + 2]?.w, `${ts[doc + 2]?.w} ${ts[doc + 3]?.w}`] : null;
  return (from === null || from.some((x) => OWN_SENDER.test(x ?? ''))) && !routine(ts.map((t) => t.w).join(' '));
}
