import { fold } from '../text/fold';
import { blocked, HEDGE, negates, underWay } from './clauses';
import { findDeadlines } from './deadline';
import { presentActAt, routineSaid } from './present-acts';
import type { Tok } from './promise-to-act';
import { someoneActsAt } from './others-act';
import { documentMadeAt, documentMovesAt } from './things-at-time';
import { othersDocument } from './delivery';

/** Times that are this debate's own. */
export const TODAY = /^(?:vandaag|vanochtend|vanmiddag|vanavond|nu)$/u;

/** An act in the present with a time said ("Ik bel de burgemeester morgen"; a thing as subject: things-at-time.ts), not negated or hedged in its clause. */
export function actsAtTime(ts: Tok[], sentence: string, debateDate: string | null): boolean {
  let at = presentActAt(ts);
  // "Ik kom graag naar Barneveld": a visit accepted gladly needs no time said (not on a condition).
  // Not to whom one speaks ("naar u toe om dat uit te leggen"), nor with a doubt anywhere ("…, al weet ik niet of …").
  // Also going along with a member ("ik ga graag met hem / mevrouw Kat mee naar …"), not with one's own ("mijn kinderen").
  const withMember = (k: number) => ts[k]!.w === 'met' && /^(?:hem|haar|u|de|mevrouw|collega)$/u.test(ts[k + 1]?.w ?? '') && ts.some((t) => t.clause === ts[at]!.clause && t.w === 'mee');
  const gladVisit =
    at >= 0 &&
    (/^(?:kom|komen)$/u.test(ts[at]!.w) || (/^(?:ga|gaan)$/u.test(ts[at]!.w) && ts.some((t, k) => t.clause === ts[at]!.clause && withMember(k)))) &&
    ts.some((t) => t.clause === ts[at]!.clause && t.w === 'graag') &&
    !routineSaid(ts) &&
    // Nor a liking with its reason ("…, want daar ben ik opgegroeid").
    !ts.some((t, k) => /^(?:als|indien|mits|tenzij|mocht|al|niet|geen|nooit|want|omdat)$/u.test(t.w) || (t.w === 'naar' && /^(?:u|jullie|hem|haar|hen)$/u.test(ts[k + 1]?.w ?? '')));
  if (gladVisit) return atTime(ts, at, sentence, debateDate, false);
  if (at < 0) at = someoneActsAt(ts);
  // A thing as subject, when the speaker's own act (if any) does not promise.
  return atTime(ts, at, sentence, debateDate) || atTime(ts, documentMovesAt(ts), sentence, debateDate) || atTime(ts, othersDocument(sentence) ? -1 : documentMadeAt(ts), sentence, debateDate);
}
function atTime(ts: Tok[], at: number, sentence: string, debateDate: string | null, needsTime = true): boolean {
  if (at < 0 || blocked(ts, at) || underWay(ts, at)) return false;
  const words = ts.map((t) => t.w);
  if (ts.some((t, k) => t.clause === ts[at]!.clause && (negates(words, k) || HEDGE.has(t.w)))) return false;
  if (!needsTime) return true;
  const we = ts[at - 1]?.w === 'we' || ts[at - 1]?.w === 'wij' || ts[at + 1]?.w === 'we' || ts[at + 1]?.w === 'wij';
  // "We spreken vandaag over …": today is this debate. "We betalen volgend jaar meer rente": with "we", a year is a
  // forecast more often than a promise; a nearer time is still a promise ("We bezoeken volgende week …").
  return findDeadlines(sentence, debateDate).some((d) => !TODAY.test(fold(d.text)) && !(we && /(?<![\p{L}])jaar(?![\p{L}])|\d{4}/u.test(d.text)));
}
