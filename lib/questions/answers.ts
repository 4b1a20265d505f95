import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { ADDRESS, addressing, GOVERNMENT_ROLES, replies, replyRun } from './addressing';
import type { Deferral, Mention, Question } from './model';
import { ANSWER_WINDOW_TURNS, bm25, candidates, type Passage, type PassageIndex } from './passages';
import { complaintCutoffs } from './complaints';
import { promisesWrittenAnswerOnly, takesUpAndDefers } from './deferrals';
import { queryOf, type QuestionDraft } from './questions';
import { fold } from '../text/fold';
import { firstIndex } from '../text/search';
import { features, fewerContentWords } from './text';


/**
 * Links questions to the government paragraphs that answer them.
 *
 * - A question in an exchange (an interruption) is answered by the reply.
 * - A government paragraph that speaks to a member (names them, replies to
 *   them, or continues a block that did) answers those of the member's
 *   earlier questions it matches best: BM25 over the question's words (and,
 *   at half weight, the sentences before it), and close to the best of that
 *   member's questions for this paragraph — a paragraph naming Kröger answers
 *   the Kröger question it is about, not all twenty.
 * - A question no paragraph speaks to by its asker is answered by the
 *   government paragraph that shares most of its rare words, on strong
 *   overlap only (`minTopic`): answers go by topic as often as by name.
 * - A question the asker later says was not answered ("niet beantwoord")
 *   counts only answers after that complaint.
 */

export interface LinkParams {
  /** Least BM25 score for a paragraph that names the asker with "vroeg/vraagt" (or replies to them). */
  minAsked: number;
  /**
   * Least score for the best of the asker's questions in a unit that opens by taking one of them up ("X vroeg …"):
   * about one shared word of any kind (flat from 0.05 to 0.2 on the seed and the tuning half; 0.4 loses one link).
   */
  minTakenUp: number;
  /** Least score for a paragraph that names the asker without a question cue. */
  minNamed: number;
  /** Least score for a paragraph that continues a block addressed to the asker: possibly answered. */
  minCarried: number;
  /** Least score for a paragraph that does not speak to the asker, for a question no paragraph speaks to by its asker. */
  minTopic: number;
  /** A question takes a paragraph only when it scores at least this share of the asker's best question for it. */
  share: number;
  /** …and is answered by it (not possibly answered) from this share on: the paragraph is clearly about it. */
  clear: number;
  /** Of a question's answering paragraphs, those scoring at least this share of its best are kept. */
  keep: number;
}

/** Scores in units of one rare word (see `bm25`). Chosen on the seed fixture (tests/questions/seed-expected.json) from a coarse grid; the results are flat around them. */
export const DEFAULT_PARAMS: LinkParams = { minTakenUp: 0.05, minAsked: 0.6, minNamed: 1.2, minCarried: 1.2, minTopic: 2.4, share: 0.4, clear: 0.7, keep: 0.7 };

/** A member pointing back at a question of theirs: "ik had nog een vraag", "ik vroeg", "mijn vraag over". */
const ASKED_BEFORE = /\b(?:vraag|vragen|vroeg|gevraagd)\b/;

/** Segment (agenda item) of each turn: a plenary day holds many debates, and answers never cross one. */
function segments(t: Transcript): number[] {
  const starts = t.events.filter((e) => e.type === 'agenda-item').map((e) => e.beforeTurn);
  let k = 0;
  return t.turns.map((turn) => {
    while (k < starts.length && starts[k]! <= turn.index) k++;
    return k;
  });
}

interface Link {
  turn: number;
  score: number;
  /** The paragraph names the asker or replies to them (not only carried on or "en anderen"). */
  named: boolean;
  /** …and is clearly about this question among the asker's questions. */
  clear: boolean;
}

/**
 * The questions with status and answeredIn filled in (the drafts' context
 * dropped). `ix` must be built over the same transcript.
 */
