/**
 * npx tsx scripts/format-parties.ts [--check]
 * Reads lib/questions/parties.json, validates it against the schema and rewrites
 * it in canonical form (the form tests/questions/parties.test.ts demands byte for
 * byte). Exits 1 on schema or lint problems; with --check it only reports whether
 * the file is already canonical. The order of the parties is kept: it is meaning
 * (lib/questions/parties.ts), not presentation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parties, formatParties, lintParties } from '../lib/questions/parties-schema';

const path = fileURLToPath(new URL('../lib/questions/parties.json', import.meta.url));
const check = process.argv.includes('--check');

function fail(message: string): never {
  process.stderr.write(`format-parties: ${message}\n`);
  process.exit(1);
}

let data: unknown;
const raw = readFileSync(path, 'utf8');
try {
  data = JSON.parse(raw);
} catch (e) {
  fail(`${path} is not valid JSON: ${String(e)}`);
}

const parsed = Parties.safeParse(data);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  fail(`schema errors:\n${lines.join('\n')}`);
}

const text = formatParties(parsed.data);
const problems = lintParties(parsed.data);

if (check) {
  if (text !== raw) fail('not in canonical form; run: npx tsx scripts/format-parties.ts');
} else if (text !== raw) {
  writeFileSync(path, text);
  process.stdout.write(`format-parties: rewrote ${path}\n`);
}
if (problems.length > 0) fail(`lint problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
process.stdout.write(`format-parties: ${parsed.data.parties.length} parties, ok\n`);
