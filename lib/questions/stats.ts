import { wordCount } from '../analyze';
import { speakerWords } from '../transcript/speaker-words';
import type { Transcript, Turn } from '../transcript/model';
import type { Question, SpeakerStats } from './model';
import { fold } from '../text/fold';

/**
 * Per-speaker statistics for the speaker panel. A chair's turns are counted
 * apart from the same person's own speech, and the share of the debate is
 * of the words spoken outside the chair.
 */

/** A short chair turn that gives the floor for an interruption: "Een vervolgvraag.", "Een laatste vraag.", "interruptie van …". */
const GIVES_INTERRUPTION = /\b(?:vervolgvraag|vervolginterruptie|interruptie|laatste vraag)\b/;
const SHORT_CHAIR = 30; // words

/**
 * The speaker a member's turn interrupts: the model's `interrupts`, or —
 * when the chair has just given the floor for a follow-up — the last other
 * speaker. Government and chair turns do not interrupt.
 */
export function interrupted(t: Transcript, turn: Turn, roleOf: Map<string, string>): string | null {
  if (turn.asChair || roleOf.get(turn.speakerId) !== 'member') return null;
  if (turn.interrupts) return turn.interrupts;
  const chair = t.turns[turn.index - 1];
  if (!chair?.asChair) return null;
  const said = t.text.slice(chair.start, chair.end);
  if (wordCount(said) > SHORT_CHAIR || !GIVES_INTERRUPTION.test(fold(said))) return null;
  for (let i = chair.index - 1; i >= 0; i--) {
    const x = t.turns[i]!;
    if (!x.asChair) return x.speakerId === turn.speakerId ? null : x.speakerId;
  }
  return null;
}

/** One entry per speaker, in the transcript's speaker order. Linear in the turns. */
export function speakerStats(t: Transcript, questions: readonly Question[]): SpeakerStats[] {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role as string]));
  const rows = new Map<string, SpeakerStats>(
    t.speakers.map((s) => [
      s.id,
      { speakerId: s.id, turns: 0, chairTurns: 0, words: 0, chairWords: 0, share: 0, interruptionsMade: 0, interruptionsReceived: 0, questionsAsked: 0, questionsAnswered: 0 },
    ]),
  );
  for (const [id, said] of speakerWords(t)) Object.assign(rows.get(id)!, said);
  for (const turn of t.turns) {
    const row = rows.get(turn.speakerId);
    if (!row || turn.asChair) continue;
    const target = interrupted(t, turn, roleOf);
    if (target) {
      row.interruptionsMade++;
      const other = rows.get(target);
      if (other) other.interruptionsReceived++;
    }
  }
  for (const q of questions) {
    const row = rows.get(q.askerId);
    if (!row) continue;
    row.questionsAsked++;
    if (q.status === 'answered') row.questionsAnswered++;
  }
  return [...rows.values()];
}
