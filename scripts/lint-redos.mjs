/**
 * ReDoS check of every regular expression in lib/ (the code that runs on page and file text),
 * with recheck (automata-based proof of linearity, fuzzing where automata cannot decide).
 * It runs offline: recheck's native binary (recheck-linux-x64, a registry package) or its
 * pure-JS build; no JVM, no network. Results are cached per pattern, flags and recheck version
 * in node_modules/.cache, so only new or changed patterns cost time (the first run about 2 min
 * on 2 CPUs). A pattern that is not proven safe, or is built at run time, needs an entry in
 * scripts/redos-allow.mjs with its reason.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { check } from 'recheck';
import { regexesIn } from './regex-literals.mjs';
import { REVIEWED, TEMPORARY } from './redos-allow.mjs';

const require = createRequire(import.meta.url);
const VERSION = require('recheck/package.json').version;
// A fixed seed makes the fuzzing checker's verdict the same on every run; the generous timeout
// keeps a loaded machine from turning a verdict into "unknown".
const PARAMS = { randomSeed: 17, timeout: 60_000 };

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (/\.tsx?$/u.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

/** @returns {Promise<{ problems: string[], warnings: string[], counts: Record<string, number> }>} */
export async function lintRegexes(root) {
  const cacheDir = join(root, 'node_modules/.cache/kamerlezer-redos');
  const cacheFile = join(cacheDir, 'results.json');
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    // First run: nothing cached.
  }
  const key = (source, flags) => createHash('sha256').update(`${VERSION}\0${JSON.stringify(PARAMS)}\0${flags}\0${source}`).digest('hex');
  const allow = [...REVIEWED.map((e) => ({ ...e, temporary: false })), ...TEMPORARY.map((e) => ({ ...e, temporary: true }))];
  const used = new Set();
  const problems = [];
  const warnings = [];
  const counts = { regexes: 0, dynamic: 0, safe: 0, flagged: 0, reviewed: 0, temporary: 0 };
  for (const file of tsFiles(join(root, 'lib'))) {
    const rel = relative(root, file);
    for (const r of regexesIn(rel, readFileSync(file, 'utf8'))) {
      counts.regexes++;
      const written = r.text.replace(/\s+/gu, ' ');
      const entry = allow.find((e) => e.file === rel && written.startsWith(e.pattern));
      if (entry) {
        used.add(entry);
        counts[entry.temporary ? 'temporary' : 'reviewed']++;
        continue;
      }
      if (r.source === null || r.flags === '?') {
        counts.dynamic++;
        problems.push(`${rel}:${r.line}: regular expression built at run time; make it a literal, or give its reason in scripts/redos-allow.mjs\n    ${r.text.slice(0, 160)}`);
        continue;
      }
      const k = key(r.source, r.flags);
      cache[k] ??= await check(r.source, r.flags, PARAMS).then((d) => ({ status: d.status, complexity: d.complexity?.summary ?? null, attack: d.attack?.pattern ?? null, error: d.error?.kind ?? null }));
      const d = cache[k];
      if (d.status === 'safe') {
        counts.safe++;
        continue;
      }
      counts.flagged++;
      const why = d.status === 'vulnerable' ? `${d.complexity}, attack ${d.attack}` : `not decided (${d.error ?? 'unknown'})`;
      problems.push(`${rel}:${r.line}: ReDoS: ${why}\n    ${r.text}`);
    }
  }
  for (const e of allow) {
    if (used.has(e)) continue;
    const msg = `scripts/redos-allow.mjs: no regular expression in ${e.file} starts with ${e.pattern} (remove the entry)`;
    (e.temporary ? warnings : problems).push(msg);
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache));
  return { problems, warnings, counts };
}
