import type { Transcript } from '../transcript/model';
import { firstIndex } from '../text/search';
import { features } from './text';
import { foldedSlice } from '../text/folded-text';
import type { UnitStart } from './units';

/**
 * A BM25 index over the transcript's paragraphs. Questions,
 * complaints and deferrals are scored against it; an inverted index keeps
 * the work proportional to the postings of a query's terms, never all
 * paragraphs against all sentences.
 */

export interface Passage {
  id: number;
  turnIndex: number;
  /** Index of the paragraph within its turn. */
  paragraph: number;
  /** Index of the answer unit within its paragraph (units.ts); 0 for the paragraph's first or only one. */
  part: number;
  /** The unit takes up a question without naming who asked it ("Mij is gevraagd …"). */
  anonymous: boolean;
  start: number;
  end: number;
  speakerId: string;
  /** The passage's terms as ids of the index (`PassageIndex.termIds`), ascending, with their weights in `tfs`. */
  terms: Int32Array;
  tfs: Float64Array;
  length: number;
  /** BM25's length norm of this passage, `K1 · (1 − B + B · length / avgLength)`: fixed once the index is built. */
  norm: number;
}

export interface PassageIndex {
  passages: Passage[];
  /** Each term's id: passages and queries are compared as sorted id arrays, not by looking strings up in maps. */
  termIds: Map<string, number>;
  /** Passage ids per term id, ascending. */
  postings: number[][];
  idf: (term: string) => number;
  avgLength: number;
  /** The idf of a word in one paragraph: scores are given in this unit, so thresholds hold for a short debate and a plenary day alike. */
  unit: number;
}

/** BM25's parameters (the usual ones). */
const K1 = 1.2;
const B = 0.75;

/** A term's weight in one paragraph, in halves, fits below this (2²⁰; only a hostile paragraph repeating one word half a million times is capped). */
const HALVES = 2 ** 20;

/**
 * Builds the index over every paragraph of the transcript (a chair's own
 * questions are scored too); a government paragraph is cut into its answer
 * units where `units` (units.ts) says one starts.
 */
export function buildIndex(t: Transcript, units: ReadonlyMap<number, readonly UnitStart[]> = new Map()): PassageIndex {
  const passages: Passage[] = [];
  const postings: number[][] = [];
  const termIds = new Map<string, number>();
  const add = (turn: Transcript['turns'][number], paragraph: number, part: number, start: number, end: number, anonymous: boolean) => {
    const tf = features(foldedSlice(t, start, end), true);
    const id = passages.length;
    let length = 0;
    // Each term packed with its weight into one number (id · 2²⁰ + weight in halves: `features` weighs in halves),
    // so a native numeric sort orders them by id without a comparator call per pair.
    const packed = new Float64Array(tf.size);
    let k = 0;
    for (const [term, w] of tf) {
      length += w;
      let tid = termIds.get(term);
      if (tid === undefined) {
        termIds.set(term, (tid = postings.length));
        postings.push([id]);
      } else postings[tid]!.push(id);
      packed[k++] = tid * HALVES + Math.min(HALVES - 1, Math.round(w * 2));
    }
    packed.sort();
    const terms = new Int32Array(packed.length);
    const tfs = new Float64Array(packed.length);
    for (let i = 0; i < packed.length; i++) {
      terms[i] = Math.floor(packed[i]! / HALVES);
      tfs[i] = (packed[i]! % HALVES) / 2;
    }
    passages.push({ id, turnIndex: turn.index, paragraph, part, anonymous, start, end, speakerId: turn.speakerId, terms, tfs, length, norm: 0 });
  };
  for (const turn of t.turns) {
    let at = turn.start;
    const starts = units.get(turn.index) ?? [];
    let k = 0;
    turn.paragraphs.forEach((par, p) => {
      const end = at + par.length;
      let from = at;
      let part = 0;
      let anonymous = false;
      for (; k < starts.length && starts[k]!.at < end; k++) {
        const u = starts[k]!;
        if (u.at > from) add(turn, p, part++, from, u.at, anonymous);
        if (u.at >= from) {
          from = u.at;
          anonymous = u.anonymous;
        }
      }
      add(turn, p, part, from, end, anonymous);
      at = end + 1;
    });
  }
  const n = passages.length;
  // Memoised: every question is scored against hundreds of passages, each reading the idf of each of its terms.
  const idfs = new Map<string, number>();
  const idf = (term: string) => {
    let v = idfs.get(term);
    if (v === undefined) {
      const tid = termIds.get(term);
      const df = tid === undefined ? 0 : postings[tid]!.length;
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      idfs.set(term, v);
    }
    return v;
  };
  const avgLength = n ? passages.reduce((s, p) => s + p.length, 0) / n : 1;
  for (const p of passages) p.norm = K1 * (1 - B + (B * p.length) / avgLength);
  const unit = Math.log(1 + (n - 1 + 0.5) / 1.5) || 1;
  return { passages, postings, termIds, idf, avgLength, unit };
}

