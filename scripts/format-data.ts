/**
 * npx tsx scripts/format-data.ts [glossary|parties] [--check]
 * The linted data files of lib/ (the glossary, the party names): each is read,
 * validated against its schema, put in canonical form and rewritten (the form
 * its test demands byte for byte). Exits 1 on schema or lint problems; with
 * --check it only reports whether each file is already canonical. Without a
 * name, every file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { Parties, formatParties, lintParties } from '../lib/questions/parties-schema';
import { Glossary, formatGlossary, lintGlossary, sortGlossary } from '../lib/terms/glossary-schema';

interface DataFile<T> {
  path: string;
  schema: z.ZodType<T>;
  /** Canonical order: the glossary by sortKey; the parties keep theirs, which is meaning (lib/questions/parties.ts). */
  canonical: (data: T) => T;
  format: (data: T) => string;
  lint: (data: T) => string[];
  describe: (data: T) => string;
}
const file = <T>(f: DataFile<T>): DataFile<unknown> => f as unknown as DataFile<unknown>;

const FILES: Record<string, DataFile<unknown>> = {
  glossary: file({ path: '../lib/terms/glossary.json', schema: Glossary, canonical: sortGlossary, format: formatGlossary, lint: lintGlossary, describe: (g) => `${g.entries.length} entries` }),
  parties: file({ path: '../lib/questions/parties.json', schema: Parties, canonical: (p) => p, format: formatParties, lint: lintParties, describe: (p) => `${p.parties.length} parties` }),
};

const check = process.argv.includes('--check');
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let failed = false;

function fail(name: string, message: string): void {
  process.stderr.write(`format-data ${name}: ${message}\n`);
  failed = true;
}

for (const name of names.length > 0 ? names : Object.keys(FILES)) {
  const f = FILES[name];
  if (!f) {
    fail(name, `no such data file (one of: ${Object.keys(FILES).join(', ')})`);
    continue;
  }
  const path = fileURLToPath(new URL(f.path, import.meta.url));
  const raw = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    fail(name, `${path} is not valid JSON: ${String(e)}`);
    continue;
  }
  const parsed = f.schema.safeParse(data);
  if (!parsed.success) {
    fail(name, `schema errors:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    continue;
  }
  const canonical = f.canonical(parsed.data);
  const text = f.format(canonical);
  if (check && text !== raw) fail(name, `not in canonical form; run: npx tsx scripts/format-data.ts ${name}`);
  else if (!check && text !== raw) {
    writeFileSync(path, text);
    process.stdout.write(`format-data ${name}: rewrote ${path}\n`);
  }
  const problems = f.lint(canonical);
  if (problems.length > 0) fail(name, `lint problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  else process.stdout.write(`format-data ${name}: ${f.describe(canonical)}, ok\n`);
}
process.exit(failed ? 1 : 0);
