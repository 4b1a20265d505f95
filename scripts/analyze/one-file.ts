import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Analysis } from '../../lib/analyze';
import { analyzeInput } from '../../lib/analyze-input';
import { nodeOpenDeps } from './node-deps';

/** One file's line: its path and its analysis, or its path and why it could not be read. */
export type FileLine = ({ path: string } & Analysis) | { path: string; error: string };

/** Reads and analyses one file; never throws (a failure is the line's `error`). */
export async function analyzeFile(path: string, url: string | null): Promise<FileLine> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { path, error: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const { deps, close } = nodeOpenDeps();
  try {
    return { path, ...(await analyzeInput({ name: basename(path), bytes, url }, deps)) };
  } catch (e) {
    return { path, error: `cannot analyse ${path}: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await close();
  }
}
