/**
 * Figure 1: the full analysis (parse + every registered analyzer) against
 * the physical floor (a TreeWalker reading every text node), in plain
 * Chromium, on generated pages of about 20,000, 100,000 and 200,000 words.
 */
import { launchPlain } from './browser.mjs';

const SECTION = '1 analysis';
const ENTRY_URL = 'kl-bench-entry.js';

const WARMUP_MS = 1500;
const MAX_EXTRA_WARMUP = 4;

const k = (words) => `${Math.round(words / 1000)}k`;

export async function figure1({ results, pages, entryJs, runs, url, log }) {
  const b = await launchPlain();
  const content = `${entryJs}\n//# sourceURL=${ENTRY_URL}\n`;
  const perK = {};
  const fullBySize = {};
  const phasesBySize = {};
  const wordsBySize = {};
  let lastPage = null;
  try {
    for (const { words, file } of pages) {
      b.serve(url, { file });
      const page = await b.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e.message).split('\n')[0]));
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content });
      if (!(await page.evaluate(() => typeof window.__klBench === 'object'))) {
        throw new Error(`the benchmark entry did not start: ${errors[0] ?? 'no error reported'}`);
      }
      const full = [];
      const floor = [];
      const ratio = [];
      const scan = [];
      const phases = {};
      let cold = null;
      let floorInfo = null;
      // Warm-up: at least one run (the first is the page's cold, unoptimised analysis,
      // reported apart), more on small pages until 1.5 s have been spent, so every
      // size is measured with optimised code.
      let warmMs = 0;
      let warmRuns = 0;
      while (full.length < runs) {
        const warming = warmRuns === 0 || (warmRuns < 1 + MAX_EXTRA_WARMUP && warmMs < WARMUP_MS);
        // Each measured over at least 200 ms (the scan 50 ms), averaged: several runs on the 20,000-word page, one
        // on the larger ones. The very first full analysis runs once, so that "cold" is one cold run.
        const r = await page.evaluate((first) => {
          const kl = window.__klBench;
          const full = kl.full(first ? 0 : 200);
          const floor = kl.floor();
          const scan = kl.scan(50);
          const phases = kl.phases(200);
          return { full, floor, scan, phases };
        }, warmRuns === 0 && full.length === 0);
        if (warming) {
          if (warmRuns === 0) cold = r.full;
          warmRuns++;
          warmMs += r.full + r.floor.ms * r.floor.reps + r.scan.ms + Object.values(r.phases).reduce((a, b) => a + b, 0);
          continue;
        }
        full.push(r.full);
        floor.push(r.floor.ms);
        ratio.push(r.full / r.floor.ms);
        scan.push(r.scan.ms);
        floorInfo = r.floor;
        for (const [name, ms] of Object.entries(r.phases)) (phases[name] ??= []).push(ms);
      }
      const desc = await page.evaluate(() => window.__klBench.describe());
      const label = `${k(words)} words`;
      log(`  fig 1 ${label}: ${desc.words} words, ${desc.turns} turns, ${floorInfo?.nodes} text nodes; full ${Math.round(full[0] ?? 0)} ms`);
      results.add(`analysis.${k(words)}.full`, SECTION, `1 full analysis, ${label}`, 'ms', full, `${desc.words} words, ${desc.turns} turns`);
      results.add(`analysis.${k(words)}.floor`, SECTION, `1 floor (TreeWalker text pass), ${label}`, 'ms', floor, `${floorInfo?.nodes} text nodes, ${floorInfo?.chars} chars; mean of ${floorInfo?.reps} passes per sample`);
      results.add(`analysis.${k(words)}.ratio`, SECTION, `1 full ÷ floor, ${label}`, '×', ratio);
      results.add(`analysis.${k(words)}.scan`, SECTION, `1   one word-regex pass (text pass + one word regex), ${label}`, 'ms', scan, 'touches every character once: the unit of the analysis budgets');
      results.add(`analysis.${k(words)}.vsScan`, SECTION, `1 full ÷ one word-regex pass, ${label}`, '×', full.map((ms, i) => ms / scan[i]));
      if (phases.parse) results.add(`analysis.${k(words)}.parseVsScan`, SECTION, `1 parse ÷ one word-regex pass, ${label}`, '×', phases.parse.map((ms, i) => ms / scan[i]));
      results.one(`analysis.${k(words)}.cold`, SECTION, `1 full analysis, cold (first run), ${label}`, 'ms', cold, 'first run in a fresh page: unoptimised code, as the content script runs it');
      perK[words] = full.map((ms) => ms / (desc.words / 1000));
      phasesBySize[words] = phases;
      wordsBySize[words] = desc.words;
      fullBySize[words] = full;
      results.add(`analysis.${k(words)}.perKWords`, SECTION, `1 ms per 1,000 words, ${label}`, 'ms', perK[words]);
      for (const name of Object.keys(phases)) {
        results.add(`analysis.${k(words)}.phase.${name}`, SECTION, `1   phase ${name}, ${label}`, 'ms', phases[name]);
      }
      // The table shows the details for the largest page only; results.json has them all.
      if (words !== Math.max(...pages.map((p) => p.words))) {
        for (const key of [`analysis.${k(words)}.scan`, `analysis.${k(words)}.cold`, `analysis.${k(words)}.vsScan`, `analysis.${k(words)}.parseVsScan`, ...Object.keys(phases).map((n) => `analysis.${k(words)}.phase.${n}`)]) {
          if (results.get(key)) results.jsonOnly(key);
        }
      }
      if (lastPage) await lastPage.close();
      lastPage = page;
    }
    const sizes = pages.map((p) => p.words);
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    if (perK[small] && perK[large]) {
      const growth = perK[large].map((x, i) => x / perK[small][i]);
      results.add('analysis.growth', SECTION, `1 growth: ms/1k words at ${k(large)} ÷ at ${k(small)}`, '×', growth, '≈ 1 when time grows linearly with size');
      // The same per phase: which part grows faster than the text.
      const scale = wordsBySize[small] / wordsBySize[large];
      for (const name of Object.keys(phasesBySize[large] ?? {})) {
        const a = phasesBySize[small]?.[name];
        const b = phasesBySize[large][name];
        if (!a) continue;
        results.add(`analysis.growth.${name}`, SECTION, `1   growth of phase ${name}`, '×', b.map((x, i) => (x * scale) / a[i]));
      }
    }
    if (lastPage) await profile(lastPage, results, fullBySize[large] ?? [], k(large), modulesByLine(entryJs), log);
  } finally {
    await b.close();
  }
}