/** A query as the index's sorted term ids, each with its weight × idf; terms the index lacks can match nothing and are left out. */
interface CompiledQuery {
  terms: Int32Array;
  weights: Float64Array;
}

// Cached by the query map itself: the callers (answers.ts, deferrals.ts) build each query once and never change it
// after scoring, so a map's compiled form stays true.
const compiledQueries = new WeakMap<PassageIndex, WeakMap<Map<string, number>, CompiledQuery>>();

function compiled(ix: PassageIndex, query: Map<string, number>): CompiledQuery {
  let byQuery = compiledQueries.get(ix);
  if (!byQuery) compiledQueries.set(ix, (byQuery = new WeakMap()));
  let c = byQuery.get(query);
  if (!c) {
    const pairs: [number, number][] = [];
    query.forEach((qw, term) => {
      const tid = ix.termIds.get(term);
      if (tid !== undefined) pairs.push([tid, qw * ix.idf(term)]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    const terms = new Int32Array(pairs.length);
    const weights = new Float64Array(pairs.length);
    pairs.forEach(([tid, w], i) => {
      terms[i] = tid;
      weights[i] = w;
    });
    c = { terms, weights };
    byQuery.set(query, c);
  }
  return c;
}

/**
 * BM25 of `query` (term → weight) against passage `p`: the idf mass of the
 * shared terms, saturated by tf, in units of one rare word (`ix.unit`):
 * 1 is about one word found nowhere else, or two words found in a few places.
 */
export function bm25(ix: PassageIndex, query: Map<string, number>, p: Passage): number {
  // A question meets hundreds of passages: both sides are sorted id arrays (the query compiled once), walked
  // together, where looking each query word up in the passage's map cost a fifth of the questions analysis.
  const q = compiled(ix, query);
  let score = 0;
  let i = 0;
  let j = 0;
  while (i < q.terms.length && j < p.terms.length) {
    const a = q.terms[i]!;
    const b = p.terms[j]!;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      const tf = p.tfs[j]!;
      score += q.weights[i]! * ((tf * (K1 + 1)) / (tf + p.norm));
      i++;
      j++;
    }
  }
  return score / ix.unit;
}

/**
 * BM25 of `query` against passage `p`, divided by the query's weight (the
 * score of a paragraph of average length holding each term once): 1 means
 * "all of it, once", whatever the query's length.
 */
export function relevance(ix: PassageIndex, query: Map<string, number>, p: Passage): number {
  let weight = 0;
  for (const [term, qw] of query) weight += qw * ix.idf(term);
  return weight > 0 ? (bm25(ix, query, p) * ix.unit) / weight : 0;
}

/**
 * How far after a question its answer (or a deferred point's resolution) is
 * looked for, in turns. A debate's whole exchange is shorter than this (the
 * seed committee debate has 126 turns); without a bound, a long document read
 * as one piece (a plenary day with no agenda items found) made every question
 * meet every later paragraph, and the analysis grew with the square of its
 * length.
 */
export const ANSWER_WINDOW_TURNS = 400;

/** The first passage id whose turn is at least `turn` (passages are in turn order). */
export function firstPassageOfTurn(ix: PassageIndex, turn: number): number {
  return firstIndex(ix.passages.length, (i) => ix.passages[i]!.turnIndex < turn);
}

/**
 * Ids of passages sharing at least one distinctive term with `query` and
 * passing `keep`, ascending, in turns `from` up to `to` (exclusive; all when
 * not given). Terms in more than a tenth of all paragraphs ("nederland",
 * "europa") still score but do not open candidates: on a plenary day their
 * postings would make every query touch everything. Only the postings inside
 * the range are read (binary search), so a query's cost does not grow with
 * the length of the document.
 */
export function candidates(
  ix: PassageIndex,
  query: Map<string, number>,
  keep: (p: Passage) => boolean,
  turns: { from: number; to: number } | null = null,
): number[] {
  const seen = new Set<number>();
  const cap = Math.max(50, ix.passages.length / 10);
  const lo = turns ? firstPassageOfTurn(ix, turns.from) : 0;
  const hi = turns ? firstPassageOfTurn(ix, turns.to) : ix.passages.length;
  for (const term of query.keys()) {
    const tid = ix.termIds.get(term);
    const list = tid === undefined ? [] : ix.postings[tid]!;
    if (list.length > cap) continue;
    for (let k = firstIndex(list.length, (i) => list[i]! < lo); k < list.length && list[k]! < hi; k++) {
      const id = list[k]!;
      if (!seen.has(id) && keep(ix.passages[id]!)) seen.add(id);
    }
  }
  return [...seen].sort((a, b) => a - b);
}
