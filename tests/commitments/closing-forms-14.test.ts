import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * Forms of the closing list from made-up 14's tuning half (issue #19 part 2), which lost four of nine items: the
 * announcement "Ik loop de lijst met toezeggingen even met u door" was not read as one, and of the marked items only
 * those with a verb of a short list ("stuurt", "gaat") counted where the chair announced none: not "beantwoordt"
 * or "sturen" after two members of government. The reports are made up, written before the rules.
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

describe('an unannounced list: items that answer in writing, and a plural after two members of government', () => {
  // Not "maakt", "houdt", "stelt": the chair's own remarks use them too ("De minister maakt vandaag zijn opwachting", review 7).
  it('"- " items with "beantwoordt" and "sturen"', () => expect(closingListOf(report('Dank u wel.', ITEMS.slice(1, 3).map((s) => `- ${s}`).join('\n')))).toEqual(ITEMS.slice(1, 3)));
  it('not the chair listing who is present', () =>
    expect(closingListOf(report('Dank u wel. Aanwezig zijn:', ['- De minister van Sociale Zaken en Werkgelegenheid, de heer Van Dijk.', '- De staatssecretaris van Financiën, mevrouw Bos.'].join('\n')))).toEqual([]));
});

describe('an item corrected by the minister, adjusted and read again by the chair ("Dan pas ik die aan")', () => {
  const list = ['De minister zorgt ervoor dat elke regio voor het einde van het jaar een vast team heeft.', 'De minister stuurt de Kamer voor de zomer een brief over de opvang.'];
  const fixed = 'De minister bespreekt met de korpschef of elke regio een vast team kan krijgen, en informeert de Kamer voor het einde van het jaar.';
  const debate = (reply: string) =>
    `${HEAD}De voorzitter:\nDan lees ik de toezeggingen voor.\n${list.map((s) => `- ${s}`).join('\n')}\nDe minister.\n\nMinister Van Dijk:\nVoorzitter, de eerste toezegging is te stevig geformuleerd. Ik heb niet toegezegd dat elke regio een vast team krijgt.\n\nDe voorzitter:\n${reply}\n- ${fixed}\nZo is het genoteerd. Ik sluit dit commissiedebat.\n\nSluiting 18.00 uur.\n`;
  for (const reply of ['Dank u wel. Dan pas ik die aan, en ik lees hem opnieuw voor.', 'Dan passen we die toezegging aan.', 'Ik lees hem opnieuw voor.'])
    it(reply, () => expect(closingListOf(debate(reply))).toEqual([fixed, list[1]]));
  it('an item added after it replaces nothing ("Dan voeg ik er een toe")', () => expect(closingListOf(debate('Dan voeg ik er een toe.'))).toEqual([...list, fixed]));
});

describe('an item struck by a pronoun after the minister says it was not promised ("Dan schrappen we die.")', () => {
  const list = ['De minister stuurt de Kamer voor de zomer een brief over de opvang.', 'De minister zet zich ervoor in dat de korting vervalt.'];
  const more = 'De minister brengt in het voorjaar een werkbezoek aan Drenthe.';
  const debate = (chair: string) =>
    `${HEAD}De voorzitter:\nDan lees ik de toezeggingen voor.\n${list.map((s) => `▪ ${s}`).join('\n')}\nMinister Van Dijk.\n\nMinister Van Dijk:\nVoorzitter, dat laatste heb ik niet toegezegd.\n\nDe voorzitter:\n${chair}\n▪ ${more}\nIk sluit dit commissiedebat.\n\nSluiting 18.00 uur.\n`;
  for (const chair of ['Dan schrappen we die. Ik ga verder.', 'Die vervalt dan. Ik ga verder.'])
    it(chair, () => expect(closingListOf(debate(chair))).toEqual([list[0], more]));
  it('not "die schrappen we niet"', () => expect(closingListOf(debate('Die schrappen we niet. Ik ga verder.'))).toEqual([...list, more]));
});
