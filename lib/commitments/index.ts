import type { z } from 'zod';
import type { AnalysisCommitment } from '../analyze';
import type { Transcript } from '../transcript/model';
import { withClosingList } from '../transcript/closing-list';
import { closingCommitments } from './closing-list';
import { parseDeadline } from './deadline';
import { governmentSentences } from './government-sentences';
import { linkClosingItems } from './link';
import { recordedByChair } from './recorded';
import type { Commitment } from './model';
import { objectOf, recipientOf } from './words';
import { isStopword, TIME_WORDS } from '../text/stopwords';
import { foldedWords } from '../text/words';

export type { Commitment, CommitmentLink, Deadline } from './model';
export { parseDeadline, findDeadlines } from './deadline';
export { splitSentences } from '../text/sentences';

/**
 * Every commitment of a transcript: the chair's closing list first (each
 * linked to where it was made), then the government's in-debate commitments
 * in order, each telling whether the closing list has it: false when there is
 * no closing list (plenary debates), null for a committee debate still in
 * progress (its list has not been read yet).
 */
export function findCommitments(transcript: Transcript): Commitment[] {
  const t = withClosingList(transcript);
  const closing = closingCommitments(t);
  const sentences = governmentSentences(t);
  const { links, listed } = linkClosingItems(closing, sentences, t.meta.date);
  closing.forEach((c, i) => (c.links = links[i]!));
  const recorded = recordedByChair(links, sentences);
  const pending = closing.length === 0 && t.meta.kind === 'committee' && !t.meta.complete;
  const inDebate: Commitment[] = [];
  // The content words of the turn's commitments so far: a promise said again in shorter words
  // ("Ik ga een brief toezeggen, waarin …" … "Ik ga een brief toezeggen.") is one promise, listed once.
  let turnSaid: { turnIndex: number; words: Set<string>[] } = { turnIndex: -1, words: [] };
  sentences.forEach((s, i) => {
    if (!s.isCommitment && !recorded.has(i)) return;
    const words = contentWordsOf(s.text);
    if (turnSaid.turnIndex !== s.turnIndex) turnSaid = { turnIndex: s.turnIndex, words: [] };
    // Two content words at least: "Dat zal ik ook zelf de komende tijd doen." points back and is its own promise.
    if (words.size >= 2 && turnSaid.words.some((w) => [...words].every((x) => w.has(x)))) return;
    turnSaid.words.push(words);
    const turn = t.turns[s.turnIndex]!;
    inDebate.push({
      id: `d-${s.turnIndex}-${s.start}`,
      source: 'in-debate',
      text: s.text,
      speakerId: turn.speakerId,
      object: objectOf(s.text),
      recipient: recipientOf(s.text, true),
      deadline: parseDeadline(s.text, t.meta.date),
      turnIndex: s.turnIndex,
      sentence: { start: s.start, end: s.end },
      links: [],
      inClosingList: pending ? null : closing.length > 0 && listed[i]!,
      ...(s.answers && {
        answers: { turnIndex: s.answers.turnIndex, text: t.text.slice(s.answers.start, s.answers.end), speakerId: t.turns[s.answers.turnIndex]!.speakerId },
      }),
    });
  });
  return [...closing, ...inDebate];
}

/** What a promise is about: its content words without the words of time (a repeat shares what is promised, not when). */
const contentWordsOf = (text: string) => new Set(foldedWords(text).filter((w) => !isStopword(w) && !TIME_WORDS.has(w)));

/**
 * The commitments in the `analyze` shape. Closing-list items: `turnIndex` is
 * the turn of the best link (null when unlinked), `linkedTurns` every linked
 * turn, ascending. In-debate: `turnIndex` is its own turn, `linkedTurns` the
 * chair's closing-list turn when the list has it, else [].
 */
export function commitmentsForAnalysis(t: Transcript): z.infer<typeof AnalysisCommitment>[] {
  return commitmentsToAnalysis(t, findCommitments(t));
}

/** The same, from commitments already found. */
export function commitmentsToAnalysis(t: Transcript, found: readonly Commitment[]): z.infer<typeof AnalysisCommitment>[] {
  // The turn the list was read at (a corrected item read later may stand first).
  const read = withClosingList(t).closingList.map((c) => c.turnIndex);
  const chairTurn = read.length > 0 ? Math.min(...read) : undefined;
  return found.map((c) =>
    c.source === 'closing-list'
      ? { text: c.text, source: c.source, turnIndex: c.links[0]?.turnIndex ?? null, linkedTurns: [...new Set(c.links.map((l) => l.turnIndex))].sort((a, b) => a - b) }
      : { text: c.text, source: c.source, turnIndex: c.turnIndex, linkedTurns: c.inClosingList && chairTurn !== undefined ? [chairTurn] : [] },
  );
}
