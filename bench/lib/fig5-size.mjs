/**
 * Figure 5: bytes the browser loads: the content script (every file under
 * content-scripts/) and the whole built extension, raw and gzip (level 9,
 * per file; summed, this is close to the size of the store zip).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const SECTION = '5 size';
const KB = 1024;

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

function measure(paths) {
  let raw = 0;
  let gz = 0;
  for (const p of paths) {
    const b = readFileSync(p);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gz };
}

/** Vite's "?raw" imports (the design tokens' stylesheet as a string), which rolldown alone cannot load. */
const rawImports = {
  name: 'raw-imports',
  resolveId(id, importer) {
    return id.endsWith('?raw') && importer ? `${resolve(dirname(importer), id.slice(0, -'?raw'.length))}?raw` : null;
  },
  load(id) {
    return id.endsWith('?raw') ? `export default ${JSON.stringify(readFileSync(id.slice(0, -'?raw'.length), 'utf8'))};` : null;
  },
};

/**
 * Where the content script's bytes come from: its entry bundled again with
 * rolldown (the bundler inside Vite 8 that WXT uses), module sizes as
 * rendered before minification, grouped by package or lib/ folder. WXT's own
 * runtime (auto-imported) is left out, so this is a share, not an exact size.
 */
async function contentScriptShares(root) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: join(root, 'entrypoints/transcript.content/index.tsx'),
    cwd: root,
    platform: 'browser',
    resolve: { alias: { '@': root } },
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    logLevel: 'silent',
    plugins: [rawImports],
  });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  const groups = new Map();
  let total = 0;
  for (const [id, m] of Object.entries(output[0].modules)) {
    const path = relative(root, id).replace(/^.*node_modules\//, 'node_modules/');
    const parts = path.split('/');
    const group = path.startsWith('node_modules/')
      ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/')
      : path.endsWith('.json') || parts.length < 3
        ? path
        : `${parts.slice(0, 2).join('/')}/`;
    groups.set(group, (groups.get(group) ?? 0) + m.renderedLength);
    total += m.renderedLength;
  }
  return [...groups].map(([group, bytes]) => ({ group, share: bytes / total })).sort((a, b) => b.share - a.share);
}

export async function figure5({ results, extDir, root, log }) {
  if (!extDir) {
    results.na('size.contentScript.gzip', SECTION, '5 content script, gzip', 'KB', 'n/a (build failed)');
    return null;
  }
  const all = files(extDir);
  const cs = all.filter((p) => relative(extDir, p).startsWith('content-scripts'));
  if (cs.length === 0) {
    results.na('size.contentScript.gzip', SECTION, '5 content script, gzip', 'KB');
  } else {
    const c = measure(cs);
    const names = cs.map((p) => relative(extDir, p)).join(', ');
    results.one('size.contentScript', SECTION, '5 content script', 'KB', c.raw / KB, names);
    results.one('size.contentScript.gzip', SECTION, '5 content script, gzip', 'KB', c.gz / KB, names);
    try {
      const shares = await contentScriptShares(root);
      for (const { group, share } of shares.slice(0, 4)) {
        results.one(`size.contentScript.share.${group}`, SECTION, `5   of which ${group} (${(share * 100).toFixed(0)} %)`, 'KB', (share * c.gz) / KB, 'share of the module code before minification × gzip size: an estimate');
      }
    } catch (e) {
      log(`  fig 5: no breakdown (${String(e.message).split('\n')[0]})`);
    }
  }
  const e = measure(all);
  results.one('size.extension', SECTION, `5 whole extension (${all.length} files)`, 'KB', e.raw / KB);
  results.one('size.extension.gzip', SECTION, '5 whole extension, gzip (Σ per file)', 'KB', e.gz / KB);
  return Object.fromEntries(all.map((p) => [relative(extDir, p), statSync(p).size]));
}
