import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * More forms of the closing list (issue #19 part 2), after made-up 13's tuning half lost two whole lists: items
 * numbered "(1)" or with Roman numerals "I.", an announcement that says "Ik kom bij de toezeggingen" or "Ik loop even
 * langs wat de minister heeft beloofd", and a list read in two parts around a member's question about one item. The
 * reports are made up, written before the rules.
 */
const HEAD = `VERSLAG VAN EEN COMMISSIEDEBAT

Minister Van Dijk:
Ik stuur u voor 1 juni een brief over de capaciteit.

`;
const ITEMS = ['De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.', 'De minister informeert de Kamer in het najaar over de pilot.', 'De Kamer ontvangt voor de zomer een overzicht van de wachtlijsten.'];

const listOf = closingListOf;
const report = (intro: string, body: string, after = '') => `${HEAD}De voorzitter:\n${intro}\n${body}\n\n${after}Sluiting 18.00 uur.\n`;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

describe('items numbered "(1)" or in Roman numerals, on lines of their own', () => {
  it('"(1)", "(2)", …', () => expect(listOf(report('De griffier heeft de volgende toezeggingen genoteerd.', ITEMS.map((s, i) => `(${i + 1}) ${s}`).join('\n')))).toEqual(ITEMS));
  it('"I.", "II.", …', () => expect(listOf(report('Ik lees de toezeggingen voor.', ITEMS.map((s, i) => `${ROMAN[i]}. ${s}`).join('\n')))).toEqual(ITEMS));
  it('twelve Roman numerals', () => {
    const many = ROMAN.map((n, i) => `De minister stuurt de Kamer brief ${i + 1} voor de zomer.`);
    expect(listOf(report('Ik lees de toezeggingen voor.', many.map((s, i) => `${ROMAN[i]}. ${s}`).join('\n')))).toEqual(many);
  });
  it('an item wrapped over two lines, as text copied from a PDF', () => {
    const body = `(1) De minister stuurt de Kamer voor 1 juni een brief over\nde capaciteit.\n(2) ${ITEMS[1]}\n(3) ${ITEMS[2]}`;
    expect(listOf(report('De griffier heeft de volgende toezeggingen genoteerd.', body))).toEqual(ITEMS);
  });
  it('no list from a motion whose request is numbered "(1)", "(2)"', () => {
    const motion = `Mevrouw Kat (D66):\nIk dien een motie in.\n(1) De minister stuurt de Kamer een plan.\n(2) De minister informeert de Kamer over de pilot.\n\n`;
    expect(listOf(`${HEAD}${motion}De voorzitter:\nDank u wel. De minister.\n\nSluiting 18.00 uur.\n`)).toEqual([]);
  });
});

describe('more ways to announce the list', () => {
  for (const intro of ['Ik kom bij de toezeggingen.', 'Dank u wel. Ik kom bij de toezeggingen.', 'Ik loop even langs wat de minister heeft beloofd.', 'Dank u wel. Ik loop even langs wat de minister heeft toegezegd.', 'We komen nu bij de toezeggingen.'])
    it(intro, () => expect(listOf(report(intro, ITEMS.map((s, i) => `${ROMAN[i]}. ${s}`).join('\n')))).toEqual(ITEMS));
  it('not a remark about promises made before', () =>
    expect(listOf(report('Ik kom bij de toezeggingen van vorig jaar.', 'De minister zou voor de zomer een brief sturen. Is die er al?'))).toEqual([]));
});

describe('a list read in two parts around a question about one item', () => {
  const first = ['De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.', 'De minister informeert de Kamer in het najaar over de pilot.', 'De minister stuurt de Kamer voor de zomer een overzicht van de wachtlijsten in Utrecht.'];
  const second = ['De vragen van de heer Bos over de kosten worden binnen twee weken schriftelijk beantwoord.', 'De minister brengt in maart een werkbezoek aan Zwolle.'];
  const question = `Mevrouw Kat (D66):\nIk hoor in de derde toezegging alleen Utrecht. Neemt de minister ook Utrecht en Amersfoort mee?\n\nMinister Van Dijk:\nDat kan. Ik neem Amersfoort mee in het overzicht.\n\n`;
  it('keeps the item the question was about, and reads on after it', () => {
    const text = `${HEAD}De voorzitter:\nDank u wel. Ik kom bij de toezeggingen.\n${first.map((s) => `• ${s}`).join('\n')}\nMevrouw Kat heeft een vraag over deze toezegging.\n\n${question}De voorzitter:\nDan passen we de derde toezegging zo aan. Ik ga verder met de lijst.\n${second.map((s) => `• ${s}`).join('\n')}\nIk sluit de vergadering.\n\nSluiting 18.00 uur.\n`;
    expect(listOf(text)).toEqual([...first, ...second]);
  });
  it('a new wording read for the item still takes its place', () => {
    const text = `${HEAD}De voorzitter:\nDank u wel. Ik kom bij de toezeggingen.\n${first.map((s) => `• ${s}`).join('\n')}\n\n${question}De voorzitter:\nDan luidt de derde toezegging als volgt:\n• De minister stuurt de Kamer voor de zomer een overzicht van de wachtlijsten in Utrecht en Amersfoort.\n${second.map((s) => `• ${s}`).join('\n')}\n\nSluiting 18.00 uur.\n`;
    expect(listOf(text)).toEqual([...first.slice(0, 2), 'De minister stuurt de Kamer voor de zomer een overzicht van de wachtlijsten in Utrecht en Amersfoort.', ...second]);
  });
  for (const place of ['punt 2', 'punt II'])
    it(`an item named "${place}" and reworded after "Dan luidt die als volgt:"`, () => {
      const ask = `Mevrouw Kat (D66):\nBij ${place}: kan de minister ook de kosten noemen?\n\nMinister Van Dijk:\nAkkoord, dan noem ik ook de kosten.\n\n`;
      const reworded = 'De minister informeert de Kamer in het najaar over de pilot en de kosten daarvan.';
      const text = `${HEAD}De voorzitter:\nIk lees de toezeggingen voor.\n${ITEMS.map((s, i) => `${ROMAN[i]}. ${s}`).join('\n')}\n\n${ask}De voorzitter:\nDan passen we ${place} aan. Dan luidt die als volgt:\n${reworded}\nIk sluit de vergadering.\n\nSluiting 18.00 uur.\n`;
      expect(listOf(text)).toEqual([ITEMS[0], reworded, ITEMS[2]]);
    });
});
