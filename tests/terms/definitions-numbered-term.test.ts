import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * A term that carries its number ("Box 3", "Artikel 12"), defined at the sentence's start with ", dat is …" (made-up
 * 13's test half, read, missed both). Not a point, question or step of the speaker's own list ("Punt 3, dat is …").
 * Made-up sentences written before the rule.
 */
describe('a numbered term', () => {
  it('"Box 2, dat is het deel van de belasting waarin …"', () =>
    expect(learned('Box 2, dat is het deel van de inkomstenbelasting waarin inkomen uit aanmerkelijk belang wordt belast, gaat omhoog.')).toContainEqual([
      'box 2',
      'het deel van de inkomstenbelasting waarin inkomen uit aanmerkelijk belang wordt belast',
    ]));
  it('"Artikel 23, dat is de regeling waarbij …"', () =>
    expect(learned('Artikel 23, dat is de regeling waarbij een school zelf haar richting kiest, staat niet ter discussie.')).toContainEqual([
      'artikel 23',
      'de regeling waarbij een school zelf haar richting kiest',
    ]));
  for (const s of ['Punt 3, dat is de kostenkant van het verhaal.', 'Vraag 2, dat is de vraag over de kosten.', 'Stap 4, dat is het moment waarop de gemeente beslist.'])
    it(`not "${s}"`, () => expect(learned(s)).toEqual([]));
});
