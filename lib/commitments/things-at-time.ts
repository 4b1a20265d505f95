import type { Tok } from './promise-to-act';
import { mayNameTime } from './deadline';
import { ANNOUNCED, CLAUSE_START } from './verb-classes';

/**
 * Promises with a thing as the subject, for the time path of in-debate.ts (the caller asks for a time to come and
 * reads negation and hedges): a document that will be there or move on ("De handreiking ligt er voor 1 oktober",
 * "Het wetsvoorstel gaat in het voorjaar naar de Raad van State") and an act in the passive ("De aanvraag wordt vanaf
 * 1 januari digitaal afgehandeld"). Both stand in the sentence's first clause, its subject first.
 */

/** A determiner that opens the subject: "het wetsvoorstel", "dat wetsvoorstel", "onze handreiking". */
const OPENS_SUBJECT = /^(?:de|het|een|dat|die|deze|dit|ons|onze|mijn)$/u;
/** The documents a member of government sends or makes: the announced ones, and a bill or a rule. */
const DOCUMENT = /(?:wetsvoorstel|wet|regeling|besluit|amvb)$/u;
/** Past, ongoing or done: "al sinds vorige week", "inmiddels", "nog steeds". */
const NOT_TO_COME = /^(?:sinds|al|inmiddels|reeds|nog|steeds|vorig|vorige|afgelopen|eerder|nu)$/u;
/** A verb or a second member in the subject: "de normen zijn in de wet vastgelegd en worden …" is no subject. */
const NOT_IN_SUBJECT = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|moet|moeten|zal|zullen|en|of)$/u;
/** What is expected or thought, not done: "de resultaten worden eind dit jaar verwacht". */
const NOT_AN_ACT = /^(?:verwacht|gedacht|verondersteld|geschat|geraamd|geacht|gezien|genoemd|voorzien|gevreesd|gehoopt|bekend)$/u;
/** A participle: "afgehandeld", "aangevraagd", "verlaagd", "ingevoerd" (a particle before "ge" allowed). */
const PARTICIPLE = /^(?:(?:aan|af|op|in|uit|door|na|mee|toe|terug|over|voor|weg|bij|vast)?ge\p{L}{2,}[dt]|(?:be|ver|ont|her|er)\p{L}{2,}[dt])$/u;

/** Whether the verb at `v` follows a subject the sentence opens with (a determiner, then up to six words, one a thing), in its first clause. */
function subjectBefore(ts: readonly Tok[], v: number, isThing: (w: string) => boolean): boolean {
  if (v < 2 || v > 8 || !OPENS_SUBJECT.test(ts[0]!.w)) return false;
  const subject = ts.slice(1, v);
  return subject.every((t) => t.clause === ts[0]!.clause && !CLAUSE_START.has(t.w) && !NOT_IN_SUBJECT.test(t.w)) && subject.some((t) => isThing(t.w));
}
/** The words of the clause of `v` after it, with a time among them (the time must be the thing's, not another clause's). */
function timedRest(ts: readonly Tok[], v: number): string[] | null {
  const rest = ts.slice(v + 1).filter((t) => t.clause === ts[v]!.clause).map((t) => t.w);
  return rest.some((w) => NOT_TO_COME.test(w)) || !mayNameTime(rest.join(' ')) ? null : rest;
}

/** Index of the verb of a document that will be there ("ligt er", "ligt … bij de Kamer") or go on ("gaat … naar", "gaat … in consultatie"), or -1. */
export function documentMovesAt(ts: readonly Tok[]): number {
  const v = ts.findIndex((t) => /^(?:ligt|liggen|gaat|gaan)$/u.test(t.w));
  if (v < 0 || !subjectBefore(ts, v, (w) => ANNOUNCED.test(w) || DOCUMENT.test(w))) return -1;
  const after = timedRest(ts, v);
  if (after === null) return -1;
  const lies = ts[v]!.w.startsWith('l') && (after[0] === 'er' || after.includes('bij'));
  // Not "gaat over" (is about).
  const goes = ts[v]!.w.startsWith('g') && after[0] !== 'over' && (after.includes('naar') || after.some((w) => w.endsWith('consultatie')));
  return lies || goes ? v : -1;
}

/** Index of "wordt/worden" of an act in the passive, its participle ending the first clause ("… wordt … afgehandeld"), or -1. */
export function passiveActAt(ts: readonly Tok[]): number {
  const v = ts.findIndex((t) => t.w === 'wordt' || t.w === 'worden');
  if (v < 0 || !subjectBefore(ts, v, () => true)) return -1;
  const rest = timedRest(ts, v);
  const last = rest?.at(-1) ?? '';
  return PARTICIPLE.test(last) && !NOT_AN_ACT.test(last) ? v : -1;
}
