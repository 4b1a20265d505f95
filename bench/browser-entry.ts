/**
 * Figure 1 of the benchmark, bundled by bench/run.mjs (esbuild, iife) and
 * injected into a generated transcript page opened in plain Chromium.
 *
 *   full()   parseDocumentWithLayout + every analyzer registered in lib/analyzers.ts
 *   floor()  a TreeWalker over document.body reading every text node: the
 *            least any analysis of the page's text must do (the physical floor)
 *   phases() the same work as full(), timed per phase (parse, then each analyzer)
 *
 * Only this file and the lib/ code it imports are bundled; nothing here is
 * part of the extension.
 */
import { analyzers } from '../lib/analyzers';
import { parseDocumentWithLayout } from '../lib/transcript/parse';

type Analyzer = (t: unknown) => unknown;

function registered(): [string, Analyzer][] {
  return Object.entries(analyzers as Record<string, unknown>).filter((e): e is [string, Analyzer] => typeof e[1] === 'function');
}

/** Keeps results reachable so no work can be skipped as dead. */
let sink: unknown = null;

function parse() {
  const built = parseDocumentWithLayout(document, location.href);
  if (!built.result.ok) throw new Error(`benchmark page did not parse: ${built.result.message}`);
  return built.result.transcript;
}

export interface FloorResult {
  ms: number;
  chars: number;
  nodes: number;
  reps: number;
}

function floorOnce(): { chars: number; nodes: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { chars, nodes };
}

/**
 * The mean of `run`'s results over as many runs as fit in `minMs` (at least
 * one). On the 20,000-word page one run of a phase takes a few ms, where one
 * garbage collection or the 0.1 ms timer moves it by a tenth or more; the
 * larger pages run once, as before.
 */
function repeated(minMs: number, run: () => number): number {
  let sum = 0;
  let reps = 0;
  const started = performance.now();
  do {
    sum += run();
    reps++;
  } while (performance.now() - started < minMs);
  return sum / reps;
}

const bench = {
  /** Names of the analyzers registered in lib/analyzers.ts. */
  analyzers(): string[] {
    return registered().map(([name]) => name);
  },
  /** One full analysis, in ms: the mean of as many as fit in `minMs` (at least one; see `repeated`). */
  full(minMs = 0): number {
    return repeated(minMs, () => {
      const t0 = performance.now();
      const t = parse();
      const out: unknown[] = [t];
      for (const [, fn] of registered()) out.push(fn(t));
      const ms = performance.now() - t0;
      sink = out;
      return ms;
    });
  },
  /**
   * One pass over every text node, in ms. A single pass on a 20,000-word page
   * is near the timer's resolution (0.1 ms without cross-origin isolation),
   * so passes are repeated until at least `minMs` have elapsed and the mean
   * per pass is returned.
   */
  floor(minMs = 30): FloorResult {
    let reps = 0;
    let last = { chars: 0, nodes: 0 };
    const t0 = performance.now();
    let t1 = t0;
    while (reps < 10_000 && (t1 - t0 < minMs || reps === 0)) {
      last = floorOnce();
      reps++;
      t1 = performance.now();
    }
    sink = last;
    return { ms: (t1 - t0) / reps, chars: last.chars, nodes: last.nodes, reps };
  },
  /**
   * For comparison, not a budget: the same pass plus one word regex over
   * every text node, i.e. touching every character once (floor() only reads
   * each node's length).
   */
  scan(minMs = 0): { ms: number; words: number } {
    let words = 0;
    const ms = repeated(minMs, () => {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const word = /[\p{L}\p{N}]+/gu;
      words = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const m = (n as Text).data.match(word);
        if (m) words += m.length;
      }
      const ms = performance.now() - t0;
      sink = words;
      return ms;
    });
    return { ms, words };
  },
  /** The full analysis timed per phase, in ms: { parse, <analyzer>… }. */
  phases(minMs = 0): Record<string, number> {
    const sums: Record<string, number> = {};
    let reps = 0;
    const started = performance.now();
    do {
      let t0 = performance.now();
      const t = parse();
      sums.parse = (sums.parse ?? 0) + performance.now() - t0;
      const out: unknown[] = [t];
      for (const [name, fn] of registered()) {
        t0 = performance.now();
        out.push(fn(t));
        sums[name] = (sums[name] ?? 0) + performance.now() - t0;
      }
      sink = out;
      reps++;
    } while (performance.now() - started < minMs);
    return Object.fromEntries(Object.entries(sums).map(([name, ms]) => [name, ms / reps]));
  },
  /** Words and turns of the parsed page, to check the page is what the table says. */
  describe(): { words: number; turns: number; speakers: number } {
    const t = parse();
    const words = t.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return { words, turns: t.turns.length, speakers: t.speakers.length };
  },
  sink: () => sink !== null,
};

declare global {
  interface Window {
    __klBench: typeof bench;
  }
}

window.__klBench = bench;
