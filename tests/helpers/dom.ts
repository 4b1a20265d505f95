import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

/** A parsed page in its own happy-dom window, scripts never run. */
export function loadPage(html: string, url = 'https://www.tweedekamer.nl/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function readRepoFile(rel: string): string {
  // Tests run from the repository root (vitest's root).
  return readFileSync(resolve(process.cwd(), rel), 'utf8');
}

/** A repository file's bytes, as a plain Uint8Array (pdf.js refuses a Node Buffer). */
export function readRepoBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(process.cwd(), rel)));
}

/** The seed committee report, parsed from its text (throws if it ever stops parsing). */
export function seedTranscript(): Transcript {
  const r = parseText(readRepoFile('seeds/committee-2026-03-03-jbz.txt'));
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}
