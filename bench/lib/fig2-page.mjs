/**
 * Figure 2: what the extension costs a 200,000-word page in real Chromium,
 * with vs. without the built extension (two persistent contexts, runs
 * alternating between them).
 */
import { breakdown, isExtensionTask, tasksOf, timeBetween, traced } from './trace.mjs';
import { sleep } from './browser.mjs';

const SECTION = '2 page';
const READY_TIMEOUT = 5_000;
/** After ready (or load, without the extension): long tasks that follow (lazy marks, idle work) are counted too. */
const SETTLE = 1_000;
/** How long to wait for the first term mark (the analyses run off the page, cold, on a shared machine). */
const TERMS_TIMEOUT = 15_000;

/** Registered in every page before its own code: long tasks, from the start of the page. */
export const LONGTASK_INIT = () => {
  window.__klLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__klLong.push({ s: e.startTime, d: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the figures say n/a.
  }
};

async function readyMark(page, timeout) {
  try {
    const h = await page.waitForFunction(() => performance.getEntriesByName('kamerlezer:ready')[0]?.startTime ?? false, null, {
      timeout,
      polling: 50,
    });
    return await h.jsonValue();
  } catch {
    return null;
  }
}

/**
 * When the first term mark is in the page (performance.now()), or null after
 * `timeout` ms. The analyses arrive after the overlay is up (computed off the
 * page), so their marks come later; the tasks that add them are counted too.
 */
export function termMarks(page, timeout) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve) => {
        const found = () => document.querySelector('.kl-term') !== null;
        if (found()) return resolve(performance.now());
        const mo = new MutationObserver(() => {
          if (!found()) return;
          mo.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        mo.observe(document.body, { subtree: true, childList: true });
        const timer = setTimeout(() => {
          mo.disconnect();
          resolve(null);
        }, timeout);
      }),
    timeout,
  );
}

async function loadOnce(h, url, withExt, { readyTimeout = READY_TIMEOUT, termsTimeout = TERMS_TIMEOUT } = {}) {
  const page = await h.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const ready = withExt && readyTimeout > 0 ? await readyMark(page, readyTimeout) : null;
    const terms = ready !== null && termsTimeout > 0 ? await termMarks(page, termsTimeout) : null;
    await sleep(SETTLE);
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const mem = performance.memory;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dclStart: nav.domContentLoadedEventStart,
        dclEnd: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        long: window.__klLong ?? null,
        jsHeap: mem ? mem.usedJSHeapSize : null,
      };
    });
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const after = (m.long ?? []).filter((t) => t.s >= m.dclStart);
    return {
      ...m,
      ready,
      readyAfterDCL: ready === null ? null : ready - m.dclStart,
      termsAfterDCL: terms === null ? null : terms - m.dclStart,
      longestAfterDCL: m.long ? Math.max(0, ...after.map((t) => t.d)) : null,
      blockingAfterDCL: m.long ? after.reduce((s, t) => s + Math.max(0, t.d - 50), 0) : null,
      heapAfterGC: heap.usedSize,
    };
  } finally {
    await page.close();
  }
}

