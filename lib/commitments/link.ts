import { findDeadlines } from './deadline';
import type { GovSentence } from './government-sentences';
import type { Commitment, CommitmentLink, Deadline } from './model';
import { foldedWords } from '../text/words';
import { compoundParts, stem } from '../text/stem';
import { FUNCTION_WORDS, TIME_WORDS } from '../text/stopwords';

/**
 * Links each closing item to the government sentences where it was made, by
 * lexical similarity only (no network, no model): TF-IDF over the
 * government's sentences, cosine, with light Dutch stemming and compound
 * splitting. Cost: (closing items × government sentences), never all pairs of
 * sentences.
 */

/** Tuned on the seed and the fixture pages; see tests/commitments. */
export const LINK = {
  /** Below this a sentence is never linked. */
  min: 0.18,
  /** Further links must reach this share of the best one. */
  ratio: 0.6,
  /** Links per item (per point for an item that lists points). */
  perQuery: 2,
  /** A link is sure from this score … */
  sure: 0.25,
  /** … when it beats the best sentence of any other turn by this factor. */
  margin: 1.3,
  /** A sentence that is itself a commitment is more likely the place. */
  commitmentBonus: 0.5,
  /** The sentence names the item's deadline (the same days) … */
  sameDeadline: 0.15,
  /** … or a deadline overlapping it ("eind maart, begin april" for "begin april"). */
  nearDeadline: 0.05,
  /** An in-debate commitment this similar to an item counts as listed even when not linked. */
  inList: 0.3,
  /** Weight of the head of an item that lists points ("… in op de volgende punten:"), searched with each point. */
  headWeight: 0.5,
  /** Factor for a sentence that is not a commitment and shares no word of its own with the item. */
  borrowed: 0.6,
  /** Weights of the 1st, 2nd, 3rd sentence before, in the same turn, added to a sentence's words. */
  context: [0.5, 0.3, 0.2],
};

// Verbs of delivering and the word "toezegging" are in every commitment: they tell nothing about which one.
const DELIVERING = new Set(
  `toezegging toezeggingen toegezegd toezeggen zorgt stuurt sturen stuur gestuurd informeert informeren informeer geinformeerd informatie`.split(' '),
);
const GOVERNMENT_ROLES = new Set(['minister', 'ministers', 'staatssecretaris', 'bewindspersoon', 'kamer', 'voorzitter']);
// "de volgende punten" heads a list of points; the points, not the heading, say what was promised.
const LIST_HEAD = new Set(['volgende', 'punt', 'punten']);
const isNoise = (w: string) => FUNCTION_WORDS.has(w) || GOVERNMENT_ROLES.has(w) || TIME_WORDS.has(w) || DELIVERING.has(w) || LIST_HEAD.has(w);

/**
 * Folded words, without stop words. Time words are stop words too: a shared
 * deadline is scored once, by the deadline bonus, not again as vocabulary.
 * Hyphens split ("JBZ-Raadverslag" → jbz, raadverslag).
 */
function words(text: string): string[] {
  return foldedWords(text).filter((w) => w.length >= 3 && !isNoise(w));
}

/**
 * The link's key for a word: the shared stem, a participle's "ge-" and a
 * final d/t off ("gestuurd" meets "sturen"), cut to 6 letters so the heads of
 * compounds meet ("rapportage", "rapporten").
 */
export function linkKey(w: string): string {
  let s = w;
  if (s.length >= 7 && s.startsWith('ge') && /[dt]$/u.test(s)) s = s.slice(2);
  s = stem(s);
  if (s.length > 5 && /[dt]$/u.test(s)) s = s.slice(0, -1);
  return s.slice(0, 6);
}

type Bag = Map<string, number>;

/** Stems of a word and of its compound parts; memoised per word, as words repeat (Zipf) in long debates. */
type Stemmer = (w: string) => string[];
function stemmer(vocab: ReadonlySet<string>): Stemmer {
  const memo = new Map<string, string[]>();
  return (w) => memo.get(w) ?? memo.set(w, [w, ...compoundParts(w, vocab)].map(linkKey)).get(w)!;
}

