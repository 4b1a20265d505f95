#!/usr/bin/env node
/**
 * Project lint: the rules that matter for a content script on someone else's
 * page, checked as text over the source. Exits 1 naming each violation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { forbiddenImport } from './lint-imports.mjs';
import { lintRegexes } from './lint-redos.mjs';

const root = new URL('..', import.meta.url).pathname;
const DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'bench'];

function* files(dir, wanted = /\.(ts|tsx|mjs|js|css|html)$/) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p, wanted);
    else if (wanted.test(name)) yield p;
  }
}

const RULES = [
  // Page text must reach the DOM as text, never as HTML.
  { re: /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/, msg: 'HTML from strings (use text nodes)', skip: /^(scripts|bench)\// },
  { re: /\beval\(|new Function\(/, msg: 'eval / new Function (no remote or generated code)' },
  { re: /console\.log\(/, msg: 'console.log left in product code', skip: /^(scripts|bench)\// },
  // lib/ is framework-free: it runs in Node (analyze), tests and every extension context.
  { re: /from ['"](preact|wxt|wxt\/[^'"]*|webextension-polyfill)['"]/, msg: 'lib/ must not import a framework or browser API', only: /^lib\// },
  // The reading list lives in the extension's own origin, never the page's.
  { re: /from ['"]idb['"]|indexedDB/, msg: 'IndexedDB in a content script would write into the page origin', only: /^(entrypoints\/[^/]*content|components\/overlay-app)\// },
  { re: /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/, msg: 'network request', skip: /^(scripts|bench)\// },
  // Entrypoints are wiring only: what two of them share lives in components/ or lib/.
  { re: /from ['"]\.\.\/(?!\.)/, msg: 'an entrypoint imports another entrypoint (share through components/ or lib/)', only: /^entrypoints\/[^/]+\/[^/]+$/ },
  // One palette, light and dark: components/design-tokens.css. (CSS and HTML files are read too.)
  { re: /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?=[;\s)])/, msg: 'a colour outside components/design-tokens.css', only: /^(components|entrypoints)\// },
];

// Explicit, reviewed exceptions: file → rule messages allowed there, with why.
const ALLOW = {
  'components/design-tokens.css': ['a colour outside components/design-tokens.css'],
  // The one request the product makes: the transcript PDF from the page's own site, on the reader's click.
  'components/overlay-app/open-pdf.ts': ['network request'],
};

let problems = 0;
for (const dir of DIRS) {
  for (const file of files(join(root, dir))) {
    const rel = relative(root, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const rule of RULES) {
      if (rule.only && !rule.only.test(rel)) continue;
      if (rule.skip && rule.skip.test(rel)) continue;
      if (ALLOW[rel]?.includes(rule.msg)) continue;
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (rule.re.test(line)) {
          problems++;
          console.error(`${rel}:${i + 1}: ${rule.msg}\n    ${line.trim()}`);
        }
      });
    }
  }
}
// Every regular expression that runs on page or file text: checked for catastrophic backtracking.
const redos = await lintRegexes(root);
for (const p of redos.problems) console.error(p);
for (const w of redos.warnings) console.warn(`warning: ${w}`);
problems += redos.problems.length;
console.log(`lint: regular expressions in lib/: ${JSON.stringify(redos.counts)}`);
// zod decides at schema construction whether to generate code, so the jitless switch must run
// before anything else in each entrypoint's bundle (lib/zod-jitless.ts). Not in the content script:
// it loads no zod at all (the check below), so it builds no schema and the switch would be bytes only.
const ENTRY = /^entrypoints\/[^/]+\/(index|main)\.tsx?$/;
const CONTENT_SCRIPT = 'entrypoints/transcript.content/index.tsx';
for (const file of files(join(root, 'entrypoints'))) {
  const rel = relative(root, file);
  if (!ENTRY.test(rel) || rel === CONTENT_SCRIPT) continue;
  const first = readFileSync(file, 'utf8').split('\n').find((l) => /^import\b/.test(l));
  if (!/^import '@\/lib\/zod-jitless';/.test(first ?? '')) {
    problems++;
    console.error(`${rel}: the first import must be '@/lib/zod-jitless' (zod without code generation)`);
  }
}

// The content script runs on every transcript page and has a size budget (bench, figure 5): zod's
// schemas stay in the extension's own pages and the background, and no part of zod is loaded here.
const zodChain = forbiddenImport(root, join(root, CONTENT_SCRIPT), (spec) => /^zod(\/|$)/.test(spec));
if (zodChain) {
  problems++;
  console.error(`the content script loads zod: ${zodChain.join(' → ')}`);
}

// What ships: every file of each build present in .output (npm run build / build:firefox / zip).
// The source rule above cannot see the libraries; this sees exactly what the stores get.
const SHIPPED_EVAL = /new Function\(|(?<![\w$.])eval\(|(?<![\w$.])Function\((`|"|')/;
let builds = 0;
for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(root, '.output', build);
  if (!existsSync(dir)) continue;
  builds++;
  for (const file of files(dir, /\.(m?js|html)$/)) {
    const text = readFileSync(file, 'utf8');
    const m = SHIPPED_EVAL.exec(text);
    if (m) {
      problems++;
      console.error(`${relative(root, file)}: generated code in a shipped file: ${text.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    }
  }
}
if (!builds) console.log('lint: no build in .output, shipped files not checked (npm run build first)');

if (problems) {
  console.error(`lint: ${problems} problem(s)`);
  process.exit(1);
}
console.log('lint: ok');
