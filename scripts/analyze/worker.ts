/**
 * One `analyze` worker thread: reads the files it is sent, one at a time,
 * and answers each with its analysis or its error. See scripts/analyze.ts.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './one-file';

parentPort!.on('message', async (job: { index: number; path: string; url: string | null }) => {
  parentPort!.postMessage({ index: job.index, line: await analyzeFile(job.path, job.url) });
});
// Loaded: the pool starts a file's clock only now, so a slow start (tsx compiling the sources on a
// busy machine) is never counted against the file.
parentPort!.postMessage({ ready: true });
