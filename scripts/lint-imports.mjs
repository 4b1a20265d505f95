/**
 * What the content script loads, followed through its source: every runtime
 * import (not `import type`, not an import of types only) from its entry, so
 * that a library meant for the extension's own pages cannot slip into the
 * script that runs on every transcript page. zod did once: a helper moved into
 * the file of the schemas, and the content script grew from 40 to 64 KB gzip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const EXTS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolve(root, from, spec) {
  const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? join(dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of EXTS) {
    const p = base + ext;
    if (/\.tsx?$/.test(p) && existsSync(p)) return p;
  }
  return null;
}

/** Runtime imports of one source file: side-effect imports, and imports or re-exports naming at least one value. */
function runtimeSpecifiers(text) {
  // Comments out first, also at the end of a line ("b, // the b's value" inside a multi-line import), not "https://".
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const out = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    const names = /\{([^}]*)\}/.exec(m[3]);
    const outsideBraces = m[3].replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
    const valueNames = names ? names[1].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')) : [];
    if (outsideBraces || valueNames.length > 0 || !names) out.push(m[4]);
  }
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]);
  return out;
}

/**
 * The chain of files from `entry` to the first runtime import `forbidden(spec, file)`
 * refuses, or null when there is none.
 */
export function forbiddenImport(root, entry, forbidden) {
  const seen = new Map([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (forbidden(spec, relative(root, file))) {
        const chain = [`${spec}`];
        for (let f = file; f; f = seen.get(f)) chain.unshift(relative(root, f));
        return chain;
      }
      const next = resolve(root, file, spec);
      if (next && !seen.has(next)) {
        seen.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}