/**
 * CPU profile of the full analysis on the largest page: self time per source
 * module of the bundle (esbuild writes a `// path` line before each module),
 * builtins and regular expressions counted to the module that called them.
 */
async function profile(page, results, fullSamples, label, moduleOfLine, log) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const approx = fullSamples.length ? Math.min(...fullSamples) : 500;
  const reps = Math.max(1, Math.min(3, Math.round(2000 / approx)));
  await page.evaluate((n) => {
    for (let i = 0; i < n; i++) window.__klBench.full();
  }, reps);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const owner = (id) => {
    // The nearest node (itself or an ancestor) in the benchmark bundle.
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n.callFrame.url === ENTRY_URL) return n;
    }
    return null;
  };
  const modules = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const fn = n.callFrame.functionName;
    if (fn === '(idle)' || fn === '(root)' || fn === '(program)') continue;
    let mod;
    let fname;
    if (fn === '(garbage collector)') {
      mod = '(garbage collector)';
      fname = mod;
    } else {
      const o = owner(id);
      if (!o) continue; // the evaluate wrapper, Playwright's own scripts
      mod = moduleOfLine[o.callFrame.lineNumber] ?? '(bundle)';
      fname = `${o.callFrame.functionName || '(anonymous)'} (${mod.replace(/^.*\//, '')})`;
    }
    total += ms;
    modules.set(mod, (modules.get(mod) ?? 0) + ms);
    functions.set(fname, (functions.get(fname) ?? 0) + ms);
  }
  if (total === 0) return;
  const medianFull = fullSamples.length ? [...fullSamples].sort((a, b) => a - b)[fullSamples.length >> 1] : total / reps;
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [mod, ms] of top(modules, 5)) {
    const share = ms / total;
    results.one(`analysis.${label}.profile.module.${mod}`, SECTION, `1   profile ${label}: ${mod} (${(share * 100).toFixed(0)} %)`, 'ms', share * medianFull, 'share of the sampled CPU time × median full analysis');
  }
  for (const [fname, ms] of top(functions, 4)) {
    const share = ms / total;
    results.one(`analysis.${label}.profile.fn.${fname}`, SECTION, `1   hottest ${fname} (${(share * 100).toFixed(0)} %)`, 'ms', share * medianFull, 'self time incl. builtins/regexps it called');
  }
  log(`  fig 1 profile: ${Math.round(total / reps)} ms sampled per run`);
}

/** Line number (0-based) → source module, from esbuild's `// path` comments in a non-minified bundle. */
export function modulesByLine(bundle) {
  const out = [];
  let cur = '(bundle)';
  const lines = bundle.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\/\/ ((?:lib|bench|components|entrypoints|node_modules)\/\S+\.[cm]?[jt]sx?)$/.exec(lines[i]);
    if (m) cur = m[1].replace(/^node_modules\/([^/]+).*/, 'node_modules/$1');
    out.push(cur);
  }
  return out;
}
