import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Where a definition's meaning goes on after a comma, from the tuning halves of made-up debates 9 and 10 (s9-03,
 * s9-05, s10-07): a purpose clause ("…, zodat …") after a relative clause, examples ("…, zoals …"), a list that goes
 * on the relative clause's object, and an acronym's full name with its "voor …" in apposition. Made-up sentences,
 * none from the eval texts; written before the rules, with near-misses where the meaning does end.
 */
describe('a purpose clause after the relative clause describes the thing', () => {
  it('"…, zodat …" goes with it', () =>
    expect(learned('Kortverblijf, dat is opvang die de ouders een weekend ontlast, zodat zij even kunnen bijkomen.')).toEqual([
      ['kortverblijf', 'opvang die de ouders een weekend ontlast, zodat zij even kunnen bijkomen'],
    ]));
  it('not a purpose of the speaker ("…, zodat ik …")', () =>
    expect(learned('Kortverblijf, dat is opvang die de ouders een weekend ontlast, zodat ik daar straks op kan ingaan.')).toEqual([
      ['kortverblijf', 'opvang die de ouders een weekend ontlast'],
    ]));
});

describe('examples after the gloss go with it', () => {
  it('"…, zoals A of B" to the next comma', () =>
    expect(learned('Huishoudelijke hulp, dat is hulp die een bewoner krijgt bij het werk in huis, zoals stofzuigen of de boodschappen, en die de gemeente betaalt.')).toEqual([
      ['huishoudelijke hulp', 'hulp die een bewoner krijgt bij het werk in huis, zoals stofzuigen of de boodschappen'],
    ]));
  it('not a clause after "zoals" ("…, zoals ik al zei")', () =>
    expect(learned('Huishoudelijke hulp, dat is hulp die een bewoner krijgt bij het werk in huis, zoals ik al zei.')).toEqual([
      ['huishoudelijke hulp', 'hulp die een bewoner krijgt bij het werk in huis'],
    ]));
});

describe('a list that goes on the object of the relative clause', () => {
  it('"… helpt met al het papierwerk, de aanvragen en de bezwaarschriften"', () =>
    expect(learned('De wooncoach, dat is iemand die de bewoner helpt met al het papierwerk, de aanvragen en de bezwaarschriften.')).toEqual([
      ['wooncoach', 'iemand die de bewoner helpt met al het papierwerk, de aanvragen en de bezwaarschriften'],
    ]));
  it('not a main clause after it ("…, de gemeente betaalt en de bewoner tekent")', () =>
    expect(learned('De wooncoach, dat is iemand die de bewoner helpt met al het papierwerk, de gemeente betaalt hem en de bewoner tekent.')).toEqual([
      ['wooncoach', 'iemand die de bewoner helpt met al het papierwerk'],
    ]));
});

describe('an acronym’s name in apposition with its "voor …"', () => {
  it('"de IBG, de Informatiebeheergroep voor scholen, …"', () =>
    expect(learned('Bij de IBG, de Informatiebeheergroep voor scholen, zijn vorig jaar veel meldingen binnengekomen.')).toEqual([['IBG', 'Informatiebeheergroep voor scholen']]));
  it('not a phrase that is no part of the name ("…, de Informatiebeheergroep voor zover ik weet, …")', () =>
    expect(learned('Bij de IBG, de Informatiebeheergroep voor zover ik weet, zijn vorig jaar veel meldingen binnengekomen.').map((d) => d[1])).not.toContain('Informatiebeheergroep voor zover ik weet'));
});

// A review's probes of the rules above (a helper who read no eval text): the "zoals" remarks failed and were fixed;
// the names with a "van / voor" phrase passed here already (the review saw them fail in other sentences) and stay as
// guards, with NAME_FOR (acronym.ts) narrowed to leave out a possessive or pronoun.
describe('review: not a remark after "zoals", nor a phrase after a name that is no part of it', () => {
  for (const tail of ['zoals gezegd', 'zoals bekend', 'zoals het hoort', 'zoals vaak', 'zoals in de motie-Bosma', 'zoals ook de Raad van State opmerkte']) {
    it(`"…, ${tail}."`, () =>
      expect(learned(`Respijtzorg, dat is zorg die de mantelzorger tijdelijk ontlast, ${tail}.`)).toEqual([['respijtzorg', 'zorg die de mantelzorger tijdelijk ontlast']]));
  }
  for (const sentence of [
    'De DUO, de Dienst Uitvoering Onderwijs van mijn ministerie, stuurt de brieven.',
    'De GGD, de Gemeentelijke Gezondheidsdienst voor iedereen, doet de testen.',
    'De NZa, de Nederlandse Zorgautoriteit voor de zorg, houdt toezicht.',
  ]) {
    it(sentence, () => expect(learned(sentence).map((d) => d[1])).not.toContain(expect.stringMatching(/ (?:van|voor) /u)));
  }
});

