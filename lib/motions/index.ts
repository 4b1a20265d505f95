import { fold } from '../text/fold';
import { motionParagraphs, motionParts } from '../transcript/motion-parts';
import { motionsOf } from '../transcript/motions-in-text';
import type { Motion, Transcript } from '../transcript/model';
import { findJudgements } from './judgements';
import type { MotionsAnalysis } from './model';

/** The motion's paragraphs as offsets into the transcript text. */
function motionSpan(t: Transcript, m: Motion): { start: number; end: number } {
  const turn = t.turns[m.turnIndex];
  if (!turn) return { start: 0, end: 0 };
  let start = turn.start;
  for (let p = 0; p < m.paragraphStart; p++) start += (turn.paragraphs[p]?.length ?? 0) + 1;
  let end = start;
  for (let p = m.paragraphStart; p < m.paragraphEnd; p++) end += (turn.paragraphs[p]?.length ?? 0) + (p > m.paragraphStart ? 1 : 0);
  return { start, end: Math.min(end, turn.end) };
}

/**
 * Every motion of the debate (marked by the source or found in its text) as the Moties panel and `analyze` show it: its
 * request first, its considerations, its submitters resolved to the
 * debate's speakers (by surname, when exactly one member has it), and the
 * government's judgement when the debate holds one.
 */
export function analyzeMotions(t: Transcript): MotionsAnalysis {
  const bySurname = new Map<string, string[]>();
  for (const s of t.speakers) {
    if (s.role !== 'member') continue;
    const key = fold(s.name);
    bySurname.set(key, [...(bySurname.get(key) ?? []), s.id]);
  }
  const motions = motionsOf(t);
  const judgements = findJudgements(t, motions);
  return motions.map((m, index) => {
    const { considerations, request } = motionParts(motionParagraphs(t, m));
    const submitters = m.submitters.map((name) => {
      const ids = bySurname.get(fold(name)) ?? [];
      return { name, speakerId: ids.length === 1 ? ids[0]! : null };
    });
    return {
      index,
      turnIndex: m.turnIndex,
      title: m.title,
      number: m.number,
      kamerstuk: m.kamerstuk,
      submitters,
      request,
      considerations,
      ...motionSpan(t, m),
      judgement: judgements[index] ?? null,
    };
  });
}
