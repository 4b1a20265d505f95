import type { Tok } from './promise-to-act';
import { mayNameTime } from './deadline';
import { ANNOUNCED, CLAUSE_START, VEHICLE } from './verb-classes';

/**
 * Promises with a thing as the subject, for the time path of in-debate.ts (the caller asks for a time to come and
 * reads negation and hedges): a document of the government's that will be there or move on ("De handreiking ligt er
 * voor 1 oktober", "Het wetsvoorstel gaat in het voorjaar naar de Raad van State"), in the sentence's first clause,
 * its subject first; or one made in the passive ("Dit najaar wordt er een handreiking gemaakt"). Two forms were tried
 * and dropped after reviews: a pilot that starts ("In januari start een proef
 * …": whose pilot it is is not said) and an act in the passive ("De aanvraag wordt vanaf 1 januari … afgehandeld": its
 * words do not tell the government's act from a court's, a match or this debate's votes).
 */

/** A determiner that opens the subject: "het wetsvoorstel", "dat wetsvoorstel", "onze handreiking". */
const OPENS_SUBJECT = /^(?:de|het|een|dat|die|deze|dit|ons|onze|mijn)$/u;
/** The documents a member of government sends or makes: the announced ones, and a bill or a rule. */
const DOCUMENT = /(?:wetsvoorstel|wet|regeling|besluit|amvb)$/u;
/** Past, ongoing or done: "al sinds vorige week", "inmiddels", "nog steeds". */
const NOT_TO_COME = /^(?:sinds|al|inmiddels|reeds|nog|steeds|vorig|vorige|afgelopen|eerder|nu)$/u;
/**
 * Not in the subject: a verb or a second member ("de normen zijn … vastgelegd en …"), or "van" (whose it is: "het
 * wetsvoorstel van de heer Jansen", "het rapport van de Rekenkamer" are others').
 */
const NOT_IN_SUBJECT = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|moet|moeten|zal|zullen|en|of|van)$/u;
/** A hedge or a condition: "ligt er waarschijnlijk pas …", "…, als de Kamer daarmee instemt". */
const UNSURE = /^(?:waarschijnlijk|vermoedelijk|verwachting|hopelijk|wellicht|misschien|pas|als|indien|mits|tenzij|zodra)$/u;

/** Whether the verb at `v` follows a document the sentence opens with (a determiner, then up to six words), in its first clause. */
function documentBefore(ts: readonly Tok[], v: number): boolean {
  if (v < 2 || v > 8 || !OPENS_SUBJECT.test(ts[0]!.w)) return false;
  const subject = ts.slice(1, v);
  return subject.every((t) => t.clause === ts[0]!.clause && !CLAUSE_START.has(t.w) && !NOT_IN_SUBJECT.test(t.w)) && subject.some((t) => ANNOUNCED.test(t.w) || DOCUMENT.test(t.w));
}
/** The words of the clause of `v` after it, with a time among them (the time must be the thing's, not another clause's). */
function timedRest(ts: readonly Tok[], v: number): string[] | null {
  const rest = ts.slice(v + 1).filter((t) => t.clause === ts[v]!.clause).map((t) => t.w);
  return rest.some((w) => NOT_TO_COME.test(w)) || !mayNameTime(rest.join(' ')) ? null : rest;
}

/** Index of the verb of a document that will be there ("ligt er", "ligt … bij de Kamer") or go on ("gaat … naar", "gaat … in consultatie"), or -1. */
export function documentMovesAt(ts: readonly Tok[]): number {
  const v = ts.findIndex((t) => /^(?:ligt|liggen|gaat|gaan)$/u.test(t.w));
  if (v < 0 || !documentBefore(ts, v)) return -1;
  const after = timedRest(ts, v);
  if (after === null || ts.some((t) => UNSURE.test(t.w))) return -1;
  // There, or with the Kamer ("ligt … bij de Kamer"; not "bij de Eerste Kamer", a step of the procedure).
  const bij = after.indexOf('bij');
  const lies = ts[v]!.w.startsWith('l') && (after[0] === 'er' || (bij >= 0 && /^(?:de|uw)$/u.test(after[bij + 1] ?? '') && after[bij + 2] === 'kamer'));
  // Not "gaat over" (is about).
  const goes = ts[v]!.w.startsWith('g') && after[0] !== 'over' && (after.includes('naar') || after.some((w) => w.endsWith('consultatie')));
  return lies || goes ? v : -1;
}

const HABIT = /^(?:elk|elke|ieder|iedere|jaarlijks|altijd|steeds|telkens|gewoonlijk|doorgaans)$/u;
/** Participles of a document written, made or sent. */
const MADE = /^(?:gemaakt|opgesteld|geschreven|ontwikkeld|uitgewerkt|gestuurd|verstuurd|toegestuurd)$/u;
/**
 * Index of the participle of a document made in the passive ("Dit najaar wordt er voor scholen een handreiking
 * gemaakt", "De handreiking wordt voor de zomer opgesteld"), or -1: "wordt/worden", a document of the kinds the
 * government sends and a participle of making in its clause, a time; not on a condition. (The caller leaves out one
 * made by someone named or someone else's: othersDocument in delivery.ts.)
 */
export function documentMadeAt(ts: readonly Tok[]): number {
  const aux = ts.findIndex((t) => t.w === 'wordt' || t.w === 'worden');
  // Not a habit ("Elk jaar wordt er …"), nor made somewhere else ("in Brussel", "in elke gemeenteraad").
  if (aux < 0 || ts.some((t) => UNSURE.test(t.w) || HABIT.test(t.w)) || ts.some((t, j) => t.w === 'in' && /^(?:brussel|elke|iedere|alle)$/u.test(ts[j + 1]?.w ?? ''))) return -1;
  const c = ts[aux]!.clause;
  const inClause = (j: number) => ts[j]!.clause === c;
  const made = ts.findIndex((t, j) => j > aux && inClause(j) && MADE.test(t.w));
  const doc = ts.findIndex((t, j) => inClause(j) && (ANNOUNCED.test(t.w) || VEHICLE.test(t.w)));
  if (made < 0 || doc < 0) return -1;
  return timedRest(ts, aux) === null && !timedBefore(ts, aux) ? -1 : made;
}
/** A time before the verb in its clause ("Dit najaar wordt er …"). */
const timedBefore = (ts: readonly Tok[], v: number): boolean => mayNameTime(ts.slice(0, v).filter((t) => t.clause === ts[v]!.clause).map((t) => t.w).join(' '));

