/**
 * npx tsx scripts/format-glossary.ts [--check]
 * Reads lib/terms/glossary.json, validates it against the schema, sorts the
 * entries by sortKey and rewrites the file in canonical form (the form the
 * glossary test demands byte for byte). Exits 1 on schema or lint problems;
 * with --check it only reports whether the file is already canonical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Glossary, formatGlossary, lintGlossary, sortGlossary } from '../lib/terms/glossary-schema';

const path = fileURLToPath(new URL('../lib/terms/glossary.json', import.meta.url));
const check = process.argv.includes('--check');

function fail(message: string): never {
  process.stderr.write(`format-glossary: ${message}\n`);
  process.exit(1);
}

let data: unknown;
const raw = readFileSync(path, 'utf8');
try {
  data = JSON.parse(raw);
} catch (e) {
  fail(`${path} is not valid JSON: ${String(e)}`);
}

const parsed = Glossary.safeParse(data);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  fail(`schema errors:\n${lines.join('\n')}`);
}

const sorted = sortGlossary(parsed.data);
const text = formatGlossary(sorted);
const problems = lintGlossary(sorted);

if (check) {
  if (text !== raw) fail('not in canonical form; run: npx tsx scripts/format-glossary.ts');
} else if (text !== raw) {
  writeFileSync(path, text);
  process.stdout.write(`format-glossary: rewrote ${path}\n`);
}
if (problems.length > 0) fail(`lint problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
process.stdout.write(`format-glossary: ${sorted.entries.length} entries, ok\n`);