async function tracedOnce(h, url, termsTimeout) {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const events = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // Interval polling (not rAF): its callbacks are tasks of their own, never inside a rendering task.
      const ready = await page
        .waitForFunction(() => performance.getEntriesByName('kamerlezer:ready').length > 0, null, { timeout: READY_TIMEOUT, polling: 100 })
        .then(() => true)
        .catch(() => false);
      if (ready && termsTimeout > 0) await termMarks(page, termsTimeout);
      await sleep(SETTLE);
    });
    await cdp.detach();
    if (process.env.BENCH_TRACE_DIR) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.BENCH_TRACE_DIR}/trace-${Date.now()}.json`, JSON.stringify({ traceEvents: events }));
    }
    const t = tasksOf(events, url);
    if (!t || t.dcl === null) return null;
    const ext = t.tasks.filter(isExtensionTask);
    if (ext.length === 0) return { ext: [], t };
    const first = ext[0].ts;
    const render = t.tasks.filter((x) => x.ts >= first && !isExtensionTask(x));
    return {
      t,
      ext,
      toReady: t.ready === null ? null : timeBetween(t.tasks, t.dcl, t.ready),
      longest: Math.max(...ext.map((x) => x.ms)),
      longestWork: Math.max(...ext.map((x) => x.extScript)),
      over50: ext.filter((x) => x.ms > 50).length,
      script: ext.reduce((s, x) => s + x.extScript, 0),
      startAfterDCL: (first - t.dcl) / 1000,
      renderAfter: render.length ? Math.max(...render.map((x) => x.ms)) : 0,
      renderTask: render.sort((a, b) => b.ms - a.ms)[0] ?? null,
    };
  } finally {
    await page.close();
  }
}

/** The longest main-thread task of a page load without the extension (trace), in ms. */
async function tracedPlain(h, url) {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const events = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await sleep(SETTLE);
    });
    await cdp.detach();
    const t = tasksOf(events, url);
    return t && t.tasks.length ? Math.max(...t.tasks.map((x) => x.ms)) : null;
  } finally {
    await page.close();
  }
}

export async function figure2({ results, withExt, without, url, runs, tracedRuns, log }) {
  // Warm-up: one load each (disk cache, the extension's first start), not counted.
  const warm = await loadOnce(withExt, url, true);
  await loadOnce(without, url, false);
  // No overlay (or no term marks) on the warm-up: measure the rest without waiting for them.
  const opts = { readyTimeout: warm.ready === null ? 0 : READY_TIMEOUT, termsTimeout: warm.termsAfterDCL === null ? 0 : TERMS_TIMEOUT };
  if (warm.ready === null) log(`  fig 2: no overlay: ${withExt.whyNot()}`);
  else if (warm.termsAfterDCL === null) log('  fig 2: no term marks within 15 s');
  const w = [];
  const wo = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so drift on a shared machine hits both sides alike.
    if (i % 2 === 0) {
      w.push(await loadOnce(withExt, url, true, opts));
      wo.push(await loadOnce(without, url, false));
    } else {
      wo.push(await loadOnce(without, url, false));
      w.push(await loadOnce(withExt, url, true, opts));
    }
    log(`  fig 2 run ${i + 1}/${runs}: ready +${fmtMs(w[i].readyAfterDCL)} after DCL, load ${Math.round(w[i].load)} / ${Math.round(wo[i].load)} ms`);
  }
  const built = w.some((r) => r.ready !== null);
  const col = (rs, f) => rs.map(f).filter((x) => typeof x === 'number');
  const MB = 1024 * 1024;
  if (built) {
    results.add('page.readyAfterDCL', SECTION, '2 overlay ready after DOMContentLoaded', 'ms', col(w, (r) => r.readyAfterDCL), 'performance mark kamerlezer:ready − domContentLoadedEventStart (negative: ready before the event, in the task that fires it)');
    results.add('page.readyAfterNavStart', SECTION, '2 overlay ready after navigation start', 'ms', col(w, (r) => r.ready));
    if (opts.termsTimeout > 0) {
      results.add('page.termsAfterDCL', SECTION, '2 first term marks in the page after DCL', 'ms', col(w, (r) => r.termsAfterDCL), 'the analyses arrive after the overlay; then their marks are added');
    }
  } else {
    results.na('page.readyAfterDCL', SECTION, '2 overlay ready after DOMContentLoaded', 'ms', withExt.whyNot());
  }
  results.add('page.fcp.with', SECTION, '2 first contentful paint, with extension', 'ms', col(w, (r) => r.fcp), 'when the reader first sees the page\u2019s text');
  results.add('page.fcp.without', SECTION, '2 first contentful paint, without', 'ms', col(wo, (r) => r.fcp));
  results.add('page.dcl.with', SECTION, '2 DOMContentLoaded, with extension', 'ms', col(w, (r) => r.dclEnd));
  results.add('page.dcl.without', SECTION, '2 DOMContentLoaded, without', 'ms', col(wo, (r) => r.dclEnd));
  results.add('page.load.with', SECTION, '2 page load (loadEventEnd), with extension', 'ms', col(w, (r) => r.load));
  results.add('page.load.without', SECTION, '2 page load (loadEventEnd), without', 'ms', col(wo, (r) => r.load));
  results.add('page.loadRatio', SECTION, '2 page load with ÷ without', '×', w.map((r, i) => r.load / wo[i].load), 'per pair of consecutive runs');
  if (w[0].long === null) {
    results.na('page.longTask.with', SECTION, '2 longest long task after DCL, with extension', 'ms', 'n/a (no long task API)');
  } else {
    results.add('page.longTask.with', SECTION, '2 longest long task after DCL, with extension', 'ms', col(w, (r) => r.longestAfterDCL), 'PerformanceObserver longtask, tasks starting at or after domContentLoadedEventStart');
    results.add('page.longTask.without', SECTION, '2 longest long task after DCL, without', 'ms', col(wo, (r) => r.longestAfterDCL));
    results.add('page.blocking.with', SECTION, '2 blocking time after DCL (Σ task − 50 ms), with', 'ms', col(w, (r) => r.blockingAfterDCL));
    results.add('page.blocking.without', SECTION, '2 blocking time after DCL (Σ task − 50 ms), without', 'ms', col(wo, (r) => r.blockingAfterDCL));
  }
  results.add('page.heap.with', SECTION, '2 JS heap after GC, with extension', 'MB', col(w, (r) => r.heapAfterGC / MB), 'CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (the page\u2019s renderer, content script included)');
  results.add('page.heap.without', SECTION, '2 JS heap after GC, without', 'MB', col(wo, (r) => r.heapAfterGC / MB));
  results.add('page.heap.delta', SECTION, '2 JS heap after GC, with − without', 'MB', w.map((r, i) => (r.heapAfterGC - wo[i].heapAfterGC) / MB));
  if (w[0].jsHeap !== null) {
    results.add('page.jsHeapBeforeGC.with', SECTION, '2 performance.memory used (before GC), with', 'MB', col(w, (r) => r.jsHeap / MB));
    results.add('page.jsHeapBeforeGC.without', SECTION, '2 performance.memory used (before GC), without', 'MB', col(wo, (r) => r.jsHeap / MB));
  }

  // The extension's own tasks, attributed from a Chrome trace (separate runs: tracing costs time).
  if (!built) {
    results.na('page.ext.longestWork', SECTION, '2 longest extension work in one task (trace)', 'ms', withExt.whyNot());
    return;
  }
  const own = [];
  for (let i = 0; i < tracedRuns; i++) {
    const r = await tracedPlain(without, url).catch(() => null);
    if (r !== null) own.push(r);
  }
  if (own.length) {
    results.add('page.noext.longestTask', SECTION, '2 the page\u2019s own longest task, without extension (trace)', 'ms', own, 'from navigation to load + 1 s: the browser parsing, styling and laying out the page');
  }
  const tr = [];
  for (let i = 0; i < tracedRuns; i++) {
    const r = await tracedOnce(withExt, url, opts.termsTimeout).catch((e) => {
      log(`  fig 2 trace failed: ${e.message}`);
      return null;
    });
    if (r && r.ext.length) tr.push(r);
  }
  if (tr.length === 0) {
    results.na('page.ext.longestWork', SECTION, '2 longest extension work in one task (trace)', 'ms', 'n/a (no extension task in the trace)');
    return;
  }
  results.add('page.ext.longestWork', SECTION, '2 longest extension work in one task (trace)', 'ms', tr.map((r) => r.longestWork), `the extension's own script in a task (forced style and layout inside it included); ${tr.length} traced runs`);
  results.add('page.ext.longestTask', SECTION, '2 longest task with extension work in it, whole task (trace)', 'ms', tr.map((r) => r.longest), `tasks with ≥ 1 ms of the extension's script, with the browser's own work in the same task (parsing, style)`);
  results.add('page.ext.tasksOver50', SECTION, '2 tasks of the extension over 50 ms (trace)', 'count', tr.map((r) => r.over50));
  results.add('page.ext.script', SECTION, '2 script time of the extension, total (trace)', 'ms', tr.map((r) => r.script));
  results.add('page.ext.startAfterDCL', SECTION, '2 content script starts after DCL (trace)', 'ms', tr.map((r) => r.startAfterDCL));
  results.add('page.ext.renderAfter', SECTION, '2 longest rendering task after it started (trace)', 'ms', tr.map((r) => r.renderAfter), 'tasks without its script: style/layout of the page after its changes');
  // The run whose longest task is the median one: its long tasks, each broken down.
  const sorted = [...tr].sort((a, b) => a.longest - b.longest);
  const mid = sorted[(sorted.length - 1) >> 1];
  mid.ext
    .filter((x) => x.ms > 50)
    .forEach((x, i) => {
      results.one(`page.ext.task${i + 1}`, SECTION, `2   ext task ${i + 1} at DCL+${Math.round((x.ts - mid.t.dcl) / 1000)} ms: ${breakdown(x)}`, 'ms', x.ms, 'median traced run');
    });
  if (mid.toReady) {
    const r = mid.toReady;
    results.one(
      'page.ext.toReady',
      SECTION,
      `2   DCL → ready (traced): extension ${Math.round(r.extension)}, page ${Math.round(r.other)}, idle ${Math.round(r.idle)}`,
      'ms',
      r.total,
      'main thread between DOMContentLoaded and the ready mark: in the extension\u2019s tasks, in other tasks (the page\u2019s parsing and rendering), idle (waiting for the content script to be injected, for storage)',
    );
  }
  if (mid.renderTask && mid.renderTask.ms > 50) {
    const x = mid.renderTask;
    results.one('page.ext.renderTask', SECTION, `2   rendering task at DCL+${Math.round((x.ts - mid.t.dcl) / 1000)} ms: ${breakdown(x)}`, 'ms', x.ms, 'median traced run');
  }
}

const fmtMs = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : 'n/a');