function bag(ws: readonly string[], stems: Stemmer, weight = 1, into: Bag = new Map()): Bag {
  for (const w of ws) for (const s of stems(w)) into.set(s, (into.get(s) ?? 0) + weight);
  return into;
}

/** An item that lists points ("… in op de volgende punten: a, b, c") is searched point by point, with its head at lower weight. */
function queries(text: string): { head: string; point: string }[] {
  const colon = text.indexOf(':');
  if (colon > 0) {
    const head = text.slice(0, colon);
    const points = text
      .slice(colon + 1)
      .split(/[,;]\s*(?:en\s+)?/u)
      .map((p) => p.trim())
      .filter((p) => p.length > 3);
    if (points.length >= 3 || (points.length >= 2 && /volgende|punten|onderwerpen|zaken/iu.test(head))) return points.map((point) => ({ head, point }));
  }
  return [{ head: '', point: text }];
}

const overlaps = (a: Deadline, b: Deadline) => !!(a.from && a.to && b.from && b.to && a.from <= b.to && b.from <= a.to);

/** Bonus for naming the item's deadline; one said in the sentence before counts as near at most. */
function deadlineBonus(item: Deadline, said: readonly Deadline[], before: readonly Deadline[]): number {
  if (said.some((d) => d.from === item.from && d.to === item.to)) return LINK.sameDeadline;
  return [...said, ...before].some((d) => overlaps(d, item)) ? LINK.nearDeadline : 0;
}

export interface LinkResult {
  /** Per closing item, its links, best first. */
  links: CommitmentLink[][];
  /** Per government sentence (same order as given), whether a closing item covers it. */
  listed: boolean[];
}

