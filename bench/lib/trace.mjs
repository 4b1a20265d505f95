/**
 * Chrome tracing for figure 2: which main-thread tasks are the extension's,
 * and what each spends its time on (script, compile, GC, style, layout,
 * paint). The generated page has no scripts of its own, so script time on its
 * main thread is the extension's (its content script by URL, and the promise
 * continuations it schedules).
 */

const CATEGORIES = [
  'disabled-by-default-devtools.timeline', // RunTask: one event per main-thread task
  'devtools.timeline', // EvaluateScript, FunctionCall, Layout, UpdateLayoutTree, Paint, GC, ParseHTML
  'v8.execute', // RunMicrotasks
  'blink.user_timing', // navigation timing, performance.mark
];

/** Runs `body` with tracing on (a page CDP session; Chrome traces every process) and returns the events. */
export async function traced(cdp, body) {
  const events = [];
  const onData = (e) => {
    for (const x of e.value) events.push(x);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  try {
    await body();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

const JS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.run', 'V8.Execute', 'v8.callFunction', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);
const COMPILE = new Set(['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.produceCache', 'v8.produceModuleCache', 'v8.deserializeOnBackground']);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation']);
const LAYOUT = new Set(['Layout', 'UpdateLayout', 'IntersectionObserverController::computeIntersections', 'ComputeIntersections']);
const PAINT = new Set(['PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer', 'PaintImage', 'CompositeLayers', 'RasterTask']);

function kind(e) {
  if (e.name === 'RunTask') return 'other';
  if (JS.has(e.name)) return 'script';
  if (COMPILE.has(e.name)) return 'compile';
  if (e.name === 'MinorGC' || e.name === 'MajorGC' || /(^|,)disabled-by-default-v8\.gc/.test(e.cat) || e.name.startsWith('V8.GC')) return 'gc';
  if (STYLE.has(e.name)) return 'style';
  if (LAYOUT.has(e.name)) return 'layout';
  if (PAINT.has(e.name)) return 'paint';
  if (e.name === 'ParseHTML') return 'html';
  if (e.name.startsWith('V8.') || e.cat === 'v8.execute') return 'script'; // interrupts, stack guards: inside script
  return 'other';
}

const url = (e) => e.args?.data?.url ?? '';

/**
 * Main-thread tasks of the page at `pageUrl`: each with its duration, the
 * extension's script time in it and a breakdown by kind, in ms; plus the
 * DOMContentLoaded and ready times on the same clock.
 */
export function tasksOf(events, pageUrl) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.split('#')[0] === pageUrl);
  if (!parse) return null;
  const { pid, tid } = parse;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const dcl = events.filter((e) => e.pid === pid && e.name === 'domContentLoadedEventStart' && e.ts >= parse.ts).sort((a, b) => a.ts - b.ts)[0];
  const ready = events.find((e) => e.pid === pid && e.name === 'kamerlezer:ready');
  const navStart = events
    .filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts <= parse.ts)
    .sort((a, b) => b.ts - a.ts)[0];
  const tasks = [];
  let i = 0;
  while (i < onThread.length) {
    const t = onThread[i];
    if (t.name !== 'RunTask') {
      i++;
      continue;
    }
    const end = t.ts + t.dur;
    let j = i + 1;
    const inside = [];
    while (j < onThread.length && onThread[j].ts < end) inside.push(onThread[j++]);
    tasks.push(summarise(t, inside));
    i = j; // nested RunTasks belong to this task
  }
  return { tasks, dcl: dcl?.ts ?? null, ready: ready?.ts ?? null, navStart: navStart?.ts ?? null };
}

function summarise(task, inside) {
  // Self time per event: its duration minus its direct children's.
  const all = [task, ...inside];
  const selfOf = new Map(all.map((e) => [e, e.dur]));
  const stack = [];
  for (const e of all) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.ts + e.dur <= parent.ts + parent.dur + 1) selfOf.set(parent, selfOf.get(parent) - e.dur);
    stack.push(e);
  }
  const by = { script: 0, compile: 0, gc: 0, style: 0, layout: 0, paint: 0, html: 0, other: 0 };
  for (const [e, self] of selfOf) by[kind(e)] += Math.max(0, self) / 1000;
  // Extension script: outermost script events from the extension (by URL) and promise continuations.
  let extScript = 0;
  let coveredUntil = -Infinity;
  for (const e of inside) {
    if (e.ts < coveredUntil) continue;
    const isExt = (JS.has(e.name) || COMPILE.has(e.name)) && url(e).startsWith('chrome-extension://');
    if (isExt || e.name === 'RunMicrotasks') {
      extScript += e.dur / 1000;
      coveredUntil = e.ts + e.dur;
    }
  }
  return { ts: task.ts, end: task.ts + task.dur, ms: task.dur / 1000, extScript, by };
}

/** An extension task: at least 1 ms of the extension's script in it (a stray 0.1 ms callback does not make a layout task the extension's). */
export const isExtensionTask = (t) => t.extScript >= 1;

export function breakdown(t, top = 8) {
  const parts = Object.entries(t.by)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `${k} ${Math.round(ms)}`);
  return parts.join(', ');
}

/**
 * Where the time between two moments (trace clock, µs) went on the main
 * thread: busy in the extension's tasks, busy in other tasks (the page's own
 * parsing and rendering), or idle (waiting: for a timer, storage, the
 * background), in ms.
 */
export function timeBetween(tasks, from, to) {
  const out = { total: (to - from) / 1000, extension: 0, other: 0, idle: 0, by: { script: 0, compile: 0, gc: 0, style: 0, layout: 0, paint: 0, html: 0, other: 0 } };
  for (const t of tasks) {
    const overlap = Math.max(0, Math.min(t.end, to) - Math.max(t.ts, from)) / 1000;
    if (overlap === 0) continue;
    if (isExtensionTask(t)) out.extension += overlap;
    else out.other += overlap;
    // Apportion the task's kinds to the part inside the window.
    const share = overlap / t.ms;
    for (const [k, ms] of Object.entries(t.by)) out.by[k] += ms * share;
  }
  out.idle = Math.max(0, out.total - out.extension - out.other);
  return out;
}
