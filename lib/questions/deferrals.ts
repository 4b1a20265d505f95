import type { Transcript } from '../transcript/model';
import type { Deferral } from './model';
import { ANSWER_WINDOW_TURNS, bm25, candidates, relevance, type Passage, type PassageIndex } from './passages';
import { fold } from '../text/fold';
import { sentencesOfTurn } from '../text/sentences';
import {contentWords, features } from './text';

/**
 * Promises to come back to a point later in the same debate ("Daar kom ik
 * straks op terug", "waar ik zo meteen nog iets meer over zal zeggen"), and
 * the later paragraph of the same speaker that takes the point up again.
 * Promises to write to the Kamer are commitments, not deferrals: they name
 * no time in the debate.
 */

/** Tested on folded sentences. A time in the debate is required: "daar kom ik op terug" alone may mean a letter. */
const PATTERNS = [
  /\bkom(?:t|en)? (?:ik|we|wij)\b(?: \S+){0,3}? (?:straks|zo|zo meteen|zometeen|later|dadelijk|nog|in (?:de )?tweede termijn)\b[^.?!]*?\bterug\b/,
  /\b(?:straks|zo meteen|zometeen|dadelijk|in (?:de )?tweede termijn)\b[^.?!]*\b(?:terugkom\w*|op terug|op in|in gaan|ingaan|over (?:zal |ga )?zeggen|over (?:zal |ga )?hebben)\b/,
];

/** True when the sentence defers its point to later in the debate. */
export function isDeferral(sentence: string): boolean {
  const f = fold(sentence);
  return PATTERNS.some((p) => p.test(f));
}

/**
 * BM25 (in units of one rare word) a later paragraph must reach to count as
 * coming back to the topic, and its share of the best such
 * paragraph: the first paragraph that is clearly about it, not the first
 * that brushes it.
 */
export const RESOLVED = 1.2;
const NEAR_BEST = 0.6;
const HALF = 0.5;

/**
 * Every deferral outside the chair, with the later turn (of the same
 * speaker, in the same debate) that comes back to its topic.
 */
export function findDeferrals(t: Transcript, ix: PassageIndex): Deferral[] {
  const out: Deferral[] = [];
  for (const turn of t.turns) {
    // Cheap test on the whole turn first: deferrals are rare.
    if (turn.asChair || !isDeferral(t.text.slice(turn.start, turn.end).replace(/[.?!]/g, ','))) continue;
    const sents = sentencesOfTurn(turn);
    sents.forEach((s, i) => {
      const text = t.text.slice(s.start, s.end);
      if (!isDeferral(text)) return;
      // "Daar kom ik straks op terug" says nothing itself: the sentence before, or the turns it replies to, hold the topic.
      let topic = text;
      if (contentWords(text).length < 2) {
        const prev = sents[i - 1];
        if (prev && prev.paragraph === s.paragraph) topic = t.text.slice(prev.start, s.end);
        else if (i === 0) topic = precedingTurns(t, turn.index) + ' ' + text;
      }
      const query = features(topic);
      // Later paragraphs of the same speaker: the rest of this turn, then their next turns in this debate.
      const later = (p: Passage) =>
        p.speakerId === turn.speakerId &&
        !t.turns[p.turnIndex]!.asChair &&
        (p.turnIndex > turn.index || (p.turnIndex === turn.index && p.paragraph > s.paragraph)) &&
        sameDebate(t, turn.index, p.turnIndex);
      const scored = candidates(ix, query, later, { from: turn.index, to: turn.index + ANSWER_WINDOW_TURNS + 1 }).map((id) => ({
        turn: ix.passages[id]!.turnIndex,
        score: bm25(ix, query, ix.passages[id]!),
        share: relevance(ix, query, ix.passages[id]!),
      }));
      const best = Math.max(0, ...scored.map((x) => x.score));
      // Enough distinctive words in common, or most of a short topic ("de kinderen in terugkeerhubs").
      const first = scored.find((x) => (x.score >= RESOLVED || x.share >= HALF) && x.score >= best * NEAR_BEST);
      out.push({ turnIndex: turn.index, start: s.start, end: s.end, text, resolvedIn: first ? first.turn : null });
    });
  }
  return out;
}

/** Text of the turns since this speaker last spoke (at most two): what a bare "daar" refers to. */
function precedingTurns(t: Transcript, index: number): string {
  const speaker = t.turns[index]!.speakerId;
  const parts: string[] = [];
  for (let i = index - 1; i >= 0 && parts.length < 2; i--) {
    const x = t.turns[i]!;
    if (x.speakerId === speaker && !x.asChair) break;
    parts.unshift(t.text.slice(x.start, x.end));
  }
  return parts.join(' ');
}

/** No agenda item starts between the two turns. */
function sameDebate(t: Transcript, a: number, b: number): boolean {
  return !t.events.some((e) => e.type === 'agenda-item' && e.beforeTurn > a && e.beforeTurn <= b);
}
