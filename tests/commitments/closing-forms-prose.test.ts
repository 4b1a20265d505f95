import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * A closing list read as prose (made-up 15's tuning half; its test half unread): the chair announces what was promised
 * in words without "toezegging" ("Voordat ik sluit, loop ik even na wat de bewindspersonen hebben beloofd.") and reads
 * the items as sentences of the same paragraph ("Ten eerste laat de minister …. Verder brengt de minister …. Dan de
 * staatssecretaris: zij stuurt …. Zij vraagt …."), up to her own words ("Tot zover."). Made-up reports written before
 * the rule.
 */
const HEAD = `VERSLAG VAN EEN COMMISSIEDEBAT

Minister Van Dijk:
Ik stuur u voor 1 juni een brief over de capaciteit.

`;
const report = (chair: string) => `${HEAD}De voorzitter:\n${chair}\n\nSluiting 18.00 uur.\n`;

describe('items read as the sentences of the announcing paragraph', () => {
  it('"loop ik even na wat … hebben beloofd. Ten eerste … Verder … Dan de staatssecretaris: zij … Tot zover."', () =>
    expect(
      closingListOf(
        report(
          'Dank u wel. Voordat ik dit debat sluit, loop ik even na wat de bewindspersonen ons vandaag hebben beloofd. Ten eerste stuurt de minister de Kamer voor 1 juni een brief over de capaciteit. Ten tweede gaat de minister met de gemeenten in gesprek over de kosten. Verder brengt de minister in het voorjaar een bezoek aan Zwolle. Dan de staatssecretaris: zij informeert de Kamer in het najaar over de pilot. Ook laat zij de inspectie een overzicht per regio maken. En de gemeenten krijgen een plek in de stuurgroep. Tot zover. Ik sluit de vergadering.',
        ),
      ),
    ).toEqual([
      'Ten eerste stuurt de minister de Kamer voor 1 juni een brief over de capaciteit.',
      'Ten tweede gaat de minister met de gemeenten in gesprek over de kosten.',
      'Verder brengt de minister in het voorjaar een bezoek aan Zwolle.',
      'Dan de staatssecretaris: zij informeert de Kamer in het najaar over de pilot.',
      'Ook laat zij de inspectie een overzicht per regio maken.',
      'En de gemeenten krijgen een plek in de stuurgroep.',
    ]));
});

describe('no list', () => {
  it('the announcement, then only the chair\'s own talk', () =>
    expect(closingListOf(report('Voordat ik sluit, loop ik even na wat de minister heeft beloofd. De minister heeft veel gezegd vandaag. Mevrouw Kat, had u nog een vraag?'))).toEqual([]));
  it('one sentence that names the minister is no list read as prose', () =>
    expect(closingListOf(report('Ik loop even na wat er is beloofd. De minister stuurt de Kamer een brief over de motie van mevrouw Kat. Dank u wel.'))).toEqual([]));
});
