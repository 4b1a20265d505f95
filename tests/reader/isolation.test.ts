import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files of the extension (not tests, not scripts). */
function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.(ts|tsx|mjs)$/u.test(name)) yield p;
  }
}
const root = process.cwd();
const files = ['lib', 'components', 'entrypoints'].flatMap((d) => [...sources(join(root, d))]).map((f) => relative(root, f));
const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/gu)].map((m) => m[1]!);

describe('pdf.js stays in the reader page', () => {
  it('is imported by entrypoints/reader/main.tsx only', () => {
    const users = files.filter((f) => importsOf(f).some((s) => s.startsWith('pdfjs-dist')));
    expect(users).toEqual(['entrypoints/reader/main.tsx']);
  });

  it('lib/reader imports no framework, and no content-script file imports the reader', () => {
    for (const f of files.filter((x) => x.startsWith('lib/reader/'))) {
      expect(importsOf(f).filter((s) => /^(preact|wxt|pdfjs-dist)/u.test(s))).toEqual([]);
    }
    const content = files.filter((f) => /^entrypoints\/[^/]*\.content\b/u.test(f) && importsOf(f).some((s) => /(lib|components)\/reader\//u.test(s)));
    expect(content).toEqual([]);
  });
});
