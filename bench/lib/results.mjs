/**
 * The benchmark's results: every figure (median, min, max of its samples),
 * the budgets checked against them, the printed tables and bench/results.json.
 */

export const NA_FEATURE = 'n/a (feature not built)';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summary(samples) {
  const xs = samples.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (xs.length === 0) return null;
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

export class Results {
  constructor() {
    /** key → { section, label, unit, median, min, max, n, samples?, note?, na? } */
    this.figures = {};
    this.order = [];
    this.budgets = [];
  }

  /** A figure measured several times: median, min and max of the samples. */
  add(key, section, label, unit, samples, note) {
    const s = summary(samples);
    if (!s) return this.na(key, section, label, unit, note ?? 'n/a (no sample)');
    this.#put(key, { section, label, unit, ...s, samples: samples.map(round4), ...(note ? { note } : {}) });
    return this.figures[key];
  }

  /** Keeps a figure in results.json but out of the printed table. */
  jsonOnly(key) {
    if (this.figures[key]) this.figures[key].table = false;
  }

  /** A figure measured once (sizes, profile shares). */
  one(key, section, label, unit, value, note) {
    this.#put(key, { section, label, unit, median: value, min: value, max: value, n: 1, ...(note ? { note } : {}) });
    return this.figures[key];
  }

  /** A figure that could not be measured: `reason` is printed instead of numbers. */
  na(key, section, label, unit, reason = NA_FEATURE) {
    this.#put(key, { section, label, unit, na: reason });
    return this.figures[key];
  }

  get(key) {
    const f = this.figures[key];
    return f && !f.na ? f : null;
  }

  #put(key, f) {
    if (!(key in this.figures)) this.order.push(key);
    this.figures[key] = f;
  }

  /** A budget: `measured` is a figure's median (or null when the figure is n/a). */
  budget(name, figureKey, limit, unit, measured = this.get(figureKey)?.median ?? null, reason) {
    const holds = measured === null || !Number.isFinite(measured) ? null : measured <= limit;
    this.budgets.push({
      name,
      figure: figureKey,
      measured: measured === null ? null : round4(measured),
      limit,
      unit,
      holds,
      ...(holds === null ? { reason: reason ?? this.figures[figureKey]?.na ?? 'not measured' } : {}),
    });
  }
}

function round4(x) {
  return typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x;
}

export function fmt(x, unit) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (unit === '×') return x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);
  if (unit === 'bytes') return String(Math.round(x));
  if (unit === 'KB' || unit === 'MB') return x.toFixed(1);
  if (unit === '%') return x.toFixed(1);
  if (unit === 'count' || unit === 'passages') return String(Math.round(x));
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells) =>
    '│ ' + cells.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' │ ') + ' │';
  const rule = (l, m, r) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤')];
  let prev = null;
  for (const r of rows) {
    if (r === 'rule') {
      if (prev !== 'rule') out.push(rule('├', '┼', '┤'));
    } else out.push(line(r));
    prev = r;
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

export function figuresTable(results) {
  const rows = [];
  let section = null;
  for (const key of results.order) {
    const f = results.figures[key];
    if (f.table === false) continue;
    if (section !== null && f.section !== section) rows.push('rule');
    section = f.section;
    if (f.na) rows.push([f.label, f.na, '', '', f.unit]);
    else rows.push([f.label, fmt(f.median, f.unit), f.n > 1 ? fmt(f.min, f.unit) : '', f.n > 1 ? fmt(f.max, f.unit) : '', f.unit]);
  }
  return table(['figure', 'median', 'min', 'max', 'unit'], rows, ['l', 'r', 'r', 'r', 'l']);
}

export function budgetsTable(results) {
  const rows = results.budgets.map((b) => [
    b.name,
    b.measured === null ? b.reason : `${fmt(b.measured, b.unit)} ${b.unit}`,
    `≤ ${fmt(b.limit, b.unit)} ${b.unit}`,
    b.holds === null ? '–' : b.holds ? '✓' : '✗',
  ]);
  return table(['budget', 'measured (median)', 'limit', 'holds'], rows, ['l', 'r', 'r', 'l']);
}
