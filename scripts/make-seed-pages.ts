/**
 * Writes the seed demo pages (seeds/demo/*.html) from the seed transcript.
 * Run after changing lib/transcript/render-page.ts; a test checks they are current.
 */
import { resolve } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SEED_PAGES, SEED_TEXT_FILE, seedPageHtml } from '../seeds/seed-pages';

const root = resolve(import.meta.dirname, '..');
const text = readFileSync(resolve(root, SEED_TEXT_FILE), 'utf8');
mkdirSync(resolve(root, 'seeds/demo'), { recursive: true });
for (const page of SEED_PAGES) {
  writeFileSync(resolve(root, 'seeds/demo', page.file), seedPageHtml(text, page));
  process.stdout.write(`seeds/demo/${page.file}  ←  ${page.url}\n`);
}
