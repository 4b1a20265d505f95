import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3, forms that the tuning half of made-up debates 7 (s7-01, s7-03, s7-05, s7-07) pointed at; the
 * sentences are other, made-up ones, written before the rules; each rule had a "yes" that failed first (a few others
 * passed already and stay as guards).
 */
judge(
  '"die"/"dat" after a preposition is a determiner, no relative clause',
  ['Ik ga met de burgemeesters van die regio’s in gesprek.', 'Ik zal met die gemeenten in overleg gaan over de kosten.'],
  ['Ik ga niet met die gemeenten in gesprek.', 'Ik ga ervan uit dat die gemeenten in gesprek gaan.'],
);

judge(
  'the month of a meeting is a time said ("in het overleg van oktober")',
  ['Ik spreek de zorgverzekeraars daarop aan in het bestuurlijk overleg van oktober.', 'Ik leg het voorstel voor aan de provincies, in het overleg van april.'],
  ['Ik heb de zorgverzekeraars daarop aangesproken in het overleg van oktober.', 'Ik lees de brief van oktober nog eens na.'],
);

judge(
  'a body asked to do an act with a separable particle ("om … na te gaan")',
  ['Daarom vraag ik de Inspectie om dit jaar bij tien scholen na te gaan of de regels worden gevolgd.', 'Ik vraag de NVWA om de controles in de zomer op te voeren.'],
  ['Ik vraag de Inspectie niet om dat na te gaan.', 'Ik vraag de heer Jansen om dat na te gaan.'],
);

judge(
  'a visit with a time said: "ik kom … naar Emmen"',
  ['Ik kom voor het einde van het jaar naar Emmen.', 'Die uitnodiging neem ik aan, en ik kom in het voorjaar naar Emmen om met de ouders te praten.'],
  ['Ik kom zo naar de vragen over de kosten.', 'Vorig jaar kwam ik naar Emmen.', 'Ik kom straks naar uw punt over de kosten.'],
);

judge(
  'laying down with a named party: "ik leg met X vast dat …"',
  ['Ik leg met de gemeenten vast dat elke melding binnen een week wordt opgepakt.', 'Daarom leggen we met de sector vast dat de prijs gelijk blijft.'],
  ['Ik leg met de gemeenten niet vast dat de termijn korter wordt.', 'In de wet ligt vast dat de termijn acht weken is.'],
);

judge(
  'a document that will be there or go on by a time said ("De handreiking ligt er voor 1 oktober")',
  [
    'De handreiking voor de scholen ligt er voor 1 oktober.',
    'Het wetsvoorstel gaat in het voorjaar naar de Raad van State.',
    'Het wetsvoorstel gaat voor de zomer in internetconsultatie.',
    'De evaluatie ligt na de zomer bij de Kamer.',
  ],
  [
    'De brief ligt er al sinds vorige week.',
    'Het wetsvoorstel ligt nu bij de Raad van State.',
    'Het wetsvoorstel ging vorig jaar naar de Raad van State.',
    'Het rapport gaat over de zomer van vorig jaar.',
    'Het wetsvoorstel gaat volgend jaar misschien naar de Raad van State.',
  ],
);

describe('short yeses to a request', () => {
  const ask = 'Neemt de minister in die brief ook de kosten per regio mee?';
  it('"Ja, dat neem ik erin op, met …"', () => expect(commitments(exchange(ask, 'Ja, dat neem ik erin op, met een raming per regio.'))).toContain('Ja, dat neem ik erin op, met een raming per regio.'));
  it('"Dat doe ik, in de voortgangsbrief …"', () =>
    expect(commitments(exchange('Wil de minister de Kamer informeren over de wachttijden?', 'Dat doe ik, in de voortgangsbrief van het najaar.'))).toContain('Dat doe ik, in de voortgangsbrief van het najaar.'));
  it('"… en het antwoord is ja"', () =>
    expect(commitments(exchange('Is de minister bereid om ook de kleine scholen mee te nemen in de proef?', 'Ik zie waar mevrouw Kat naartoe wil, en het antwoord is ja: de kleine scholen doen mee.'))).toContain(
      'Ik zie waar mevrouw Kat naartoe wil, en het antwoord is ja: de kleine scholen doen mee.',
    ));
  it('"Dat vraag ik ze, via …" to a request to ask a body', () =>
    expect(commitments(exchange('Wil de minister de provincies vragen om één lijn te trekken?', 'Dat vraag ik ze, via het IPO, al kan ik ze niet verplichten.'))).toContain('Dat vraag ik ze, via het IPO, al kan ik ze niet verplichten.'));
  it('not "Dat doe ik niet, in …"', () => expect(commitments(exchange('Wil de minister de Kamer informeren over de wachttijden?', 'Dat doe ik niet, in dit stadium.'))).toEqual([]));
  it('not "het antwoord is nee"', () => expect(commitments(exchange('Is de minister bereid om de kleine scholen mee te nemen?', 'Het antwoord is nee: de proef is al vol.'))).toEqual([]));
  it('not "Dat vraag ik ze niet"', () => expect(commitments(exchange('Wil de minister de provincies vragen om één lijn te trekken?', 'Dat vraag ik ze niet, want dat is aan hen.'))).toEqual([]));
  it('"Dat doe ik, in …" after "X vroeg of ik de Kamer laat weten …"', () =>
    expect(
      commitments(
        'De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg of ik de Kamer laat weten hoeveel scholen een loket hebben. Dat doe ik, in de brief van het najaar.\n',
      ),
    ).toContain('Dat doe ik, in de brief van het najaar.'));
  it('"Dat vraag ik ze, via …" after "X vroeg of ik de gemeenten wil vragen …"', () =>
    expect(
      commitments('De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg of ik de gemeenten wil vragen bij te houden hoeveel mensen stoppen. Dat vraag ik ze, via de VNG.\n'),
    ).toContain('Dat vraag ik ze, via de VNG.'));
  it('"het antwoord is ja" to a request cut off ("dan wil ik toch vragen of de minister bereid is …, dan—")', () =>
    expect(
      commitments(
        exchange(
          'Voorzitter, dan wil ik toch vragen of de minister bereid is die regeling ook voor de kleine scholen te laten gelden, want als dat niet zo is, dan—',
          'Ik zie waar mevrouw Kat naartoe wil, en het antwoord is ja: de kleine scholen krijgen vanaf volgend jaar dezelfde regeling.',
        ),
      ),
    ).toContain('Ik zie waar mevrouw Kat naartoe wil, en het antwoord is ja: de kleine scholen krijgen vanaf volgend jaar dezelfde regeling.'));
  it('not a yes to a statement cut off', () =>
    expect(commitments(exchange('Voorzitter, de kleine scholen hebben het zwaar, en als dat zo blijft, dan—', 'Ik zie waar mevrouw Kat naartoe wil, en het antwoord is ja.'))).toEqual([]));
});
