import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analysis } from '../lib/analyze';
import { nestedSavesPdf } from './helpers/hostile-pdf';
import { textToPdf } from './reader/make-pdf';

/**
 * `npm run analyze` as a researcher runs it: the real command (tsx, worker
 * threads), on files of every form the reader opens.
 */

let dir: string;

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kl-analyze-'));
  copyFileSync('seeds/committee-2026-03-03-jbz.txt', join(dir, 'a-seed.txt'));
  copyFileSync('seeds/demo/tk-committee.html', join(dir, 'b-page.html'));
  copyFileSync('seeds/reader/vlos-sample.xml', join(dir, 'c-vlos.xml'));
  writeFileSync(join(dir, 'd-seed.pdf'), await textToPdf(await import('node:fs').then((fs) => fs.readFileSync('seeds/committee-2026-03-03-jbz.txt', 'utf8'))));
  writeFileSync(join(dir, 'e-boodschappen.txt'), 'Melk\nBrood\nKaas: jong belegen\n');
  writeFileSync(join(dir, 'notes.md'), 'not a document form: a folder run skips it');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run analyze', () => {
  it('reads a folder of every form into JSON Lines, one line per document in order, in parallel', () => {
    const { code, out } = run('--jobs', '2', dir);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { path: string } & Analysis);
    expect(lines.map((l) => l.path.slice(dir.length + 1))).toEqual(['a-seed.txt', 'b-page.html', 'c-vlos.xml', 'd-seed.pdf', 'e-boodschappen.txt']);
    for (const l of lines) Analysis.parse(l);
    expect(lines.map((l) => [l.kind, l.turns.length])).toEqual([
      ['committee', 126],
      ['committee', 126],
      ['committee', 20],
      ['committee', 126],
      ['none', 0],
    ]);
    expect(lines[4]!.message).toMatch(/geen sprekers/u);
  }, 120_000);

  it('reads one file into one JSON document; a text from a download URL is read by its content', () => {
    const { code, out } = run(join(dir, 'a-seed.txt'), '--url', 'https://www.tweedekamer.nl/downloads/document?id=2026D09877');
    expect(code).toBe(0);
    const a = Analysis.parse(JSON.parse(out));
    expect(a.kind).toBe('committee');
    expect(a.turns).toHaveLength(126);
  }, 60_000);

  it('gives up on a file that takes too long (a PDF that never ends) with an error line, and reads the rest', async () => {
    const slow = mkdtempSync(join(tmpdir(), 'kl-analyze-slow-'));
    try {
      writeFileSync(join(slow, 'a-nested.pdf'), await nestedSavesPdf(200_000));
      copyFileSync('seeds/committee-2026-03-03-jbz.txt', join(slow, 'b-seed.txt'));
      const { code, out } = run('--jobs', '1', '--timeout', '5', slow);
      expect(code).toBe(1);
      const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { path: string; error?: string; turns?: unknown[] });
      expect(lines[0]!.error).toMatch(/gave up on .*a-nested\.pdf after 5 s/u);
      expect(lines[1]!.turns).toHaveLength(126);
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  }, 120_000);

  it('writes the whole of a large analysis into a pipe that is read late (the real PDF, 100 KB: it was cut at 64 KB)', () => {
    // A reader that takes its time (a pager, "| jq" on a busy machine): the pipe's 64 KB fill up before it reads.
    const file = join(dir, 'late.json');
    const r = spawnSync('bash', ['-c', `npx tsx scripts/analyze.ts tests/fixtures/real/handelingen-tk-2023-2024-40-6.pdf | (sleep 3; cat > '${file}')`], {
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    const out = readFileSync(file, 'utf8');
    expect(out.length).toBeGreaterThan(65_536);
    expect((JSON.parse(out) as Analysis).turns).toHaveLength(138);
  }, 120_000);

  it('says in one line on stderr what is wrong, and exits 2', () => {
    const missing = run(join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toMatch(/^analyze: cannot read .*nope\.txt: ENOENT$/u);
    expect(run('--url', 'https://x', dir).code).toBe(2);
  }, 60_000);
});
