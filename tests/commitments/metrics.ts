import type { Commitment } from '../../lib/commitments/model';
import type { Transcript } from '../../lib/transcript/model';

/**
 * Precision and recall of commitments against an answer key written by
 * reading the debate (seed-expected.json and the inline keys of the fixture
 * pages). A quote is a verbatim fragment of one sentence of the given turn.
 */

export interface Place {
  turn: number;
  quote: string;
}
export interface ExpectedItem {
  made: Place[];
  related: Place[];
}
export interface ExpectedInDebate {
  positives: { turn: number; quotes: string[]; closing: number | null | 'either' }[];
  ambiguous: Place[];
  negatives: (Place & { why?: string })[];
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Whether the span [start, end) of `t.text` in `turn` contains the quote. */
export function at(t: Transcript, p: Place, turn: number, start: number, end: number): boolean {
  return p.turn === turn && squash(t.text.slice(start, end)).includes(squash(p.quote));
}

export interface LinkScores {
  links: number;
  correct: number;
  made: number;
  madeFound: number;
  itemsHit: number;
  items: number;
  sure: number;
  sureCorrect: number;
  turnPrecision: number;
  turnRecall: number;
  precision: number;
  recall: number;
  /** Per item: made places not linked, links on neither made nor related. */
  misses: { item: number; quote: string }[];
  wrong: { item: number; turn: number; text: string }[];
}

/** Link precision (links on made or related sentences) and recall (made sentences linked), by sentence and by turn. */
export function scoreLinks(t: Transcript, closing: Commitment[], expected: ExpectedItem[]): LinkScores {
  const s: LinkScores = { links: 0, correct: 0, made: 0, madeFound: 0, itemsHit: 0, items: expected.length, sure: 0, sureCorrect: 0, turnPrecision: 0, turnRecall: 0, precision: 0, recall: 0, misses: [], wrong: [] };
  let turnLinks = 0;
  let turnCorrect = 0;
  let madeTurns = 0;
  let madeTurnsFound = 0;
  expected.forEach((e, i) => {
    const links = closing[i]?.links ?? [];
    const ok = [...e.made, ...e.related];
    const okTurns = new Set(ok.map((p) => p.turn));
    for (const l of links) {
      const good = ok.some((p) => at(t, p, l.turnIndex, l.start, l.end));
      s.links++;
      if (good) s.correct++;
      else s.wrong.push({ item: i, turn: l.turnIndex, text: t.text.slice(l.start, l.end) });
      if (l.sure) {
        s.sure++;
        if (good) s.sureCorrect++;
      }
    }
    const linkedTurns = new Set(links.map((l) => l.turnIndex));
    turnLinks += linkedTurns.size;
    turnCorrect += [...linkedTurns].filter((x) => okTurns.has(x)).length;
    const madeT = new Set(e.made.map((p) => p.turn));
    madeTurns += madeT.size;
    madeTurnsFound += [...madeT].filter((x) => linkedTurns.has(x)).length;
    let hit = false;
    for (const p of e.made) {
      s.made++;
      if (links.some((l) => at(t, p, l.turnIndex, l.start, l.end))) {
        s.madeFound++;
        hit = true;
      } else s.misses.push({ item: i, quote: p.quote });
    }
    if (hit) s.itemsHit++;
  });
  s.precision = s.links ? s.correct / s.links : 1;
  s.recall = s.made ? s.madeFound / s.made : 1;
  s.turnPrecision = turnLinks ? turnCorrect / turnLinks : 1;
  s.turnRecall = madeTurns ? madeTurnsFound / madeTurns : 1;
  return s;
}

export interface InDebateScores {
  detected: number;
  ignored: number;
  truePositive: number;
  positives: number;
  found: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  missed: string[];
  negativesHit: string[];
  listedRight: number;
  listedJudged: number;
  listedWrong: string[];
}

/**
 * In-debate precision (detected sentences on a positive, over detected minus
 * ambiguous), recall (positives with at least one sentence detected), the
 * negatives that were wrongly detected, and whether `inClosingList` agrees
 * with the key for positives the key decides.
 */
export function scoreInDebate(t: Transcript, found: Commitment[], key: ExpectedInDebate): InDebateScores {
  const inDebate = found.filter((c) => c.source === 'in-debate' && c.sentence);
  const s: InDebateScores = { detected: inDebate.length, ignored: 0, truePositive: 0, positives: key.positives.length, found: 0, precision: 0, recall: 0, falsePositives: [], missed: [], negativesHit: [], listedRight: 0, listedJudged: 0, listedWrong: [] };
  const matches = (c: Commitment, turn: number, quote: string) => at(t, { turn, quote }, c.turnIndex ?? -1, c.sentence!.start, c.sentence!.end);
  for (const c of inDebate) {
    if (key.positives.some((p) => p.quotes.some((q) => matches(c, p.turn, q)))) s.truePositive++;
    else if (key.ambiguous.some((a) => matches(c, a.turn, a.quote))) s.ignored++;
    else s.falsePositives.push(`${c.turnIndex}: ${c.text}`);
    const neg = key.negatives.find((n) => matches(c, n.turn, n.quote));
    if (neg) s.negativesHit.push(`${neg.turn}: ${neg.quote}`);
  }
  for (const p of key.positives) {
    const hits = inDebate.filter((c) => p.quotes.some((q) => matches(c, p.turn, q)));
    if (hits.length > 0) s.found++;
    else s.missed.push(`${p.turn}: ${p.quotes[0]}`);
    if (hits.length > 0 && p.closing !== 'either') {
      s.listedJudged++;
      const want = p.closing !== null;
      if (hits.every((c) => c.inClosingList === want)) s.listedRight++;
      else s.listedWrong.push(`${p.turn}: ${p.quotes[0]} (want ${want})`);
    }
  }
  const judged = s.detected - s.ignored;
  s.precision = judged ? s.truePositive / judged : 1;
  s.recall = s.positives ? s.found / s.positives : 1;
  return s;
}

/** Two decimals, for console output. */
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