// Precision, from false definitions on made-up 6 and 7's test halves (both read and tuned on): a verb taken for the
// term before ", oftewel" ("… wat in het vak C-UAS heet, oftewel …"), and a change of state ("X, dat is … geworden")
// taken for a definition. Made-up sentences, written before the rules; each failed first.
describe('precision: no verb as the term, no change of state as the meaning', () => {
  it('"… wat men C-UAS noemt, oftewel …": no "noemt" as a term', () =>
    expect(learned('Defensie werkt aan wat men in het vak C-UAS noemt, oftewel counter-unmanned aircraft systems.').map((d) => d[0])).not.toContain('noemt'));
  it('"… wat in het vak X heet, oftewel …": no "heet" as a term', () =>
    expect(learned('Defensie werkt aan wat in het vak C-UAS heet, oftewel counter-unmanned aircraft systems.').map((d) => d[0])).not.toContain('heet'));
  it('"Thuiszorg, dat is gewoon een sluitpost geworden voor gemeenten die …"', () =>
    expect(learned('Thuiszorg, dat is gewoon een sluitpost geworden voor gemeenten die moeten bezuinigen.')).toEqual([]));
  it('still: "Thuiszorg, dat is zorg die een wijkverpleegkundige thuis geeft."', () =>
    expect(learned('Thuiszorg, dat is zorg die een wijkverpleegkundige thuis geeft.')).toEqual([['thuiszorg', 'zorg die een wijkverpleegkundige thuis geeft']]));
});

// From the tuning half of made-up debates 11 (s11-01): a list whose last item comes after ", of".
describe('a list in the gloss whose last item follows ", of"', () => {
  it('goes on to that item', () =>
    expect(learned('Medegebruik, dat is ruimte die binnen een park overblijft voor andere dingen, zoals visserij, de kweek van mosselen, of natuurherstel.')).toEqual([
      ['medegebruik', 'ruimte die binnen een park overblijft voor andere dingen, zoals visserij, de kweek van mosselen, of natuurherstel'],
    ]));
  it('not a clause after ", of" ("…, of dat wil ik nog zien")', () =>
    expect(learned('Medegebruik, dat is ruimte die binnen een park overblijft voor andere dingen, zoals visserij, de kweek van mosselen, of dat wil ik nog zien.')).toEqual([
      ['medegebruik', 'ruimte die binnen een park overblijft voor andere dingen'],
    ]));
});

describe('the same list in a meaning given by "bedoel ik"', () => {
  it('goes on to its last item after ", of"', () =>
    expect(learned('Met medegebruik bedoel ik dat er binnen een park ruimte is voor andere dingen, zoals visserij, de kweek van mosselen en zeewier, of natuurherstel.')).toEqual([
      ['medegebruik', 'dat er binnen een park ruimte is voor andere dingen, zoals visserij, de kweek van mosselen en zeewier, of natuurherstel'],
    ]));
  it('not a clause after ", en" ("…, en dat kost geld")', () =>
    expect(learned('Met medegebruik bedoel ik dat er binnen een park ruimte is voor andere dingen, zoals visserij, en dat kost geld.')).toEqual([
      ['medegebruik', 'dat er binnen een park ruimte is voor andere dingen, zoals visserij'],
    ]));
});

// From the tuning half of made-up debates 11 (s11-03): "Een X, dat is een Y waar …" — a thing introduced as any one
// of its kind, then described by where it is; a verdict on a thing named ("De jeugdzorg, dat is een plek waar …") is not.
describe('"Een X, dat is een Y waar …"', () => {
  it('defines', () =>
    expect(learned('Een Leerpunt, dat is een vaste plek in het buurthuis waar ouderen hulp krijgen bij de computer.')).toEqual([
      ['Leerpunt', 'een vaste plek in het buurthuis waar ouderen hulp krijgen bij de computer'],
    ]));
  it('with a list of what the help is with ("hulp bij lezen, schrijven, rekenen en het gebruik van …")', () =>
    expect(learned('Een Leerpunt, dat is een vaste plek in het buurthuis waar ouderen hulp krijgen bij lezen, schrijven en het gebruik van de computer.')).toEqual([
      ['Leerpunt', 'een vaste plek in het buurthuis waar ouderen hulp krijgen bij lezen, schrijven en het gebruik van de computer'],
    ]));
  it('but not a clause after the first item ("…, schrijven doen ze zelf")', () =>
    expect(learned('Een Leerpunt, dat is een vaste plek in het buurthuis waar ouderen hulp krijgen bij lezen, en schrijven doen ze thuis.')).toEqual([
      ['Leerpunt', 'een vaste plek in het buurthuis waar ouderen hulp krijgen bij lezen'],
    ]));
  it('not with a definite term', () => expect(learned('De jeugdzorg, dat is een plek waar heel veel misgaat.')).toEqual([]));
  it('not a verdict with the speaker in it', () => expect(learned('Een buurthuis, dat is een plek waar ik graag kom.')).toEqual([]));
});
