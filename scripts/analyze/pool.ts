import { Worker } from 'node:worker_threads';
import type { FileLine } from './one-file';

/**
 * Analyses `files` in `workers` worker threads and hands each line to
 * `emit` as it is done (any order); resolves with all lines in input order.
 * Each file has `timeoutMs`: pdf.js in Node reads on the calling thread, and
 * a hostile PDF can keep it busy without end (200,000 nested `q` operators),
 * so a file over time has its worker terminated (the only way to stop it)
 * and gets an error line; a fresh worker takes the next file.
 */
/** Resolves with the worker once it has loaded the analysis code (its first message). */
function started(worker: Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

export async function inWorkers(
  files: readonly string[],
  workers: number,
  url: string | null,
  timeoutMs: number,
  emit: (index: number, line: FileLine) => void,
): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  let given = 0;
  const finish = (index: number, line: FileLine) => {
    lines[index] = line;
    emit(index, line);
  };
  const lane = async () => {
    let w: Worker | null = null;
    while (given < files.length) {
      const index = given++;
      const path = files[index]!;
      w ??= await started(new Worker(new URL('./worker.mjs', import.meta.url)));
      const worker = w;
      const line = await new Promise<FileLine | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), timeoutMs);
        const done = (l: FileLine | null) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          resolve(l);
        };
        const onMessage = (m: { index: number; line: FileLine }) => done(m.line);
        const onError = (e: Error) => done({ path, error: `cannot analyse ${path}: ${e.message}` });
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.postMessage({ index, path, url });
      });
      if (line === null || 'error' in line) {
        // Stuck or broken: this worker is not reused.
        await worker.terminate();
        w = null;
      }
      finish(index, line ?? { path, error: `gave up on ${path} after ${Math.round(timeoutMs / 1000)} s (--timeout)` });
    }
    await w?.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, lane));
  return lines;
}
