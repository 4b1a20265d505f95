import { hyphenEvidence, lineEndBreak, type HyphenEvidence } from '../text/hyphenation';
import { findDate } from '../transcript/meta';
import { normalizeText } from '../transcript/normalize';
import { parseChairChange, parseLabel } from '../transcript/patterns';
import { documentGutters, pageFrames } from './pdf-columns';

/**
 * Turns positioned text runs (as pdf.js gives them) back into the plain text a
 * PDF-to-text tool would give: one line per printed line, a blank line where
 * the vertical gap says a paragraph ends, running headers/footers and page
 * numbers dropped. Pure geometry and text: no pdf.js here, so it is tested
 * with plain objects too.
 */

/** One text run of a page: pdf.js `TextItem` fields we use. */
export interface TextRun {
  str: string;
  /** [a, b, c, d, x, y]: x/y of the baseline start in PDF user space (y grows upwards). */
  transform: readonly number[];
  width: number;
  height: number;
}

/** One page: its runs and its box. */
export interface PageRuns {
  runs: readonly TextRun[];
  /** The page box [x0, y0, x1, y1]; only its vertical extent is used. */
  view: readonly number[];
}

interface Line {
  y: number;
  size: number;
  text: string;
}

const isBlank = (s: string) => /^[\s\u00A0]*$/u.test(s);

function fontSize(r: TextRun): number {
  const [, , c = 0, d = 0] = r.transform;
  return Math.hypot(c, d) || r.height || 10;
}

/** Joins the runs of one printed line left to right; a space where the gap is wider than a tight word space. */
function joinRuns(runs: TextRun[], size: number): string {
  let text = '';
  let end: number | null = null;
  let pendingSpace = false;
  for (const r of runs) {
    // pdf.js emits whitespace-only runs for gaps it saw itself: they only say "a space here".
    if (isBlank(r.str)) {
      if (text) pendingSpace = true;
      continue;
    }
    const x = r.transform[4] ?? 0;
    if (text && end !== null) {
      const gap = x - end;
      if ((pendingSpace || gap > 0.15 * size) && !/\s$/u.test(text) && !/^\s/u.test(r.str)) text += ' ';
    }
    text += r.str;
    end = x + r.width;
    pendingSpace = false;
  }
  return text.trimEnd(); // the same characters as [\s\u00A0], without a regex that is quadratic on inner runs
}

/**
 * A label printed on the same line as the speech ("Mevrouw X (P): Voorzitter…")
 * goes on a line of its own, but only where a run ends at the colon: a
 * sentence that merely contains a colon is never split.
 */
function splitLabel(runs: TextRun[], size: number): TextRun[][] {
  for (let k = 0; k < runs.length - 1; k++) {
    if (!/:\s*$/u.test(runs[k]!.str)) continue;
    const head = normalizeText(joinRuns(runs.slice(0, k + 1), size));
    if (parseLabel(head)) return [runs.slice(0, k + 1), runs.slice(k + 1)];
    return [runs];
  }
  return [runs];
}

/** Groups a page's runs into lines, top to bottom, by baseline. */
function pageLines(runs: readonly TextRun[]): Line[] {
  const usable = runs.filter((r) => typeof r.str === 'string' && r.str.length > 0);
  const sorted = [...usable].sort((a, b) => (b.transform[5] ?? 0) - (a.transform[5] ?? 0) || (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  const groups: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const y = r.transform[5] ?? 0;
    const size = fontSize(r);
    const cur = groups[groups.length - 1];
    // Same line when the baselines are within ~40% of the font size (sub/superscripts, mixed fonts).
    if (cur && Math.abs(cur.y - y) <= Math.max(1.5, 0.4 * Math.max(cur.size, size))) {
      cur.runs.push(r);
      if (!isBlank(r.str)) cur.size = Math.max(cur.size, size);
    } else {
      groups.push({ y, size: isBlank(r.str) ? 0 : size, runs: [r] });
    }
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.runs.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    const size = g.size || 10;
    for (const part of splitLabel(g.runs, size)) {
      const text = joinRuns(part, size);
      if (!isBlank(text)) lines.push({ y: g.y, size, text });
    }
  }
  return lines;
}

const PAGE_NUMBER = /^[-–—\s]*(?:(?:pagina|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:\/|van|of)\s*\d{1,4})?[-–—\s]*$/iu;

/** Key for a running header/footer: case, spacing and numbers (page numbers, dates) do not matter. */
const repeatKey = (s: string) => normalizeText(s).toLowerCase().replace(/\d+/g, '#');

/**
 * The usual distance between baselines: the most common one (rounded to half
 * a point), the smaller on a tie, so paragraph gaps never set it.
 */
function linePitch(pages: Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const d = Math.round((lines[i - 1]!.y - lines[i]!.y) * 2) / 2;
      if (d > 0 && d <= 3 * lines[i]!.size) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [d, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && d < best)) best = d;
  const sizes = pages.flat().map((l) => l.size).sort((a, b) => a - b);
  return best ?? 1.2 * (sizes[Math.floor(sizes.length / 2)] ?? 10);
}

