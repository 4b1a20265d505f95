import type { Transcript } from '../transcript/model';
import type { PassageIndex } from './passages';
import { foldedSlice } from '../text/folded-text';
import { queryOf, type QuestionDraft } from './questions';
import { sentencesOfTurn } from '../text/sentences';
import {features } from './text';

/**
 * A member saying in a later turn that a question of theirs was not
 * answered ("Eén vraag van mij is niet beantwoord, namelijk over …"): the
 * question stays open up to that point, and the questions that repeat it
 * right after the complaint lend it their answers.
 */

/** The asker's own words saying a question went unanswered. Tested on folded text. */
const NOT_ANSWERED = /\b(?:niet|nog niet|onvoldoende|nooit) (?:(?:is|zijn|goed|echt) )?beantwoord|\bgeen antwoord (?:op )?(?:gekregen|gehad)\b/;
/**
 * "… mijn vraag over X staat nog open": a word of asking, then at most 50 characters without a stop, then "nog
 * open". Read in code, not as one expression: `\w*` and the gap after it both take letters, which a ReDoS
 * checker found quadratic on a long run of "vraag … nog".
 */
function stillOpen(f: string): boolean {
  for (const open of f.matchAll(/\bnog open\b/g)) {
    const before = f.slice(Math.max(0, open.index - 120), open.index);
    for (const q of before.matchAll(/\bvra(?:a|ge)g\w*\b/g)) {
      const gap = before.slice(q.index + q[0].length);
      if (gap.length <= 50 && !/[.?!]/.test(gap)) return true;
    }
  }
  return false;
}
export const isComplaint = (f: string): boolean => NOT_ANSWERED.test(f) || stillOpen(f);

/**
 * For each question the turn of the asker's complaint that it was not
 * answered: answers before it do not count. A complaint names its subject
 * ("namelijk over kinderen in returnhubs"); the asker's earlier questions
 * holding most of that subject are the ones it means.
 */
export function complaintCutoffs(t: Transcript, questions: readonly QuestionDraft[], ix: PassageIndex): Complaints {
  const out = new Map<string, number>();
  const restatedBy = new Map<string, string[]>();
  for (const turn of t.turns) {
    // Cheap test on the whole turn first: complaints are rare.
    if (turn.asChair || !isComplaint(foldedSlice(t, turn.start, turn.end))) continue;
    const sents = sentencesOfTurn(turn);
    sents.forEach((s, i) => {
      if (!isComplaint(foldedSlice(t, s.start, s.end))) return;
      const next = sents[i + 1];
      const subject = features(t.text.slice(s.start, next && next.paragraph === s.paragraph ? next.end : s.end));
      const own = questions.filter((q) => q.askerId === turn.speakerId && q.turnIndex < turn.index);
      const scored = own.map((q) => ({ q, score: overlap(subject, queryOf(q), ix) }));
      const best = Math.max(0, ...scored.map((x) => x.score));
      if (best < 0.25) return;
      // The questions that follow the complaint in its paragraph ask it again; their answers are its answers.
      const again = questions.filter((q) => q.turnIndex === turn.index && q.start > s.start && q.start <= (sents.find((x, j) => j > i && x.paragraph !== s.paragraph)?.start ?? turn.end));
      for (const x of scored) {
        if (x.score < best * 0.6) continue;
        out.set(x.q.id, Math.max(out.get(x.q.id) ?? -1, turn.index));
        restatedBy.set(x.q.id, again.map((q) => q.id));
      }
    });
  }
  return { cutoff: out, restatedBy };
}

/** What complaints that a question went unanswered imply. */
export interface Complaints {
  /** Question id → the turn of the complaint; answers before it do not count. */
  cutoff: Map<string, number>;
  /** Question id → ids of the questions that repeat it right after the complaint. */
  restatedBy: Map<string, string[]>;
}

/** Share of the complaint's idf mass that the question holds. */
function overlap(subject: Map<string, number>, query: Map<string, number>, ix: PassageIndex): number {
  let hit = 0;
  let all = 0;
  for (const [term, w] of subject) {
    const v = w * ix.idf(term);
    all += v;
    if (query.has(term)) hit += v;
  }
  return all > 0 ? hit / all : 0;
}

