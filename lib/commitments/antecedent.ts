import { foldedSlice } from '../text/folded-text';
import { fold } from '../text/fold';
import { splitSentences, type Span } from '../text/sentences';
import type { Transcript } from '../transcript/model';

/**
 * "Dat zeg ik toe." tells a reader nothing by itself: such a sentence points
 * back, and what it points to (the member's request, or the sentence before
 * it) is shown and cited with it.
 */

/** Where a sentence pointing back points: a sentence of some turn, as offsets into `Transcript.text`. */
export interface Antecedent extends Span {
  turnIndex: number;
}

const POINTS_BACK = /^(?:(?:ja|jazeker|zeker|prima|goed|akkoord|absoluut)[,.!]?\s*)?(?:ook |en )?(?:dat|dit|die|daar|datzelfde)(?![\p{L}])/u;
const MAX_WORDS = 8;

/** A short sentence whose object is "dat"/"dit"/"daar": "Dat zeg ik toe.", "Ja, dat doe ik.", "Ook dat zal ik doen." */
export function pointsBack(sentence: string): boolean {
  const f = fold(sentence);
  return POINTS_BACK.test(f) && (f.match(/[\p{L}\d]+/gu)?.length ?? 0) <= MAX_WORDS;
}

const REQUEST = /(?<![\p{L}])(?:bereid|toezeggen|toezegging|sturen|informeren|meenemen|mee|brief|overzicht|rapport|laten weten|terugkomen|opnemen|kan|wil|gaat)(?![\p{L}])/u;
const QUESTION = /\?["'”’)]*$/u;

/**
 * What the `k`-th sentence of turn `turnIndex` points back to: the sentence
 * before it in the same turn, or, for a turn's first sentence, the request
 * of the member who spoke before (the chair's "De minister." in between is
 * passed over): the last question asking for something, else the last
 * question, else null.
 */
export function antecedentOf(t: Transcript, turnIndex: number, k: number, spans: readonly Span[]): Antecedent | null {
  if (k > 0) return { turnIndex, ...spans[k - 1]! };
  for (let i = turnIndex - 1; i >= 0 && i >= turnIndex - 2; i--) {
    const turn = t.turns[i]!;
    if (turn.asChair) continue;
    const sentences = splitSentences(t.text.slice(turn.start, turn.end), turn.start);
    const questions = sentences.filter((s) => QUESTION.test(t.text.slice(s.start, s.end)));
    const asking = questions.filter((s) => REQUEST.test(foldedSlice(t, s.start, s.end)));
    const s = asking.at(-1) ?? questions.at(-1);
    return s ? { turnIndex: i, start: s.start, end: s.end } : null;
  }
  return null;
}
