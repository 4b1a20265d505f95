import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 18's tuning half showed wrong or missed (eighth session of 2026-12-07): "Een X is een Y die …"
 * read to the sentence's end over a new clause ("…, en ook die onderzoeken laten …"); "niet bij 25 …, maar pas bij
 * 40" (what it is instead); a gloss that is a place or a circumstance ("Zwemmen, dat is in een land dat … gewoon een
 * overlevingsvak"); a term after "Tot slot" ("Tot slot de speed pedelec, oftewel …"); an acronym's plural on "'en"
 * ("De GGD'en, de gemeentelijke gezondheidsdiensten, …"); a verb before ", oftewel" in a clause, its object the term
 * ("… een preventief huisbezoek aanbiedt, oftewel een bezoek …"). Made-up sentences of general Dutch written before the
 * rules, with look-alikes.
 */
describe('"Een X is een Y die …" ends where a new clause begins', () => {
  it('not over ", en ook die bezoeken …"', () =>
    expect(learned('Een keuringsbezoek is een bezoek waarbij een inspecteur de attractie controleert, en ook die bezoeken laten hetzelfde beeld zien.')).toEqual([
      ['keuringsbezoek', 'een bezoek waarbij een inspecteur de attractie controleert'],
    ]));
  it('not over ", en volgens de gemeente …"', () =>
    expect(learned('Een zwerfkar is een winkelwagen die langer dan een week buiten staat, en volgens de gemeente gaat het om honderden.')).toEqual([
      ['zwerfkar', 'een winkelwagen die langer dan een week buiten staat'],
    ]));
  it('a list of what it does stays whole', () =>
    expect(learned('Een buurtcoach is een medewerker die de post opent, de aanvragen doet en de schulden regelt.')).toEqual([
      ['buurtcoach', 'een medewerker die de post opent, de aanvragen doet en de schulden regelt'],
    ]));
  it('", zonder dat …" stays part of it', () =>
    expect(learned('Een schuldhulpmaatje is een vrijwilliger die mensen helpt, zonder dat daar iets tegenover staat.')).toEqual([
      ['schuldhulpmaatje', 'een vrijwilliger die mensen helpt, zonder dat daar iets tegenover staat'],
    ]));
});

describe('"niet X, maar pas Y": what it is instead goes on', () => {
  it('"… niet bij 25 kilometer per uur stopt, maar pas bij 40 of 50"', () =>
    expect(learned('Met afknijpen bedoel ik dat de ondersteuning niet bij 25 kilometer per uur stopt, maar pas bij 40 of 50.')).toEqual([
      ['afknijpen', 'dat de ondersteuning niet bij 25 kilometer per uur stopt, maar pas bij 40 of 50'],
    ]));
  it('not "…, maar dat komt later"', () =>
    expect(learned('Met afknijpen bedoel ik dat de ondersteuning niet bij 25 kilometer per uur stopt, maar dat komt later.')).toEqual([
      ['afknijpen', 'dat de ondersteuning niet bij 25 kilometer per uur stopt'],
    ]));
});

describe('a gloss that opens with a preposition is a circumstance, not a meaning', () => {
  it('"Zwemmen, dat is in een land dat … gewoon een overlevingsvak."', () =>
    expect(learned('Zwemmen, dat is in een land dat voor een kwart onder de zeespiegel ligt gewoon een overlevingsvak.')).toEqual([]));
  it('"De brugklas, dat is voor veel kinderen een jaar waarin alles verandert."', () =>
    expect(learned('De brugklas, dat is voor veel kinderen een jaar waarin alles verandert.')).toEqual([]));
  it('still: "Een zwemvijver, dat is een vijver waarin …"', () =>
    expect(learned('Een zwemvijver, dat is een vijver waarin het water zonder chloor wordt gezuiverd.')).toEqual([
      ['zwemvijver', 'een vijver waarin het water zonder chloor wordt gezuiverd'],
    ]));
});

describe('a term after a phrase that opens the point', () => {
  it('"Tot slot de speed pedelec, oftewel …"', () =>
    expect(learned('Tot slot de speed pedelec, oftewel een elektrische fiets die je tot 45 kilometer per uur ondersteunt.')).toEqual([
      ['speed pedelec', 'een elektrische fiets die je tot 45 kilometer per uur ondersteunt'],
    ]));
  it('not the subject after another verb: "Daarom krijgt de boer compensatie, oftewel …"', () =>
    expect(learned('Daarom krijgt de boer compensatie, oftewel een vergoeding voor de schade die hij lijdt.').map((d) => d[0])).not.toContain('boer compensatie'));
});

describe('an acronym\'s plural on "\'en"', () => {
  it('"De GGD\'en, de gemeentelijke gezondheidsdiensten, …"', () =>
    expect(learned("De GGD'en, de gemeentelijke gezondheidsdiensten, meten eenzaamheid eens in de vier jaar.")).toEqual([['GGD', 'gemeentelijke gezondheidsdiensten']]));
  it('not a list of names', () => expect(learned("De GGD'en, de gemeenten en de provincies meten het.")).toEqual([]));
});

describe('a verb before ", oftewel" in a clause: the noun before it, which the gloss names again, is the term', () => {
  it('"… een preventief huisbezoek aanbiedt, oftewel een bezoek van …"', () =>
    expect(learned('De nota stelt voor dat elke gemeente iedere 80-plusser een preventief huisbezoek aanbiedt, oftewel een bezoek van een welzijnswerker aan een oudere thuis.')).toEqual([
      ['preventief huisbezoek', 'een bezoek van een welzijnswerker aan een oudere thuis'],
    ]));
  it('never the verb itself, when the gloss names no noun before it', () =>
    expect(learned('Ik wil dat elke gemeente iedere oudere iets aanbiedt, oftewel een bezoek van een welzijnswerker aan huis.').map((d) => d[0])).not.toContain('aanbiedt'));
});
