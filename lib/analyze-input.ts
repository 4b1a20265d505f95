import { analyze, type Analysis } from './analyze';
import { analyzers } from './analyzers';
import { openTranscriptFile, type InputFile, type OpenDeps } from './reader/open-file';

/**
 * `analyze` on one document in any form the reader opens (page, Handelingen
 * or VLOS XML, PDF, text): the reader's own router reads it, and every
 * registered analysis runs on the model. A document that is not a
 * transcript gives kind "none" with the reader's message.
 */
export async function analyzeInput(file: InputFile, deps: OpenDeps): Promise<Analysis> {
  const opened = await openTranscriptFile(file, deps);
  if (!opened.ok) return analyze({ ok: false, reason: 'not-a-transcript', message: opened.message }, analyzers);
  return analyze({ ok: true, transcript: opened.transcript }, analyzers);
}
