import type { Question } from '../../lib/questions/model';
import type { Transcript } from '../../lib/transcript/model';
import type { Count } from './score';
import { fold } from './match-text';

/**
 * Scores question→answer links against a hand annotation (tests/eval/ANNOTATING.md).
 * A link is a pair (question, answering turn). A found question is the
 * annotated one when its asker is the annotated speaker, it stands in the
 * annotated turn and its text starts with (or contains) one of the annotated
 * sentence starts; an answering turn is the turn of the government speaker
 * that holds the annotated answer sentence. Several found sentences of one
 * question that link the same turn count once.
 */
export interface QuestionGold {
  /** Surname of the member who asks, as in the label. */
  asker: string;
  /** Start of the question sentence; further starts are other sentences of the same question, same turn. */
  starts: string[];
  /** Where the government answers it; [] when it is left unanswered. */
  answers: { speaker: string; starts: string }[];
}

export type PredictedQuestion = Pick<Question, 'id' | 'askerId' | 'turnIndex' | 'text' | 'status' | 'answeredIn'>;

export interface LinkMiss {
  kind: 'missed' | 'false alarm';
  text: string;
}


/** The first turn from `from` on of `speaker` that holds `start`; an annotation error when there is none. */
function locate(t: Transcript, speaker: string, start: string, from: number): number {
  const who = fold(speaker);
  const s = fold(start);
  for (let i = from; i < t.turns.length; i++) {
    const turn = t.turns[i]!;
    const name = fold(t.speakers.find((p) => p.id === turn.speakerId)?.name ?? '');
    if (name.includes(who) && fold(turn.paragraphs.join(' ')).includes(s)) return i;
  }
  throw new Error(`annotation: no turn of ${speaker} from turn ${from} holds "${start}"`);
}

/** The annotated links as "question:turn" keys, with each question's turn. */
export function goldLinks(t: Transcript, gold: readonly QuestionGold[]): { turnOf: number[]; links: Set<string> } {
  const turnOf: number[] = [];
  const links = new Set<string>();
  gold.forEach((g, i) => {
    const turn = locate(t, g.asker, g.starts[0]!, 0);
    for (const s of g.starts.slice(1)) locate(t, g.asker, s, turn);
    turnOf.push(turn);
    for (const a of g.answers) links.add(`${i}:${locate(t, a.speaker, a.starts, turn + 1)}`);
  });
  return { turnOf, links };
}

/** Precision and recall of links; only questions the product calls answered give links. */
export function scoreQuestionLinks(t: Transcript, gold: readonly QuestionGold[], predicted: readonly PredictedQuestion[]): { count: Count; misses: LinkMiss[] } {
  const { turnOf, links } = goldLinks(t, gold);
  const nameOf = (id: string) => fold(t.speakers.find((s) => s.id === id)?.name ?? '');
  const found = new Map<string, string>();
  for (const q of predicted) {
    if (q.status !== 'answered') continue;
    const text = fold(q.text);
    const i = gold.findIndex(
      (g, k) => turnOf[k] === q.turnIndex && nameOf(q.askerId).includes(fold(g.asker)) && g.starts.some((s) => text.startsWith(fold(s)) || text.includes(fold(s))),
    );
    for (const turn of q.answeredIn) found.set(`${i < 0 ? q.id : i}:${turn}`, `${q.text} → turn ${turn}`);
  }
  const misses: LinkMiss[] = [];
  let tp = 0;
  for (const key of links) {
    if (found.has(key)) tp++;
    else {
      const [i, turn] = key.split(':').map(Number) as [number, number];
      misses.push({ kind: 'missed', text: `${gold[i]!.asker}: ${gold[i]!.starts[0]} → turn ${turn}` });
    }
  }
  for (const [key, text] of found) if (!links.has(key)) misses.push({ kind: 'false alarm', text });
  return { count: { tp, fp: found.size - tp, fn: links.size - tp }, misses };
}
