import type { TextRun } from './pdf-lines';

/**
 * Columns of a PDF page, from where its text runs sit. Handelingen PDFs print
 * two columns; read line by line across the page, both columns mix and
 * labels land mid-line. A page has two columns when a vertical band in its
 * middle (the gutter) is crossed by (almost) no run while both sides hold a
 * good part of the text on many lines side by side. Pure geometry: no
 * coordinates of any one publisher.
 */

/** The runs of one page in reading order: each frame is read top to bottom, frames one after another. */
export type Frames = TextRun[][];

const x0 = (r: TextRun) => r.transform[4] ?? 0;
const x1 = (r: TextRun) => x0(r) + Math.max(0, r.width);
const y = (r: TextRun) => r.transform[5] ?? 0;
const chars = (r: TextRun) => r.str.replace(/\s/gu, '').length;

/** The vertical extent [bottom, top] of some runs' baselines. */
const extent = (runs: readonly TextRun[]): [number, number] => [Math.min(...runs.map(y)), Math.max(...runs.map(y))];

/**
 * The gutter's x, or null for a single column. Candidates are every 2 points
 * across the middle half of the text's width; the best is the one crossed by
 * the fewest characters. Two columns need: at most 3 % of the characters
 * crossing it, at least 20 % of them on each side, and the two sides' text
 * overlapping over at least half the height of the shorter one (they stand
 * side by side, not one under the other; their baselines need not line up,
 * as paragraph gaps shift one column against the other).
 */
export function findGutter(runs: readonly TextRun[]): number | null {
  const text = runs.filter((r) => chars(r) > 0);
  if (text.length < 10) return null;
  const left = Math.min(...text.map(x0));
  const right = Math.max(...text.map(x1));
  const total = text.reduce((n, r) => n + chars(r), 0);
  let best: { g: number; crossing: number } | null = null;
  for (let g = left + (right - left) / 4; g <= right - (right - left) / 4; g += 2) {
    let crossing = 0;
    for (const r of text) if (x0(r) < g && x1(r) > g) crossing += chars(r);
    if (!best || crossing < best.crossing) best = { g, crossing };
  }
  if (!best || best.crossing > 0.03 * total) return null;
  const g = best.g;
  const lhs = text.filter((r) => x1(r) <= g);
  const rhs = text.filter((r) => x0(r) >= g);
  const share = (rs: TextRun[]) => rs.reduce((n, r) => n + chars(r), 0) / total;
  if (share(lhs) < 0.2 || share(rhs) < 0.2) return null;
  const [lb, lt] = extent(lhs);
  const [rb, rt] = extent(rhs);
  const overlap = Math.min(lt, rt) - Math.max(lb, rb);
  return overlap > 0.5 * Math.min(lt - lb, rt - rb) ? g : null;
}

/**
 * The page's runs as frames in reading order. One column: one frame, as
 * before. Two columns: the left column, then the right; a run across the
 * gutter (a heading over both columns) goes before both when it stands
 * above the columns' text, else after (a footer across the page).
 */
export function pageFrames(runs: readonly TextRun[], gutter: number | null = findGutter(runs)): Frames {
  const g = gutter;
  if (g === null) return [[...runs]];
  const left: TextRun[] = [];
  const right: TextRun[] = [];
  const across: TextRun[] = [];
  for (const r of runs) {
    if (chars(r) === 0) {
      // Whitespace runs only say "a space here": they go with the side they start on.
      (x0(r) < g ? left : right).push(r);
    } else if (x1(r) <= g) left.push(r);
    else if (x0(r) >= g) right.push(r);
    else across.push(r);
  }
  const top = Math.max(...[...left, ...right].filter((r) => chars(r) > 0).map(y));
  const above = across.filter((r) => y(r) > top);
  const below = across.filter((r) => y(r) <= top);
  return [
    [...above, ...left],
    [...right, ...below],
  ];
}

/**
 * The gutter of each page. A page of a two-column document whose text fills
 * only one column (the last page of an item) has no gutter of its own, but
 * its running lines still sit at the two columns' edges: when most pages
 * share a gutter and nothing on such a page crosses it, the page is split
 * there too.
 */
export function documentGutters(pages: readonly (readonly TextRun[])[]): (number | null)[] {
  const own = pages.map(findGutter);
  const found = own.filter((g): g is number => g !== null).sort((a, b) => a - b);
  if (found.length === 0 || found.length < pages.length / 2) return own;
  const shared = found[Math.floor(found.length / 2)]!;
  return own.map((g, i) => g ?? (pages[i]!.some((r) => chars(r) > 0 && x0(r) < shared && x1(r) > shared) ? null : shared));
}