/** Links closing items to government sentences and tells which commitment sentences made the list. */
export function linkClosingItems(items: readonly Commitment[], sentences: readonly GovSentence[], debateDate: string | null): LinkResult {
  const listed = sentences.map(() => false);
  if (items.length === 0 || sentences.length === 0) return { links: items.map(() => []), listed };

  const sentWords = sentences.map((s) => words(s.text));
  const vocab = new Set<string>();
  for (const ws of [...sentWords, ...items.map((i) => words(i.text))]) for (const w of ws) if (w.length >= 4) vocab.add(w);

  const stems = stemmer(vocab);
  const own = sentWords.map((ws) => bag(ws, stems));
  const df = new Map<string, number>();
  for (const b of own) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: string) => Math.log(1 + sentences.length / (df.get(k) ?? sentences.length));
  // A sentence is read with the few before it in the same turn, fading: "Dan zal ik u daarover informeren" needs its
  // antecedent. A commitment before it ends that context (it is another promise) unless this sentence continues it.
  const vectors = own.map((b, i) => {
    const ctx = new Map(b);
    for (let back = 1; back <= LINK.context.length; back++) {
      const j = i - back;
      if (j < 0 || sentences[j]!.turnIndex !== sentences[i]!.turnIndex) break;
      if (sentences[j]!.isCommitment && !(back === 1 && sentences[i]!.continues)) break;
      for (const [k, v] of own[j]!) ctx.set(k, (ctx.get(k) ?? 0) + v * LINK.context[back - 1]!);
    }
    const v = new Map<string, number>();
    for (const [k, tf] of ctx) v.set(k, Math.sqrt(tf) * idf(k));
    return v;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1);
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
  });
  const deadlines = new Map<number, Deadline[]>();
  const deadlinesOf = (i: number) => deadlines.get(i) ?? deadlines.set(i, findDeadlines(sentences[i]!.text, debateDate)).get(i)!;
  // "Dan zal ik u daarover informeren" after "… is pas eind maart, begin april beschikbaar": the time is the sentence before.
  const contextDeadlines = (i: number) =>
    sentences[i]!.isCommitment && deadlinesOf(i).length === 0 && sentences[i - 1]!.turnIndex === sentences[i]!.turnIndex && !sentences[i - 1]!.isCommitment
      ? deadlinesOf(i - 1)
      : [];

  const bestScore = sentences.map(() => 0);
  const links = items.map((item) => {
    const found = new Map<number, CommitmentLink>();
    for (const q of queries(item.text)) {
      const qb = bag(words(q.point), stems);
      bag(words(q.head), stems, LINK.headWeight, qb);
      const qv = new Map<string, number>();
      for (const [k, tf] of qb) if (df.has(k)) qv.set(k, Math.sqrt(tf) * idf(k));
      const qn = Math.sqrt([...qv.values()].reduce((a, x) => a + x * x, 0)) || 1;
      const qKeys = [...qv.keys()];
      const dot = new Map<number, number>();
      for (const [k, w] of qv) for (const i of postings.get(k) ?? []) dot.set(i, (dot.get(i) ?? 0) + w * vectors[i]!.get(k)!);
      const scored = [...dot].map(([i, d]) => {
        let score = d / (qn * norms[i]!);
        if (sentences[i]!.isCommitment) score *= 1 + LINK.commitmentBonus;
        // A plain sentence that matches only through its neighbours is a neighbour, not the place.
        else if (!qKeys.some((k) => own[i]!.has(k))) score *= LINK.borrowed;
        // Only a sentence the bonus could lift over the threshold is read for deadlines (regexes are the costly part).
        if (item.deadline.kind !== 'none' && score + LINK.sameDeadline >= LINK.min) {
          score += deadlineBonus(item.deadline, deadlinesOf(i), i > 0 ? contextDeadlines(i) : []);
        }
        bestScore[i] = Math.max(bestScore[i]!, score);
        return { i, score };
      });
      scored.sort((a, b) => b.score - a.score);
      const best = scored[0]?.score ?? 0;
      // The best turn and the best other turn, to tell a clear winner from a close call.
      const top = sentences[scored[0]?.i ?? 0]!.turnIndex;
      const second = scored.find((s) => sentences[s.i]!.turnIndex !== top)?.score ?? 0;
      for (const s of scored.slice(0, LINK.perQuery)) {
        if (s.score < LINK.min || s.score < LINK.ratio * best) break;
        const g = sentences[s.i]!;
        const rival = g.turnIndex === top ? second : best;
        const link = { turnIndex: g.turnIndex, start: g.start, end: g.end, score: round(s.score), sure: s.score >= LINK.sure && s.score >= LINK.margin * rival };
        const had = found.get(s.i);
        if (!had || had.score < link.score) found.set(s.i, link);
        listed[s.i] = true;
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score);
  });
  sentences.forEach((s, i) => {
    if (s.isCommitment && bestScore[i]! >= LINK.inList) listed[i] = true;
  });
  shareAcrossPromises(sentences, listed, bestScore);
  return { links, listed };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A sentence with no words of its own to compare ("Dat zeg ik toe.") can only belong to its neighbour. */
const isBare = (text: string) => words(text).length === 0;

/**
 * Commitment sentences of one turn with at most one other sentence between
 * them often restate one promise ("Ik stuur … Dat zeg ik toe."): one that is
 * listed lists the others, as long as they resemble some item at all (a
 * different promise next to it keeps its own flag).
 */
function shareAcrossPromises(sentences: readonly GovSentence[], listed: boolean[], bestScore: readonly number[]): void {
  let group: number[] = [];
  const flush = () => {
    if (group.some((i) => listed[i])) for (const i of group) if (bestScore[i]! >= LINK.min || isBare(sentences[i]!.text)) listed[i] = true;
    group = [];
  };
  sentences.forEach((s, i) => {
    if (!s.isCommitment) return;
    const last = group[group.length - 1];
    if (last !== undefined && (sentences[last]!.turnIndex !== s.turnIndex || i - last > 2)) flush();
    group.push(i);
  });
  flush();
}