export function linkAnswers(
  t: Transcript,
  drafts: readonly QuestionDraft[],
  mentions: readonly Mention[],
  ix: PassageIndex,
  deferrals: readonly Deferral[] = [],
  params: LinkParams = DEFAULT_PARAMS,
): Question[] {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role as string]));
  const exchanges = replies(t, roleOf, mentions);
  const replyOf = new Map([...exchanges].map(([asked, x]) => [asked, x.reply]));
  const address = addressing(t, ix, mentions, roleOf, exchanges);
  const { cutoff, restatedBy } = complaintCutoffs(t, drafts, ix);
  const segment = segments(t);
  const isGov = (p: Passage) => GOVERNMENT_ROLES.has(roleOf.get(p.speakerId) ?? '');
  const queries = new Map(drafts.map((q) => [q.id, queryOf(q)]));
  const after = (q: QuestionDraft) => Math.max(q.turnIndex, cutoff.get(q.id) ?? -1);
  const open = (q: QuestionDraft, p: Passage) =>
    p.turnIndex > after(q) && p.turnIndex - q.turnIndex <= ANSWER_WINDOW_TURNS && segment[p.turnIndex] === segment[q.turnIndex];

  const byAsker = new Map<string, QuestionDraft[]>();
  // Questions already answered by a reply still compete: a reply paragraph belongs to the interruption it answers.
  // Keyed by debate and asker: on a plenary day a paragraph only weighs the questions of its own debate.
  const key = (segmentIndex: number, who: string) => `${segmentIndex}|${who}`;
  for (const q of drafts) push(byAsker, key(segment[q.turnIndex]!, q.askerId), q);
  const bySegment = new Map<number, QuestionDraft[]>();
  for (const q of drafts) push(bySegment, segment[q.turnIndex]!, q);
  // In turn order, for inWindow's binary search.
  for (const list of [...byAsker.values(), ...bySegment.values()]) list.sort((a, b) => a.turnIndex - b.turnIndex);

  const passagesOf = new Map<number, Passage[]>();
  for (const p of ix.passages) push(passagesOf, p.turnIndex, p);
  // A reply that says "daar kom ik straks op terug" is not the whole answer: the question stays in the running for
  // the later paragraphs that speak to its asker, where the speaker comes back to it.
  const deferredIn = new Map<number, Deferral[]>();
  for (const d of deferrals) push(deferredIn, d.turnIndex, d);
  // The deferral is about this question when it says only "daar kom ik op terug" or names some of its words; "In
  // de tweede termijn kom ik terug op het traject …" in a reply about something else defers another point.
  const ownWords = new Map<Deferral, string[] | null>();
  const about = (d: Deferral, q: QuestionDraft) => {
    const own = memo(ownWords, d, () => (fewerContentWords(d.text, 2) ? null : [...features(d.text).keys()]));
    return own === null || own.some((k) => queries.get(q.id)!.has(k));
  };
  const deferralsFor = (q: QuestionDraft): Deferral[] => {
    const r = replyOf.get(q.turnIndex);
    return r === undefined ? [] : (deferredIn.get(r) ?? []).filter((d) => about(d, q));
  };
  const deferredReply = (q: QuestionDraft): number | null => (deferralsFor(q).length > 0 ? replyOf.get(q.turnIndex)! : null);
  const ownQuestion = new Set(drafts.map((q) => q.turnIndex));
  const asked = new Map<number, number[]>();
  for (const [q, r] of replyOf) push(asked, r, q);
  // An earlier question the interruption takes up again ("Ik had nog een vraag gesteld over …") shares its reply.
  const restatement = new Map<string, number>();
  const restatedMemo = new Map<string, boolean>();
  const restated = (q: QuestionDraft, reply: number, rivals: readonly QuestionDraft[]): boolean =>
    memo(restatedMemo, `${reply}|${q.id}`, () => restates(q, reply, rivals));
  const restates = (q: QuestionDraft, reply: number, rivals: readonly QuestionDraft[]): boolean => {
    const turns = asked.get(reply) ?? [];
    // "Ik had nog die laatste vraag." names no subject: the reply is to whichever question it meant.
    if (turns.every((i) => fewerContentWords(t.text.slice(t.turns[i]!.start, t.turns[i]!.end), 2))) return true;
    // An interruption that puts a question of its own ("Als u kunt toezeggen dat u de Kamer daarover informeert …")
    // takes up an earlier one only when it says so ("ik had nog een vraag gesteld over …"), or when it follows up
    // the member's previous interruption that did ("Ik was even verbaasd: ook gedwongen?").
    const followsUp = (i: number) => (asked.get(i - 1) ?? []).some((j) => j < i - 1 && t.turns[j]!.speakerId === t.turns[i]!.speakerId) && restated(q, i - 1, rivals);
    const saysSo = (i: number) => ASKED_BEFORE.test(foldedSlice(t, t.turns[i]!.start, t.turns[i]!.end));
    if (turns.some((i) => ownQuestion.has(i)) && !turns.some((i) => saysSo(i) || followsUp(i))) return false;
    const against = turns.flatMap((i) => passagesOf.get(i) ?? []);
    const score = (x: QuestionDraft) => memo(restatement, `${reply}|${x.id}`, () => Math.max(0, ...against.map((p) => bm25(ix, queries.get(x.id)!, p))));
    const s = score(q);
    return s >= params.minAsked && s >= params.share * Math.max(...rivals.filter((x) => !replyOf.has(x.turnIndex)).map(score));
  };

  // Paragraph by paragraph: each addressed member's questions compete for it.
  const links = new Map<string, Link[]>();
  // The questions of a list that compete for paragraph p, scored; those that score `min` and `share` of the best take it.
  const take = (p: Passage, list: readonly QuestionDraft[], a: number, min: number, share: number) => {
    // A question answered in its exchange competes for its reply only: later paragraphs are for those still waiting.
    const waiting = (q: QuestionDraft) => !replyOf.has(q.turnIndex) || replyOf.get(q.turnIndex) === p.turnIndex || deferredReply(q) !== null;
    const qs = inWindow(list, p.turnIndex).filter((q) => open(q, p) && waiting(q));
    const scores = qs.map((q) => bm25(ix, queries.get(q.id)!, p));
    const best = Math.max(0, ...scores);
    qs.forEach((q, i) => {
      const s = scores[i]!;
      const deferred = deferredReply(q);
      if (replyOf.has(q.turnIndex) && (deferred === null || p.turnIndex <= deferred)) return;
      // "Mevrouw Dekker vroeg ook of …" answers one question of hers: the best, however few words it shares.
      const takenUp = a >= ADDRESS.takenUp && s === best && s >= params.minTakenUp;
      if (!takenUp && (s < min || s < best * share)) return;
      if (a === ADDRESS.reply && !restated(q, p.turnIndex, qs)) return;
      // A paragraph of a block that named the asker, sharing as many words with the question as a paragraph
      // speaking to nobody needs to be linked at all ("Dan de inrichting in Groningen. De vertraging komt door …"
      // after "… waar de heer Wolters naar vroeg"), answers it too: answers printed a paragraph per point run on.
      const clear = s >= best * params.clear && (a >= ADDRESS.named || s >= params.minTopic);
      push(links, q.id, { turn: p.turnIndex, score: s, named: a >= ADDRESS.named, clear });
    });
  };
  // "Mevrouw Kat vroeg hoeveel … Dat cijfer heb ik niet bij me; u krijgt het schriftelijk." answers nothing yet.
  // Memoised by passage: the topic path asks it again for every question whose window holds the passage.
  const defersMemo = new Map<Passage, boolean>();
  const defersOnly = (p: Passage) => memo(defersMemo, p, () => takesUpAndDefers(foldedSlice(t, p.start, p.end)));
  for (const [pid, to] of address) {
    const p = ix.passages[pid]!;
    // "Kan mevrouw Kröger die vraag nog even herhalen?" names her but answers nothing.
    if (/^[^.!]*\?["'”’)]*$/u.test(t.text.slice(p.start, p.end).trim())) continue;
    if (defersOnly(p)) continue;
    for (const [who, a] of to) {
      const min = a >= ADDRESS.reply ? params.minAsked : a >= ADDRESS.named ? params.minNamed : params.minCarried;
      take(p, byAsker.get(key(segment[p.turnIndex]!, who)) ?? [], a, min, params.share);
    }
    // "Mij is gevraagd wanneer …" takes up someone's question without a name: the one it answers best, whoever asked.
    if (p.anonymous) take(p, bySegment.get(segment[p.turnIndex]!) ?? [], ADDRESS.asked, params.minAsked, params.clear);
  }

  // A short reply (three sentences at most) that opens by not having the answer at hand and promises it in writing
  // ("Dat cijfer heb ik hier niet paraat. U krijgt het schriftelijk."), gives no figure, shares none of the question's
  // words and is not taken further in the speaker's next turns, does not answer it (tests/eval/synthetic5/README.md:
  // that promise is a commitment, not an answer).
  // Nor does one sentence said to the chair ("Dat laat ik aan u over, voorzitter.") that shares none of its words.
  const writtenOnly = (reply: number, id: string, more: readonly number[]): boolean => {
    const turn = t.turns[reply]!;
    const sharesWords = (passagesOf.get(reply) ?? []).some((p) => bm25(ix, queries.get(id)!, p) >= params.minAsked);
    const said = foldedSlice(t, turn.start, turn.end);
    const line = said.trim();
    const toChair = /(?<![\p{L}])voorzitter(?![\p{L}])/u.test(line) && !/[.!?]\s/u.test(line) && line.split(' ').length <= 12 && !/^dank/u.test(line);
    return more.length === 0 && !sharesWords && (toChair || promisesWrittenAnswerOnly(said));
  };

  // Of a question's answering paragraphs, the turns of those scoring near its best.
  const keptTurns = (use: readonly Link[]): number[] => {
    const best = Math.max(...use.map((l) => l.score));
    return [...new Set(use.filter((l) => l.score >= best * params.keep).map((l) => l.turn))].sort((a, b) => a - b);
  };
  const linked = drafts.map((draft): Question => {
    const { context: _context, ...q } = draft;
    const reply = replyOf.get(q.turnIndex);
    if (reply !== undefined) {
      if (reply <= after(draft)) return q;
      const put = deferralsFor(draft);
      // The reply goes on in the speaker's turns after it with only the chair between: those that speak to the
      // question's words answer it too.
      const more = replyRun(t, reply, q.askerId, mentions).slice(1).filter((r) => (passagesOf.get(r) ?? []).some((p) => bm25(ix, queries.get(q.id)!, p) >= params.minAsked));
      if (put.length === 0) return writtenOnly(reply, q.id, more) ? q : { ...q, status: 'answered', answeredIn: [reply, ...more] };
      // A reply that defers answers where the speaker comes back to it, and itself only when it speaks to the
      // question's content ("Dat inzicht heb ik niet. … Ik kom daar zo op terug."), not when it only defers.
      // Where it comes back: a later paragraph that speaks to the asker about it, else where the deferral's own
      // words come back (a bare "daar" has few words to go by).
      const query = queries.get(q.id)!;
      const named = (links.get(q.id) ?? []).filter((l) => l.named);
      const turns = new Set(named.length > 0 ? keptTurns(named) : put.flatMap((d) => (d.resolvedIn === null ? [] : [d.resolvedIn])));
      if ((passagesOf.get(reply) ?? []).some((p) => bm25(ix, query, p) >= params.minAsked)) turns.add(reply);
      return turns.size === 0 ? q : { ...q, status: 'answered', answeredIn: [...turns].sort((a, b) => a - b) };
    }
    const found = links.get(q.id) ?? [];
    const named = found.filter((l) => l.named);
    const use = named.length > 0 ? named : found;
    if (use.length > 0) {
      // Paragraphs that name the asker outweigh those that only run on from one, except a run-on paragraph clearly
      // about the question and closer to it than any that names them: a take-up may be of another of their points.
      const top = Math.max(...use.map((l) => l.score));
      const beyond = named.length > 0 ? found.filter((l) => !l.named && l.clear && l.score > top).map((l) => l.turn) : [];
      const answeredIn = [...new Set([...keptTurns(use), ...beyond])].sort((a, b) => a - b);
      // Answered when a link that is kept is clear: a clear one left out must not make the turns kept look certain.
      return { ...q, status: found.some((l) => l.clear && answeredIn.includes(l.turn)) ? 'answered' : 'possibly-answered', answeredIn };
    }
    // Nobody was addressed: a strong overlap of rare words is an answer by topic ("Dan de uitval van afvaarten. Vorig
    // jaar zijn 46 afvaarten …"), as ministers answer a round of members by subject. Such links were right 18 times of
    // 21 on the read halves of made-up debates 9 to 18, where "possibly answered" would have cast doubt on most.
    const query = queries.get(q.id)!;
    let top: { turn: number; score: number } | null = null;
    const window = { from: draft.turnIndex + 1, to: draft.turnIndex + ANSWER_WINDOW_TURNS + 1 };
    for (const id of candidates(ix, query, (p) => isGov(p) && open(draft, p) && !defersOnly(p), window)) {
      const s = bm25(ix, query, ix.passages[id]!);
      if (s >= params.minTopic && (!top || s > top.score)) top = { turn: ix.passages[id]!.turnIndex, score: s };
    }
    return top ? { ...q, status: 'answered', answeredIn: [top.turn] } : q;
  });
  const byId = new Map(linked.map((q) => [q.id, q]));
  const restatedLinks = linked.map((q): Question => {
    const again = (restatedBy.get(q.id) ?? []).map((id) => byId.get(id)!).filter((x) => x.status !== 'open');
    if (again.length === 0) return q;
    const answeredIn = [...new Set([...(q.status === 'open' ? [] : q.answeredIn), ...again.flatMap((x) => x.answeredIn)])].sort((a, b) => a - b);
    const status = q.status === 'answered' || again.some((x) => x.status === 'answered') ? 'answered' : 'possibly-answered';
    return { ...q, status, answeredIn };
  });
  return restatedLinks.map((q, i) => {
    // "Kan de staatssecretaris aangeven hoe zij hiermee aan de slag is? Wil zij in de Monitor …?": a question that
    // points back ("hiermee", "daarover") is on the point of the question put in the same breath, and shares its
    // answer when it has none of its own.
    if (q.status !== 'open' || !POINTS_BACK.test(fold(q.text))) return q;
    const beside = [restatedLinks[i + 1], restatedLinks[i - 1]].find(
      (x) => x && x.turnIndex === q.turnIndex && x.status !== 'open' && /^\s*$/u.test(t.text.slice(Math.min(q.end, x.end), Math.max(q.start, x.start))),
    );
    return beside ? { ...q, status: beside.status, answeredIn: beside.answeredIn } : q;
  });
}

/** A pronominal adverb that points back at what was just said: "hiermee", "daarover", "daaraan". */
const POINTS_BACK = /\b(?:hier|daar)(?:mee|aan|over|op|van|voor|in|bij|naar|uit|door|tegen|toe)\b/;

/**
 * The questions of a list (in turn order) asked in the window before turn
 * `at`: a binary search, so a paragraph's cost does not grow with how many
 * questions its asker put in the whole document.
 */
function inWindow(qs: readonly QuestionDraft[], at: number): readonly QuestionDraft[] {
  const from = firstIndex(qs.length, (i) => qs[i]!.turnIndex < at - ANSWER_WINDOW_TURNS);
  return qs.slice(from, firstIndex(qs.length, (i) => qs[i]!.turnIndex < at));
}

function memo<K, V>(m: Map<K, V>, k: K, f: () => V): V {
  if (m.has(k)) return m.get(k)!;
  const v = f();
  m.set(k, v);
  return v;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
