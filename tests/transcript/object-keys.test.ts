import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { analyzers } from '../../lib/analyzers';
import { buildOverlayData } from '../../lib/overlay-data';
import { runPageAnalyses } from '../../lib/analyses/run-page';
import { parseText } from '../../lib/transcript/parse';

/**
 * Page text is never a key of a plain object: a party printed as
 * "constructor" met Object.prototype.constructor (a function) and broke the
 * questions analysis, on the page and in `analyze`. Names of Object.prototype
 * as party, speaker name and word of the speech go through the parser and
 * every analysis.
 */
const KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

function debate(key: string): string {
  // A name is letters: "__proto__" as a name is "Proto".
  const letters = key.replace(/[^a-z]/giu, '');
  const name = letters.charAt(0).toUpperCase() + letters.slice(1);
  return [
    'Verslag van een commissiedebat',
    '',
    'Voorzitter: Jansen',
    '',
    'De voorzitter:',
    `Ik open de vergadering. Het woord is aan de heer ${name}.`,
    '',
    `De heer ${name} (${key}):`,
    `Voorzitter. Wat vindt de minister van ${key}? Kan de minister toezeggen dat de Kamer voor 1 juni een brief krijgt over ${key}?`,
    '',
    `Minister ${name}:`,
    `Ik zeg toe dat de Kamer voor 1 juni een brief krijgt over ${key}. De ${key.toUpperCase()} is een begrip.`,
    '',
    `Mevrouw Bakker (${key}):`,
    `Dank. De fractie van ${key} steunt dat.`,
    '',
    'De voorzitter:',
    'Dank u wel. Ik sluit de vergadering.',
    '',
    'Sluiting 12.00 uur.',
  ].join('\n');
}

describe('names of Object.prototype in the page', () => {
  for (const key of KEYS) {
    it(`"${key}" as party, name and word: parsed, and every analysis answers`, () => {
      const r = parseText(debate(key));
      if (!r.ok) throw new Error(r.message);
      const t = r.transcript;
      expect(t.speakers.filter((s) => s.party === key)).toHaveLength(2);
      const a = analyze(r, analyzers);
      expect(a.speakers.length).toBe(t.speakers.length);
      expect(Array.isArray(a.commitments) && Array.isArray(a.terms) && Array.isArray(a.questions)).toBe(true);
      expect(a.questions.length).toBeGreaterThan(0);
      const page = runPageAnalyses(t);
      expect(page).toBeTruthy();
      const data = buildOverlayData(t, 'nl');
      expect(JSON.stringify(data)).toContain(key);
    });
  }
});
