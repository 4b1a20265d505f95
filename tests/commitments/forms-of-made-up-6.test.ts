import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 6 (s6-01, s6-03, s6-05, s6-07) pointed at; the
 * sentences are other, made-up ones, written before the rules, and each "yes" failed first.
 */
judge(
  'what the government will have from it: "u heeft het binnen twee weken van mij"',
  ['Ik vraag het op, en u heeft het binnen twee weken schriftelijk van mij.', 'U heeft die cijfers voor de zomer van mij.', 'De Kamer heeft het overzicht voor 1 juni van ons.'],
  ['U heeft dat van mij gehoord.', 'U heeft gelijk, dat heeft u van mij.', 'U heeft die brief vorige week van mij gekregen.', 'U heeft die cijfers al van mij.'],
);

judge(
  'an agreement to be made with a named party: "ik spreek met X af dat …"',
  [
    'Ik spreek met de provincies af dat elke aanvraag binnen acht weken wordt behandeld.',
    'Omdat de wachttijden oplopen, spreek ik met de netbeheerders af dat elke aanvrager binnen een maand antwoord krijgt.',
  ],
  ['Ik spreek met de provincies regelmatig over de aanvragen.', 'Ik spreek met de provincies niet af dat de termijn korter wordt.', 'Vorig jaar spraken we met de provincies af dat de termijn acht weken is.'],
);


describe('short yeses to what a member asked', () => {
  it('"Ja, dat doe ik graag." to an invitation ("Wil zij dat doen?")', () =>
    expect(commitments(exchange('Ik nodig de minister uit om met mij naar Emmen te komen. Wil zij dat doen?', 'Ja, dat doe ik graag. Ik kom in het voorjaar.'))).toContain('Ja, dat doe ik graag.'));
  it('"Dat neem ik erin mee." to a wish put as "Kan dat?"', () =>
    expect(commitments(exchange('Graag, en dan zou ik in dat overzicht ook de kosten per regio willen zien. Kan dat?', 'Dat neem ik erin mee. Het overzicht komt na de zomer.'))).toContain('Dat neem ik erin mee.'));
  it('"Dat doe ik, want …" after the member’s request retold', () =>
    expect(
      commitments(
        'De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg of ik de ouders bij het gesprek met de scholen betrek. Dat doe ik, want zij weten hoe het in de praktijk gaat.\n',
      ),
    ).toContain('Dat doe ik, want zij weten hoe het in de praktijk gaat.'));
  it('not a yes to a question that asks for an opinion', () =>
    expect(commitments(exchange('Vindt de minister dat ook? Kan dat?', 'Nee. Ik vind dat niet.'))).toEqual([]));
  it('not "Dat doe ik niet, want …"', () =>
    expect(commitments('De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg of ik de ouders bij het gesprek betrek. Dat doe ik niet, want dat is aan de scholen.\n')).toEqual([]));
});

// Made-up debates 5 and 6, tuning halves (s5-05, s6-01, s6-03): looking into something only if an event comes about
// is no promise; an act on such a condition still is.
judge(
  'looking into something on a condition of events',
  [
    'Als het rapport er is, stuur ik het binnen een week naar de Kamer.',
    'Mocht de inspectie tekorten vinden, dan informeer ik de Kamer direct.',
    'Als de toets klaar is, zal ik bekijken wat er nodig is en u voor de zomer een brief sturen.',
  ],
  [
    'Als de toezichthouder zegt dat het niet kan, dan zal ik bekijken of er een wettelijke basis nodig is.',
    'Als de evaluatie laat zien dat gemeenten het niet redden, dan ga ik met de VNG kijken wat er nodig is.',
    'Mocht het aantal aanvragen stijgen, dan zal ik bezien of de regeling moet worden aangepast.',
  ],
);

// Made-up debates 3 and 4, tuning halves (s3-11, s4-05): a yes with the thing named, and a yes before a semicolon.
describe('short yeses with the thing named, or before a semicolon', () => {
  it('"Ja, dat verzoek doe ik." to a request', () =>
    expect(commitments(exchange('Is de minister bereid de toezichthouder om die cijfers te vragen? Dat zou helpen.', 'Ja, dat verzoek doe ik. Dan de volgende vraag.'))).toContain('Ja, dat verzoek doe ik.'));
  it('"Dat doe ik; de brief krijgt …" to a request', () =>
    expect(commitments(exchange('Kan de minister in de brief ook de cijfers per regio opnemen?', 'Dat doe ik; de brief krijgt een uitsplitsing per regio.'))).toContain(
      'Dat doe ik; de brief krijgt een uitsplitsing per regio.',
    ));
  it('not "Dat verzoek doe ik niet."', () =>
    expect(commitments(exchange('Is de minister bereid de toezichthouder om die cijfers te vragen?', 'Dat verzoek doe ik niet. Dat is aan de toezichthouder.'))).toEqual([]));
  it('not a yes to a question that asks no act', () => expect(commitments(exchange('Vindt de minister dat ook?', 'Dat doe ik; ik vind het een goed plan.'))).toEqual([]));
});

describe('requests the short yes answers: asking a body on the member’s behalf, taking a point along', () => {
  it('"Wil de minister de inspectie vragen om …?" — "Ja, dat verzoek doe ik."', () =>
    expect(commitments(exchange('Wil de minister de inspectie vragen om in de volgende monitor ook de wachttijden op te nemen?', 'Ja, dat verzoek doe ik. De monitor komt in mei.'))).toContain(
      'Ja, dat verzoek doe ik.',
    ));
  it('"Mevrouw X vroeg of ik … meeneem. Dat doe ik; …"', () =>
    expect(commitments('De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg of ik de regionale verschillen meeneem. Dat doe ik; de brief krijgt een uitsplitsing per regio.\n')).toContain(
      'Dat doe ik; de brief krijgt een uitsplitsing per regio.',
    ));
  it('not "Wil de minister uitleggen waarom …?" — "Ja, dat doe ik." (explained now)', () =>
    expect(commitments(exchange('Wil de minister uitleggen waarom de regeling stopt?', 'Ja, dat doe ik. De regeling stopt omdat het geld op is.'))).toEqual([]));
});

// Made-up debates 3, tuning half (s3-07): a point a member asked about ("vroeg naar"), taken along in the same turn.
describe('a point a member asked about, taken along in the same turn', () => {
  it('"Mevrouw X vroeg naar de kosten per gemeente. Ja, die kosten neem ik mee in de brief."', () =>
    expect(commitments('De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg naar de kosten per gemeente. Ja, die kosten neem ik mee in wat ik na de zomer stuur.\n')).toContain(
      'Ja, die kosten neem ik mee in wat ik na de zomer stuur.',
    ));
  it('not a yes that takes nothing along ("Ja, dat is zo.")', () =>
    expect(commitments('De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg naar de kosten per gemeente. Ja, dat is zo.\n')).toEqual([]));
});
