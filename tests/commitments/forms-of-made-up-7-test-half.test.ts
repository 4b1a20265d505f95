import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the test half of made-up debates 7 (s7-02, s7-04, s7-06, s7-08) pointed at, read in
 * the session of 2026-12-06 (late) after its last measure, so that half counts as tuned on from then; the sentences
 * are other, made-up ones, written before the rules.
 */
judge(
  'a point taken up with a named party ("ik neem het op met het IPO")',
  ['Maar ik neem het op met de VNG, want het raakt elke gemeente.', 'Dat wil ik, en ik neem het op met de brancheorganisatie.', 'Dat neem ik op met de Landelijke Huisartsen Vereniging.'],
  ['Ik neem het op met u in de tweede termijn.', 'Ik nam het vorig jaar al op met de VNG.', 'Ik neem het niet op met de VNG.', 'Misschien neem ik het op met de VNG.', 'De VNG neemt het op met de gemeenten.'],
);

judge(
  'a point discussed with a named party in the present ("Ik bespreek met de waterschappen dat …")',
  ['Ik bespreek met de Unie van Waterschappen dat boeren sneller een bod krijgen.', 'Wel bespreek ik de wachttijden in mijn overleg met de korpschef.', 'Ik bespreek met de provincies hoe de regeling eenvoudiger kan.'],
  ['Ik bespreek dat graag met u na afloop.', 'Ik besprak dat vorige maand met de waterschappen.', 'Ik bespreek dat altijd met de waterschappen.', 'Als de heer Kok dat wil, bespreek ik het met de waterschappen.', 'De waterschappen bespreken dat met de boeren.'],
);

judge(
  'agreements made with a named party in the present ("Ik maak met de waterschappen afspraken over …")',
  ['Ik maak met de waterschappen in het oosten afspraken over het vasthouden van water.', 'We maken afspraken met de energiebedrijven over een noodfonds.'],
  ['Ik maakte vorig jaar afspraken met de waterschappen.', 'Ik maak geen afspraken met de energiebedrijven.', 'Gemeenten maken afspraken met de zorgverzekeraars.', 'Ik maak me zorgen over de afspraken met de waterschappen.'],
);

judge(
  'a meeting at a time said, with what it is about ("Volgende week spreek ik X over …")',
  ['Volgende week spreek ik de Duitse minister over de gezamenlijke inkoop.', 'In december spreek ik met de zorgverzekeraars over de wachtlijsten.'],
  ['Aanstaande donderdag spreek ik met mijn collega’s in Luxemburg.', 'Vorige week sprak ik de Duitse minister over de inkoop.', 'Volgende week spreek ik u graag over de inkoop.'],
);

judge(
  'a promise in a clause of its own after a semicolon, when what comes before declines something else',
  ['Ik wil haar niet met een schatting naar huis sturen; u krijgt het getal binnen twee weken schriftelijk.', 'Een nieuwe regeling komt er niet; wel stuur ik u voor de zomer een overzicht van wat er al is.'],
  ['Ik wil haar niet met een schatting naar huis sturen; het getal is onzeker.', 'Een nieuwe regeling komt er niet; de oude werkt goed.', 'Ik stuur u geen brief; daar kom ik zo op terug.'],
);

judge(
  'a named body made to deliver, at a time said ("Wel laat ik het HWBP dit jaar een handreiking maken")',
  ['Wel laat ik het RIVM voor de zomer een handreiking maken over de metingen.', 'Ik laat de NZa voor de zomer een overzicht maken over welke ziekenhuizen het langst kunnen worden belast.'],
  ['Laat ik beginnen met de vraag van de heer Kok.', 'Ik laat het RIVM vrij in de keuze van de methode.', 'Vorig jaar liet ik het RIVM een handreiking maken.', 'Ik laat het RIVM geen handreiking maken.'],
);

describe('a yes, with what it grants, to a member who asked for a promise or a guarantee', () => {
  it('"Ja, dat garandeer ik: …" to "Kan zij garanderen dat …?"', () =>
    expect(commitments(exchange('Kan de minister garanderen dat de meerkosten niet uit het onderhoudsbudget komen?', 'Ja, dat garandeer ik: de meerkosten komen uit de reserve. Dan de drones.'))).toEqual([
      'Ja, dat garandeer ik: de meerkosten komen uit de reserve.',
    ]));
  it('"Ja, die gaan voor: …" to a request to promise, cut off', () =>
    expect(commitments(exchange('Kan de staatssecretaris toezeggen dat de bedrijven bij een innamepunt als eerste—', 'Ja, die gaan voor: hun vergunningen worden als eerste beoordeeld. Dan het grondwater.'))).toEqual([
      'Ja, die gaan voor: hun vergunningen worden als eerste beoordeeld.',
    ]));
  it('not a yes that evaluates, declines or only explains', () => {
    for (const reply of ['Ja, dat is een terechte vraag. Het geld komt uit de reserve.', 'Ja, maar dat kan ik niet garanderen. Het geld is op.', 'Ja, ik begrijp de zorg. Ik kan het niet beloven.', 'Ja, dat zou ik willen, maar het kan niet.']) {
      expect(commitments(exchange('Kan de minister garanderen dat de meerkosten niet uit het onderhoudsbudget komen?', reply)), reply).toEqual([]);
    }
  });
  it('not a yes to a question that asks for no promise', () =>
    expect(commitments(exchange('Klopt het dat de meerkosten uit het onderhoudsbudget komen?', 'Ja, die komen uit het onderhoudsbudget. Dan de drones.'))).toEqual([]));
});

describe('a yes that the point asked for comes into the promised document ("Ja, die cijfers komen erin.")', () => {
  it('after a request to put it in the letter', () =>
    expect(commitments(exchange('Kan de minister in die brief ook de cijfers per regio opnemen?', 'Ja, die cijfers komen erin. Dan de tarieven.'))).toEqual(['Ja, die cijfers komen erin.']));
  it('"Ja, dat komt daarin." to a request about the report', () =>
    expect(commitments(exchange('Wil de minister in de rapportage ook aangeven welke regio’s voorgaan?', 'Ja, dat komt daarin. Dan de tarieven.'))).toEqual(['Ja, dat komt daarin.']));
  it('not when it does not come in, nor when nothing was asked', () => {
    expect(commitments(exchange('Kan de minister in die brief ook de cijfers per regio opnemen?', 'Ja, die cijfers komen er niet in. Dan de tarieven.'))).toEqual([]);
    expect(commitments(exchange('Ik vind de cijfers per regio belangrijk.', 'Ja, die cijfers komen erin. Dan de tarieven.'))).toEqual([]);
  });
});