/**
 * Drops running headers, footers and page numbers: a line at the very top or
 * bottom of a page, set off from the text by more than a line's spacing, that
 * is a bare page number or repeats (numbers aside) at the same edge of at
 * least half the pages. Labels are never dropped.
 */
function dropRunningLines(pages: Line[][], pitch: number, dropped: Line[] = []): Line[][] {
  if (pages.length === 0) return pages;
  const need = Math.max(2, Math.ceil(pages.length / 2));
  const count = (edge: 'top' | 'bottom') => {
    const m = new Map<string, number>();
    for (const lines of pages) {
      const keys = new Set((edge === 'top' ? lines.slice(0, 2) : lines.slice(-2)).map((l) => repeatKey(l.text)));
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const top = count('top');
  const bottom = count('bottom');
  const running = (l: Line, counts: Map<string, number>) => {
    const norm = normalizeText(l.text);
    if (parseLabel(norm)) return false;
    return PAGE_NUMBER.test(norm) || (pages.length >= 2 && (counts.get(repeatKey(l.text)) ?? 0) >= need);
  };
  // Headers and footers sit in the margin: the one or two lines at an edge are dropped together
  // when each is running and the text is more than a line's spacing away from them (two footer
  // lines such as a date above "TK 40" stand at the normal spacing from each other).
  const apart = (a: Line | undefined, b: Line | undefined) => !a || !b || Math.abs(a.y - b.y) > 1.3 * pitch;
  const edge = (lines: Line[], counts: Map<string, number>) => {
    for (let k = Math.min(2, lines.length); k > 0; k--) {
      if (lines.slice(0, k).every((l) => running(l, counts)) && apart(lines[k - 1], lines[k])) return k;
    }
    return 0;
  };
  return pages.map((lines) => {
    const start = edge(lines, top);
    const end = lines.length - edge(lines.slice(start).reverse(), bottom);
    dropped.push(...lines.slice(0, start), ...lines.slice(end));
    return lines.slice(start, end);
  });
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// A hyphen before "en"/"of"/"tot" is a "weglatingsstreepje" ("Uitvoerings- en implementatiewet"):
// the space after it is real. pdf.js trims line-end spaces, so it is put back here; the block parser
// then keeps it, while "Wit-\nRusland" stays joined without one.
const SUSPENDED_HYPHEN_NEXT = /^(?:en|of|tot|noch|en\/of)\b/u;

/**
 * Rebuilds the text of a whole document from its pages' runs. A paragraph
 * runs on over a page break (the seed's text does the same), unless the new
 * page visibly starts lower than its pages usually do, or the old page ends
 * well before its usual bottom.
 */
export function runsToText(pages: readonly PageRuns[]): string {
  // Each page as frames (one per column, pdf-columns.ts), each frame as lines.
  const gutters = documentGutters(pages.map((p) => p.runs));
  const framed = pages.map((p, i) => pageFrames(p.runs, gutters[i]).map(pageLines));
  const pitch = linePitch(framed.flat());
  // Running headers and footers repeat at the edge of the same column on each page: each column
  // position is checked across the pages on its own.
  const dropped: Line[] = [];
  for (let k = 0; k < Math.max(0, ...framed.map((f) => f.length)); k++) {
    const at = framed.map((f, i) => (f[k] ? i : -1)).filter((i) => i >= 0);
    const kept = dropRunningLines(at.map((i) => framed[i]![k]!), pitch, dropped);
    at.forEach((i, n) => (framed[i]![k] = kept[n]!));
  }
  const linesPerPage = framed.map((frames) => frames.flat());
  const topOf = (i: number) => (pages[i]!.view[3] ?? 0) - linesPerPage[i]![0]!.y;
  const bottomOf = (i: number) => linesPerPage[i]!.at(-1)!.y - (pages[i]!.view[1] ?? 0);
  const filled = linesPerPage.map((l, i) => (l.length > 0 ? i : -1)).filter((i) => i >= 0);
  const usualTop = median(filled.map(topOf)) ?? 0;
  const usualBottom = median(filled.map(bottomOf)) ?? 0;

  const out: string[] = [];
  let prevPage = -1;
  for (const i of filled) {
    const lines = linesPerPage[i]!;
    if (prevPage >= 0) {
      const startsLow = topOf(i) - usualTop > 0.8 * pitch;
      const endsHigh = bottomOf(prevPage) - usualBottom > 2.5 * pitch;
      if (startsLow || endsHigh) out.push('');
    }
    lines.forEach((l, k) => {
      if (k > 0 && lines[k - 1]!.y - l.y > 1.35 * pitch) out.push('');
      out.push(l.text);
    });
    prevPage = i;
  }
  return fixLineEnds(withRunningDate(out, dropped)).join('\n');
}

/**
 * A PDF that states its date only in a running header or footer (Handelingen:
 * "8 februari 2024" above "TK 40") would lose it with the running lines. When
 * the text before the first speaker has no date, the first dated running line
 * is put there once, as a paragraph of its own, so the header reads it.
 */
function withRunningDate(out: string[], dropped: readonly Line[]): string[] {
  // The body starts at the first label or chair line ("Voorzitter: X"): the header is what comes before.
  const first = out.findIndex((l) => parseLabel(normalizeText(l)) !== null || parseChairChange(normalizeText(l)) !== null);
  if (first < 0 || findDate(out.slice(0, first).join('\n')) !== null) return out;
  const dated = dropped.find((l) => findDate(l.text) !== null);
  if (!dated) return out;
  return [...out.slice(0, first), '', normalizeText(dated.text), '', ...out.slice(first)];
}

/**
 * Lines that open a paragraph although lower-case: a clause of a motion as printed ("van oordeel dat", "en gaat over
 * tot …"), an attendance's last part ("en de heer …", "alsmede …"), a lettered item ("a. …", "b) …").
 */
const KEEPS_BREAK = /^(?:(?:gehoord|overwegende|constaterende|verzoekt|van mening|van oordeel|is van mening|spreekt|roept|draagt|besluit|alsmede)\b|en (?:gaat over|de heer|mevrouw)\b|\p{Ll}[.)] )/u;

/** Line-end hyphen details that a plain join of lines would get wrong. */
function fixLineEnds(lines: string[]): string[] {
  const gone = new Set<number>();
  // What the document shows of its words and hyphens, made once and only if some line ends in one.
  let evidence: HyphenEvidence | null = null;
  const doc = () => (evidence ??= hyphenEvidence(lines));
  for (let i = 0; i < lines.length - 1; i++) {
    const cur = lines[i]!;
    // A paragraph never ends in a broken word or in the middle of a sentence: a blank line after "Bin-" before
    // "nenlandse Zaken", or after "… zoals geluidsoverlast," before "lege winkels …" (a column or page that ends, or a
    // wider gap, read as a paragraph's end), is no break, and goes. A motion's clauses are paragraphs of their own
    // ("De Kamer," / "gehoord de beraadslaging," / "overwegende dat …"), and so is the government after the members
    // in a report's attendance ("…, Straatman en Vondeling," / "en de heer Van den Brink, minister …").
    let j = i + 1;
    const after = lines[j + 1] ?? '';
    if (lines[j] === '' && /[\p{L}\d,-]$/u.test(cur) && /^\p{Ll}/u.test(after) && !KEEPS_BREAK.test(after)) gone.add(j++);
    const next = lines[j]!;
    if (next === '') continue;
    if (/\p{L}-$/u.test(cur) && SUSPENDED_HYPHEN_NEXT.test(next)) lines[i] = cur + ' ';
    // A soft hyphen marks a word the layout broke, and so does a hard hyphen unless spelling or
    // the document says it is the word's own (lib/text/hyphenation.ts): the word is made whole on this line.
    else if (cur.endsWith('\u00AD') || lineEndBreak(cur, next, doc)) {
      // The next line's first word, and what follows its white space (a line holds no line break).
      const word = /^\S*/u.exec(next)![0];
      const rest = next.slice(word.length).trimStart();
      lines[i] = cur.slice(0, -1) + word;
      lines[j] = rest;
      if (rest === '') gone.add(j);
    }
  }
  const kept = lines.filter((_, i) => !gone.has(i));
  // No leading, trailing or doubled blank lines.
  return kept.filter((l, i) => l !== '' || (i > 0 && i < kept.length - 1 && kept[i - 1] !== ''));
}
