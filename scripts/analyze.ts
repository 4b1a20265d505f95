/**
 * npm run analyze -- <file|folder>… [--url <url>] [--jobs N]
 *
 * The extension's own reader and analyses on the command line (README,
 * "analyze"). One file: one JSON document on stdout. Several files or a
 * folder: JSON Lines, one line per file in the order given (folders sorted),
 * each with its `path` and the analysis or an `error`; read in parallel
 * worker threads, with a progress line on stderr when stderr is a terminal.
 * A file that takes longer than --timeout seconds (default 120) is given up
 * with an error line: its worker is stopped, whatever it was stuck in.
 */
import { availableParallelism } from 'node:os';
import { listInputs } from './analyze/inputs';
import type { FileLine } from './analyze/one-file';
import { inWorkers } from './analyze/pool';

/**
 * Writes to stdout and resolves once Node has handed it on. `process.exit` right after a plain write
 * cut a piped 100 KB analysis at 64 KB (the pipe's buffer) in half the runs: whatever had not been
 * flushed was lost.
 */
const out = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const USAGE = 'usage: npm run analyze -- <file|folder>… [--url <page url>] [--jobs N] [--timeout SECONDS]\n';
const args = process.argv.slice(2);
const paths: string[] = [];
let url: string | null = null;
let jobs = Math.max(1, availableParallelism());
let timeoutMs = 120_000;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? fail('--url needs a value');
  else if (a === '--jobs') {
    jobs = Number(args[++i]);
    if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs needs a whole number of at least 1');
  } else if (a === '--timeout') {
    timeoutMs = Number(args[++i]) * 1000;
    if (!(timeoutMs > 0)) fail('--timeout needs a number of seconds');
  } else if (a === '--help' || a === '-h') {
    process.stdout.write(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else paths.push(a);
}
if (paths.length === 0) fail(USAGE.trim());

const inputs = await listInputs(paths).catch((e: Error) => fail(e.message));
const single = inputs.files.length === 1 && !inputs.anyFolder;
if (url && !single) fail('--url goes with one file');

if (single) {
  const line = await inWorkers([inputs.files[0]!], 1, url, timeoutMs, () => undefined).then((lines) => lines[0]!);
  if ('error' in line) fail(line.error);
  const { path: _path, ...analysis } = line;
  await out(JSON.stringify(analysis, null, 2) + '\n');
  process.exit(0);
}

// Lines go out in input order: a result that comes early waits for those before it.
const done = new Map<number, FileLine>();
let next = 0;
let errors = 0;
const tty = process.stderr.isTTY;
const emit = (index: number, line: FileLine) => {
  done.set(index, line);
  if ('error' in line) errors++;
  while (done.has(next)) {
    process.stdout.write(JSON.stringify(done.get(next)) + '\n');
    done.delete(next++);
  }
  if (tty) process.stderr.write(`\ranalyze: ${next}/${inputs.files.length} files${errors ? `, ${errors} with an error` : ''}`);
};
await inWorkers(inputs.files, Math.min(jobs, inputs.files.length), null, timeoutMs, emit);
if (tty) process.stderr.write('\n');
// Every line written before is flushed once this empty write is (writes go out in order).
await out('');
process.exit(errors > 0 ? 1 : 0);
