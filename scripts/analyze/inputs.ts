import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The forms the reader opens; a folder is searched for these (a file named on the command line is read whatever its name). */
const DOCUMENT = /\.(?:xml|html?|txt|pdf)$/iu;

/**
 * The files to analyse: each path given, and each document in a folder given
 * (recursively, sorted, so a run's output order is stable). A path that does
 * not exist is an error for the whole run: it is most likely a typo.
 */
export async function listInputs(paths: readonly string[]): Promise<{ files: string[]; anyFolder: boolean }> {
  const files: string[] = [];
  let anyFolder = false;
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new Error(`cannot read ${p}: ENOENT`);
    if (s.isDirectory()) {
      anyFolder = true;
      files.push(...(await walk(p)));
    } else files.push(p);
  }
  return { files, anyFolder };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && DOCUMENT.test(e.name)) out.push(p);
  }
  return out;
}
