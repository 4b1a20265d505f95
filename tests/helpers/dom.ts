import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

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
