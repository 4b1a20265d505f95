import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, offerThenReply as debate, requestThenReply } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * A review (helper) of the commitment rules made from made-up debates 5 and 6 in the session of 2026-12-06 (late):
 * each of its probes that a rule read wrong, as a test that failed first.
 */

describe('review: an offer made before the turn went on is taken up only by a yes that names the offered thing', () => {
  const offer = 'Als mevrouw Kat dat wil, stuur ik haar voor de zomer de cijfers per regio.';
  const minister = `Die cijfers zijn er. ${offer} Dan de vraag over de planning. Dat onderzoek loopt nog. Het is aan de onderzoekers.`;
  for (const yes of ['Ja, voor de zomer is wel erg laat. Kan het eerder?', 'Ja, over de regio wil ik nog iets zeggen.'])
    it(`not by a yes on another point: ${yes}`, () => expect(commitments(debate(minister, yes))).not.toContain(offer));
  it('still by "Graag, die cijfers per regio."', () => expect(commitments(debate(minister, 'Graag, die cijfers per regio. Dan nog iets anders.'))).toContain(offer));
});

describe('review: a yes that is no yes', () => {
  const offer = 'Als u dat wilt, stuur ik u voor de zomer een overzicht van de kosten.';
  for (const reply of ['Dat wil ik graag eerst zien, voordat ik iets zeg.', 'Dat wil ik graag weten, maar eerst iets anders.'])
    it(`not taken up: ${reply}`, () => expect(commitments(debate(offer, reply))).not.toContain(offer));
  it('"Als de commissie dat wil, kan ik me voorstellen dat …" offers nothing', () =>
    expect(commitments(debate('Als de commissie dat wil, kan ik me voorstellen dat we een rondetafelgesprek organiseren.', 'Graag.'))).toEqual([]));
});

judge(
  'review: "laten" with someone let, and what the Kamer already has',
  ['Ik zal voor de zomer een onafhankelijke evaluatie laten uitvoeren door het CPB.'],
  [
    'Wij zullen de gemeenten een eigen keuze laten maken.',
    'We zullen een groep ouders zelf laten kiezen welke school het wordt.',
    'U heeft op 3 maart van mij een brief gekregen.',
    'U heeft in maart van mij een brief gehad over de wachtlijsten.',
    'De Kamer heeft op 12 april van ons een uitgebreide brief gekregen.',
  ],
);

judge(
  'review: an agreement after an opening word, and none among ourselves',
  [
    'Daarom spreek ik met de provincies af dat elke aanvraag binnen acht weken wordt behandeld.',
    'Ook spreek ik met de gemeenten af dat zij de regeling voor 1 juli invoeren.',
    'Verder spreken we met de sector af dat er een meldpunt komt.',
  ],
  ['Wij spreken met elkaar af dat we de regels in dit huis naleven.', 'Spreek ik met de provincies af dat elke aanvraag binnen acht weken wordt behandeld?'],
);

judge(
  'review: looking into something on a condition of events, with an act beside it, or with a time',
  [
    'Als de rechter uitspraak heeft gedaan, dan zal ik bekijken wat dat betekent en de Kamer daarover informeren.',
    'Als het rapport er in het voorjaar is, zal ik bekijken welke maatregelen nodig zijn.',
  ],
  ['En als de toezichthouder zegt dat het niet kan, dan zal ik bekijken of er een wettelijke basis nodig is.'],
);

describe('review: request words that are no request', () => {
  const exchange = requestThenReply;
  it('"met betrekking tot" asks nothing to be taken along', () =>
    expect(commitments(exchange('Doet de minister iets met betrekking tot de wachtlijsten?', 'Ja, dat doe ik.'))).toEqual([]));
  it('"Hoe kan dat?" asks no yes', () => expect(commitments(exchange('De wachtlijsten groeien. Hoe kan dat?', 'Dat neem ik mee.'))).toEqual([]));
});
