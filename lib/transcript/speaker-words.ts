import type { Transcript } from './model';
import { wordCount } from './words';

/**
 * How much each speaker said: the one definition every view uses (the
 * speaker panel, the questions statistics, `analyze`). A chair's turns are
 * counted apart from the same person's own speech; the share is of the words
 * spoken outside the chair, so chairing a long day does not make the chair
 * the main speaker.
 */
export interface SpeakerWords {
  /** Turns spoken as oneself, and as chair. */
  turns: number;
  chairTurns: number;
  /** Words spoken as oneself, and as chair. */
  words: number;
  chairWords: number;
  /** `words` over all words spoken outside the chair, 0..1. */
  share: number;
}

/**
 * Per speaker id, for every speaker of the transcript (zeros for one who never
 * spoke). `wordsPerTurn`, when the parser counted them, saves the count.
 */
export function speakerWords(t: Transcript, wordsPerTurn?: readonly number[]): Map<string, SpeakerWords> {
  const out = new Map<string, SpeakerWords>(t.speakers.map((s) => [s.id, { turns: 0, chairTurns: 0, words: 0, chairWords: 0, share: 0 }]));
  const counted = wordsPerTurn?.length === t.turns.length ? wordsPerTurn : null;
  let total = 0;
  for (const turn of t.turns) {
    const row = out.get(turn.speakerId);
    if (!row) continue;
    const words = counted ? counted[turn.index]! : wordCount(t.text, turn.start, turn.end);
    if (turn.asChair) {
      row.chairTurns++;
      row.chairWords += words;
    } else {
      row.turns++;
      row.words += words;
      total += words;
    }
  }
  for (const row of out.values()) row.share = total > 0 ? row.words / total : 0;
  return out;
}
