import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closingCommitments } from '../../../lib/commitments/closing-list';
import { parseText } from '../../../lib/transcript/parse';
import type { Count } from '../score';
import { bare } from '../match-text';

/**
 * Scores the held-apart set of committee-report endings (closing-lists.json):
 * made-up reports, each with the items of the chair's closing list as its
 * writer expects them, written by a helper who read neither lib/ nor the rest
 * of the evaluation data, and split into halves before the product ran on
 * them (its `split`). One item, one yes/no: the product's item text must be
 * the expected one (case, white space, a leading article and final
 * punctuation aside).
 */
type Half = 'tuning' | 'test';
interface Report {
  id: string;
  half: Half;
  why: string;
  text: string;
  items: string[];
}
export interface ClosingMiss {
  report: string;
  kind: 'missed' | 'false alarm' | 'unreadable';
  text: string;
}

export function loadClosingReports(): Report[] {
  return (JSON.parse(readFileSync(join(import.meta.dirname, 'closing-lists.json'), 'utf8')) as { reports: Report[] }).reports;
}

/** Items found, missed and wrong over the reports of one half (or all), and how many reports came out whole. */
export function scoreClosingLists(half?: Half, reports: readonly Report[] = loadClosingReports()): { count: Count; whole: number; reports: number; misses: ClosingMiss[] } {
  const count: Count = { tp: 0, fp: 0, fn: 0 };
  const misses: ClosingMiss[] = [];
  let whole = 0;
  const chosen = reports.filter((r) => half === undefined || r.half === half);
  for (const r of chosen) {
    const parsed = parseText(r.text);
    if (!parsed.ok) {
      count.fn += r.items.length;
      misses.push({ report: r.id, kind: 'unreadable', text: parsed.message });
      continue;
    }
    const found = closingCommitments(parsed.transcript).map((c) => c.text);
    const left = found.map(bare);
    let right = 0;
    for (const item of r.items) {
      const at = left.indexOf(bare(item));
      if (at >= 0) {
        left.splice(at, 1);
        right++;
      } else misses.push({ report: r.id, kind: 'missed', text: item });
    }
    for (const x of left) misses.push({ report: r.id, kind: 'false alarm', text: x });
    count.tp += right;
    count.fn += r.items.length - right;
    count.fp += left.length;
    if (right === r.items.length && left.length === 0) whole++;
  }
  return { count, whole, reports: chosen.length, misses };
}
