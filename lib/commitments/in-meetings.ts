import { NEGATION, SUBJECT } from './clauses';
import type { Tok } from './promise-to-act';

/**
 * A point put forward or proposed by the speaker in a named meeting: "Dat standpunt breng ik in de Raad naar voren",
 * "In de Raad stel ik … voor om …", "Dat breng ik in het overleg met de provincies naar voren". General Dutch: the
 * verb with the speaker in its clause, and "in" a meeting (a council, talks, a meeting, a summit), in the present,
 * with no negation, hedge, condition or past; not "hier" (this debate) and not someone else proposing.
 */

const MEETING = /^(?:raad|overleg|gesprek|gesprekken|vergadering|top|bijeenkomst|besprekingen|onderhandelingen)$/u;
const PUTS = /^(?:breng|brengen|stel|stellen)$/u;
const UNSURE = /^(?:misschien|wellicht|eventueel|als|indien|mits|mocht|hier|altijd|heb|hebben|had|bracht|brachten|stelde|stelden|gebracht|gesteld)$/u;

/** "in" and, within three words, a meeting: "in de Raad", "in het overleg met …". */
const inMeeting = (ts: readonly Tok[]): boolean => ts.some((t, i) => t.w === 'in' && ts.slice(i + 1, i + 4).some((m) => MEETING.test(m.w)));

export function putForwardInMeeting(ts: readonly Tok[]): boolean {
  if (!inMeeting(ts) || ts.some((t) => NEGATION.has(t.w) || UNSURE.test(t.w))) return false;
  return ts.some((t, v) => {
    if (!PUTS.test(t.w)) return false;
    const c = t.clause;
    // The speaker next to the verb (its subject, either side), and the particle that makes it putting forward.
    const own = SUBJECT.has(ts[v - 1]?.w ?? '') || SUBJECT.has(ts[v + 1]?.w ?? '');
    const after = ts.slice(v + 1).filter((x) => x.clause === c).map((x) => x.w);
    const forward = /^br/u.test(t.w) ? after.some((w, k) => w === 'naar' && after[k + 1] === 'voren') : after.includes('voor');
    return own && forward;
  });
}
