import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';
import { judge } from '../helpers/judge-commitments';

/**
 * A review (helper, session of 2026-12-06, evening; 136 probes) of the rules made from made-up debates 6 and 7: each
 * probe a rule read wrong, here as a test that failed first. Precision first: a form that cannot be told from its
 * false alarms by its words is dropped (the passive with a time: who acts is not said).
 */
judge(
  'review: a passive with a time says nothing of who acts (no rule reads it)',
  [],
  [
    'De moties worden volgende week dinsdag in stemming gebracht.',
    'De wedstrijd wordt zondag gewoon gespeeld.',
    'De zaak wordt in februari door de rechter behandeld.',
    'De aanvragen worden vanaf volgend jaar door de gemeenten zelf beoordeeld.',
    'Het wetsvoorstel wordt in januari in de Eerste Kamer behandeld.',
    'De AOW wordt per 1 januari geïndexeerd, zoals elk jaar.',
    'De kosten worden voor volgend jaar op drie miljoen ingeschat.',
  ],
);

judge(
  'review: a document of another body, a step of procedure, a hedge or a condition is no promise',
  ['De handreiking voor de scholen ligt er voor 1 oktober.', 'Het wetsvoorstel gaat in het voorjaar naar de Raad van State.'],
  [
    'Het wetsvoorstel van de heer Jansen gaat in het voorjaar naar de Raad van State.',
    'Het rapport van de Algemene Rekenkamer ligt er in mei.',
    'Het voorstel van de Europese Commissie ligt er in het najaar.',
    'Het wetsvoorstel ligt volgende week bij de Eerste Kamer.',
    'De handreiking ligt er waarschijnlijk pas in het voorjaar.',
    'De handreiking ligt er in het voorjaar, als de Kamer daarmee instemt.',
  ],
);

judge(
  'review: an opening word that hedges, tells a habit, negates or wishes blocks "spreek ik met X af dat"',
  ['Hoe dan ook spreek ik met de VNG af dat elke gemeente een loket krijgt.'],
  [
    'Misschien spreek ik met de VNG af dat elke gemeente een loket krijgt.',
    'Soms spreek ik met de VNG af dat gemeenten samen optrekken.',
    'Elk jaar spreken we met de VNG af dat de bijdrage gelijk blijft.',
    'Nooit spreek ik met de VNG af dat gemeenten zelf mogen kiezen.',
    'Liever spreek ik met de VNG af dat elke gemeente een loket krijgt, maar dat kan nu niet.',
  ],
);

judge(
  'review: "dat" after a stranded particle or before a plural is a conjunction, "voortaan" not after "sinds"',
  [],
  ['Wij gaan ervan uit dat scholen dit na de zomer oppakken.', 'Sinds vorig jaar krijgt u voortaan jaarlijks een rapportage over de wachttijden.'],
);

describe('review: short yeses only to a request to act, not hedged, not about this debate', () => {
  const no = (member: string, minister: string) => it(`none: ${minister}`, () => expect(commitments(exchange(member, minister))).toEqual([]));
  no('Ik wil de minister vragen of het klopt dat de wachttijden zijn opgelopen, want dan—', 'Het antwoord is ja: de wachttijden zijn het afgelopen jaar opgelopen.');
  no('Heeft de minister de scholen al laten weten wat de nieuwe regels zijn?', 'Het antwoord is ja: ze hebben vorige week een brief gekregen.');
  no('Ik wil vragen of de minister het eens is met de VNG?', 'Het antwoord is ja.');
  no('Is de minister bereid om de kleine scholen mee te nemen in de proef?', 'Het antwoord is ja, mits de Kamer het geld daarvoor vrijmaakt.');
  no('Wil de minister de provincies vragen om één lijn te trekken?', 'Dat vraag ik ze liever niet, want dat is aan hen.');
  no('Wil de minister de provincies vragen om één lijn te trekken?', 'Dat vraag ik ze al jaren, zonder resultaat.');
  no('Wil de minister ingaan op de kosten van de proef?', 'Dat doe ik, in mijn tweede termijn.');
  no('Wil de minister de Kamer informeren over de kosten van de proef?', 'Dat zal ik, met alle respect, aan de Kamer overlaten.');
  no('Wil de minister de Kamer informeren over de kosten van de proef?', 'Dat doe ik, in tegenstelling tot wat mevrouw Kat denkt, elk kwartaal.');
});
