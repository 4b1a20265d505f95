import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * Closing lists in forms issue #19 part 2 names ("any form") that no item line carries: the items read inside the
 * chair's own sentences ("De eerste toezegging is dat …. Dan de tweede: …"), one commitment said in the announcing
 * sentence ("Er is één toezegging gedaan, namelijk dat …"), items that open with their number in the Eerste Kamer's
 * register ("T03512 – De minister zegt toe …"), and the chair's closing words on the line after the last item. Made-up
 * reports written before the rules (made-up 14's test half was not read; its forms were chosen by me, so its closing
 * figure is no longer held apart: tests/eval/RESULTS.md). Each item is the chair's whole sentence: "de minister de Kamer …
 * stuurt" cut from after "dat" reads as a clause, not a sentence.
 */
const HEAD = `VERSLAG VAN EEN COMMISSIEDEBAT

Minister Van Dijk:
Ik stuur u voor 1 juni een brief over de capaciteit.

`;
const report = (chair: string) => `${HEAD}De voorzitter:\n${chair}\n\nSluiting 18.00 uur.\n`;
const A = 'De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.';
const B = 'De minister informeert de Kamer in het najaar over de pilot.';
const C = 'De minister gaat met de gemeenten in gesprek over de kosten.';

describe('items read inside the chair\'s sentences', () => {
  it('"De eerste toezegging is dat …", "Dan de tweede: …", "De derde toezegging is dat …"', () =>
    expect(
      closingListOf(
        report(
          'Dan de toezeggingen. De eerste toezegging is dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit. Dan de tweede: de minister informeert de Kamer in het najaar over de pilot. De derde toezegging is dat de minister met de gemeenten in gesprek gaat over de kosten. Ik sluit de vergadering.',
        ),
      ),
    ).toEqual([
      'De eerste toezegging is dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit.',
      'Dan de tweede: de minister informeert de Kamer in het najaar over de pilot.',
      'De derde toezegging is dat de minister met de gemeenten in gesprek gaat over de kosten.',
    ]));
  it('"Als vierde heb ik genoteerd dat …", "En de vijfde en laatste toezegging is dat …", a subject not of the government', () =>
    expect(
      closingListOf(
        report(
          'Dan de toezeggingen. De eerste toezegging is dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit. De tweede toezegging is dat de vraag van mevrouw Kat over de kosten schriftelijk wordt beantwoord. Als derde heb ik genoteerd dat de minister de gemeenten vraagt om cijfers. En de vierde en laatste toezegging is dat de minister in het najaar een bezoek brengt aan Assen. Ik sluit de vergadering.',
        ),
      ),
    ).toEqual([
      'De eerste toezegging is dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit.',
      'De tweede toezegging is dat de vraag van mevrouw Kat over de kosten schriftelijk wordt beantwoord.',
      'Als derde heb ik genoteerd dat de minister de gemeenten vraagt om cijfers.',
      'En de vierde en laatste toezegging is dat de minister in het najaar een bezoek brengt aan Assen.',
    ]));
  it('not a member recalling the list of an earlier debate', () =>
    expect(closingListOf(`${HEAD}Mevrouw Kat (D66):\nDe eerste toezegging is dat de minister een brief stuurt. Dan de tweede: de minister informeert de Kamer.\n\nDe voorzitter:\nDank u wel. Ik sluit de vergadering.\n\nSluiting 18.00 uur.\n`)).toEqual([]));
});

describe('one commitment said in the announcing sentence', () => {
  it('"Er is één toezegging gedaan, namelijk dat de minister …"', () =>
    expect(closingListOf(report('Er is één toezegging gedaan, namelijk dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit. Ik dank de minister en sluit de vergadering.'))).toEqual([
      'Er is één toezegging gedaan, namelijk dat de minister de Kamer voor 1 juni een brief stuurt over de capaciteit.',
    ]));
  it('not one of an earlier debate', () => expect(closingListOf(report('Vorige keer is er één toezegging gedaan, namelijk dat de minister een brief stuurt. Ik sluit de vergadering.'))).toEqual([]));
});

describe('items opened by their register number', () => {
  it('"T03512 – De minister zegt toe …"', () =>
    expect(closingListOf(report(`Ik lees de toezeggingen voor.\nT03512 – ${A}\nT03513 – ${B}\nIk sluit de vergadering.`))).toEqual([A, B]));
});

describe('register numbers without a dash, and the Tweede Kamer\'s "TZ" numbers (made-up 15 and 16, read halves)', () => {
  const zegt = 'De minister zegt de Kamer, naar aanleiding van een vraag van het lid Kat (D66), toe voor 1 juni een brief te sturen over de capaciteit.';
  it('"T04218 De minister zegt de Kamer, …, toe …", a wrapped line and a page header between, the chair going on', () =>
    expect(
      closingListOf(
        report(
          `Ik deel de Kamer mee dat de volgende toezeggingen in het toezeggingenregister worden opgenomen.\nT04218 De minister zegt de Kamer, naar aanleiding van een vraag van het lid Bos (CDA), toe in de monitor een hoofdstuk op te nemen over de gevolgen van het\nberoep in één instantie.\nEerste Kamer Verzamelwet 2027 13 april 2027 EK 26 26-8-41\nT04219 ${zegt}\nDe heer Wijnbergen.`,
        ),
      ),
    ).toEqual(['De minister zegt de Kamer, naar aanleiding van een vraag van het lid Bos (CDA), toe in de monitor een hoofdstuk op te nemen over de gevolgen van het beroep in één instantie.', zegt]));
  it('"TZ202611-201 De staatssecretaris …"', () =>
    expect(closingListOf(report(`Ik heb de volgende toezeggingen genoteerd.\nTZ202611-201 ${A}\nTweede Kamer Commissiedebat Laadinfrastructuur 12 november 2026 Pagina 23\nTZ202611-202 ${B}\nDe staatssecretaris.`))).toEqual([A, B]));
  it('not a number in prose', () => expect(closingListOf(report('Ik heb de volgende toezeggingen genoteerd.\nT4 De minister stuurt een brief.\nIk sluit de vergadering.'))).toEqual([]));
  // Made-up 17's tuning half (seventh session of 2026-12-07): the number followed by a colon.
  it('"TZ202612-031: De minister …"', () =>
    expect(closingListOf(report(`De griffier heeft ze genoteerd onder de volgende registernummers.\nTZ202612-031: ${A}\nTZ202612-032: ${B}\nDe heer Van Beusekom.`))).toEqual([A, B]));
});

describe('the chair\'s closing words after the last item, on a line of their own', () => {
  it('"Ik sluit de vergadering." is no part of the item', () => expect(closingListOf(report(`Ik lees de toezeggingen voor.\n- ${A}\n- ${C}\nIk sluit de vergadering.`))).toEqual([A, C]));
  it('"Dank u wel, en ik sluit dit commissiedebat." neither', () =>
    expect(closingListOf(report(`Ik lees de toezeggingen voor.\n- ${A}\n- ${C}\nDank u wel, en ik sluit dit commissiedebat.`))).toEqual([A, C]));
});
