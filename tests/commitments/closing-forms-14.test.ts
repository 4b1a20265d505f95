import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * Forms of the closing list from made-up 14's tuning half (issue #19 part 2), which lost four of nine items: the
 * announcement "Ik loop de lijst met toezeggingen even met u door" was not read as one, and of the marked items only
 * those with a verb of a short list ("stuurt", "gaat") counted where the chair announced none: not "maakt",
 * "beantwoordt" or "sturen" after two members of government. The reports are made up, written before the rules.
 */
const HEAD = `VERSLAG VAN EEN COMMISSIEDEBAT

Minister Van Dijk:
Ik stuur u voor 1 juni een brief over de capaciteit.

`;
const report = (intro: string, body: string) => `${HEAD}De voorzitter:\n${intro}\n${body}\n\n Sluiting 18.00 uur.\n`;
const ITEMS = [
  'De minister maakt voor het eind van het jaar afspraken met de regio’s over de opvang.',
  'De staatssecretaris beantwoordt schriftelijk de vraag hoeveel jongeren geen briefadres hebben.',
  'De staatssecretaris en de minister sturen de Kamer voor 1 oktober een gezamenlijke brief.',
  'De minister van Sociale Zaken en Werkgelegenheid voert in het najaar een proef uit met de nieuwe regeling.',
];

describe('"Ik loop de lijst met toezeggingen (even met u) door" announces the list', () => {
  for (const intro of ['Dank u wel. Ik loop de lijst met toezeggingen even met u door.', 'Ik loop de toezeggingen met u door.', 'Dan lopen we de toezeggingen even na.'])
    it(intro, () => expect(closingListOf(report(intro, ITEMS.map((s) => `o ${s}`).join('\n')))).toEqual(ITEMS));
  it('not a remark on how a promise went ("Het loopt met de toezeggingen niet zo hard")', () =>
    expect(closingListOf(report('Het loopt met de toezeggingen van vorig jaar niet zo hard door.', 'Mevrouw Kat, u heeft het woord.'))).toEqual([]));
});

describe('an unannounced list: items with more verbs of doing, and a plural after two members of government', () => {
  it('"- " items with "maakt", "beantwoordt", "sturen", "voert … uit"', () => expect(closingListOf(report('Dank u wel.', ITEMS.map((s) => `- ${s}`).join('\n')))).toEqual(ITEMS));
  it('not the chair listing who is present', () =>
    expect(closingListOf(report('Dank u wel. Aanwezig zijn:', ['- De minister van Sociale Zaken en Werkgelegenheid, de heer Van Dijk.', '- De staatssecretaris van Financiën, mevrouw Bos.'].join('\n')))).toEqual([]));
});
