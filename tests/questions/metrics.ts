import type { Question } from '../../lib/questions';
import type { Transcript } from '../../lib/transcript/model';

/** One question of tests/questions/seed-expected.json. */
export interface Expected {
  asker: string;
  turn: number;
  quote: string;
  answeredIn: number[];
  note?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Fixture questions the finder did not find at all. */
  undetected: Expected[];
  /** Fixture questions whose links differ, with what was found. */
  misses: { expected: Expected; got: Question | null }[];
}

/** The found question that holds the fixture's quote (same turn, quote inside its span). */
export function match(t: Transcript, questions: readonly Question[], e: Expected): Question | null {
  const turn = t.turns[e.turn]!;
  const at = t.text.indexOf(e.quote, turn.start);
  if (at < 0 || at >= turn.end) throw new Error(`quote not in turn ${e.turn}: ${e.quote}`);
  return questions.find((q) => q.turnIndex === e.turn && q.start <= at && at < q.end) ?? null;
}

/**
 * Precision and recall of answer links (question, answering turn) over the
 * fixture's questions. `strict` counts only questions marked answered;
 * otherwise possibly-answered links count too.
 */
export function score(t: Transcript, questions: readonly Question[], expected: readonly Expected[], strict: boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const undetected: Expected[] = [];
  const misses: Score['misses'] = [];
  for (const e of expected) {
    const q = match(t, questions, e);
    if (!q) undetected.push(e);
    const got = q && (q.status === 'answered' || (!strict && q.status === 'possibly-answered')) ? q.answeredIn : [];
    const hit = got.filter((x) => e.answeredIn.includes(x)).length;
    tp += hit;
    fp += got.length - hit;
    fn += e.answeredIn.length - hit;
    if (hit !== got.length || hit !== e.answeredIn.length) misses.push({ expected: e, got: q });
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, undetected, misses };
}
