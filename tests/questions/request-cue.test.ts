import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST, REQUEST_CUE } from '../../lib/questions/questions';
import { fold } from '../../lib/text/fold';
import { splitSentences } from '../../lib/text/sentences';

/**
 * isQuestionSentence skips the request forms when a sentence holds none of
 * REQUEST_CUE's words; that is only right if every REQUEST form needs one.
 * Checked on every sentence of the seed, the evaluation corpus and the
 * phrasebook, and on the forms' own examples.
 */
describe('the request cue covers every request form', () => {
  const root = join(import.meta.dirname, '../..');
  const texts = [
    readFileSync(join(root, 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'),
    ...readdirSync(join(root, 'tests/eval/corpus'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(root, 'tests/eval/corpus', f), 'utf8')),
    readFileSync(join(root, 'tests/eval/phrasebook/phrasebook.json'), 'utf8'),
  ];
  const examples = [
    'Graag een reactie van de minister.',
    'Laat de minister met een brief komen.',
    'Hopelijk kan de staatssecretaris dat toezeggen.',
    'Ik ben benieuwd hoe de minister dat ziet.',
    'Misschien kan de minister daar iets over zeggen.',
    'Als u kunt bevestigen dat de brief komt.',
    'Ik wil daar een garantie op hebben.',
    'Het is me niet duidelijk wie betaalt.',
    'Ik snap niet waarom dit zo lang duurt.',
  ];
  it('a sentence that matches a request form holds a cue word', () => {
    let requests = 0;
    for (const text of [...texts, examples.join('\n')]) {
      for (const span of splitSentences(text)) {
        const f = fold(text.slice(span.start, span.end));
        if (!REQUEST.some((r) => r.test(f))) continue;
        requests++;
        expect(REQUEST_CUE.test(f), f).toBe(true);
      }
    }
    expect(requests).toBeGreaterThan(50);
  });
});
