import { sentencesOfTurn } from '../text/sentences';
import type { Motion, Transcript } from '../transcript/model';
import type { Judgement, Verdict } from './model';
import { motionRef } from './refs';
import { verdictIn } from './verdicts';

const GOVERNMENT = new Set(['minister', 'state-secretary']);

/** "Ondersteuning van beleid" is a kind of "oordeel Kamer": one after the other is no change of mind. */
const KINDRED = new Set(['ondersteuning-beleid', 'oordeel-kamer']);
const sameMind = (a: Verdict, b: Verdict) => a === b || (KINDRED.has(a) && KINDRED.has(b));

/**
 * The government's judgement of each motion, in the order of `motions`
 * (null where none was found). A member of government goes through the
 * motions after they were submitted, naming each by number, submitter or
 * ordinal, or simply taking the next; a judgement said without naming a
 * motion belongs to the one under discussion, or else the next one not yet
 * judged. A later, firmer judgement of the same motion replaces the first
 * (kept as `changedFrom`); one said under a condition counts only when
 * nothing else was said.
 */
export function findJudgements(t: Transcript, motions: readonly Motion[]): (Judgement | null)[] {
  const out: (Judgement | null)[] = motions.map(() => null);
  const conditional: boolean[] = motions.map(() => false);
  if (motions.length === 0) return out;
  const roles = new Map(t.speakers.map((s) => [s.id, s.role]));
  const firstTurn = Math.min(...motions.map((m) => m.turnIndex));
  const nextOpen = (after: number) => {
    for (let i = after + 1; i < motions.length; i++) if (out[i] === null) return i;
    return null;
  };
  let current: number[] = [];
  for (const turn of t.turns.slice(firstTurn)) {
    if (turn.asChair || !GOVERNMENT.has(roles.get(turn.speakerId) ?? 'member')) continue;
    for (const s of sentencesOfTurn(turn)) {
      const text = t.text.slice(s.start, s.end);
      const found = verdictIn(text);
      const ref = motionRef(text, motions);
      if (ref?.kind === 'named') {
        // A motion already judged, named in passing ("zoals de motie van de heer X"), does not take over the discussion.
        const fresh = ref.indices.filter((i) => out[i] === null || conditional[i]);
        if (found || fresh.length > 0) current = found ? ref.indices : fresh;
      } else if (ref?.kind === 'next') {
        const n = nextOpen(current.length > 0 ? Math.max(...current) : -1);
        current = n === null ? [] : [n];
      }
      if (!found) continue;
      if (current.length === 0) {
        const n = nextOpen(-1);
        if (n === null) continue;
        current = [n];
      }
      for (const i of current) {
        const had = out[i] ?? null;
        const at = { speakerId: turn.speakerId, turnIndex: turn.index, start: s.start, end: s.end };
        if (had === null) {
          out[i] = { verdict: found.verdict, changedFrom: null, ...at };
          conditional[i] = found.conditional;
        } else if (found.conditional && !conditional[i]) {
          continue; // "als u haar aanpast, dan …": the judgement given stands until a firmer one
        } else if (!sameMind(had.verdict, found.verdict)) {
          out[i] = { verdict: found.verdict, changedFrom: conditional[i] ? had.changedFrom : (had.changedFrom ?? had.verdict), ...at };
          conditional[i] = found.conditional;
        } else {
          // The narrower of the two kindred judgements is kept, at its first place.
          if (found.verdict === 'ondersteuning-beleid') out[i] = { ...had, verdict: found.verdict };
          if (!found.conditional) conditional[i] = false;
        }
      }
    }
  }
  return out;
}
