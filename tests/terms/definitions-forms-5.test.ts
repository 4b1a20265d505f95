import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Forms found missed or cut wrong in the tuning half of made-up debates 5
 * (tests/eval/synthetic5, s5-01 and s5-03), with near-misses that must stay
 * unlearned, and four false definitions this review of the "X, dat wil zeggen
 * Y" rule found on the way (a term cut out of a prepositional phrase, a gloss
 * that is a place or a time). The sentences are made up; none is from the
 * eval texts. Written before the rules, each failed first.
 */

describe('a law named before its acronym keeps "Wet" when the acronym leaves it out', () => {
  it('"de Wet langdurige zorg en kwaliteit (LZK)" is the law, as "de Wet maatschappelijke ondersteuning (Wmo)" is', () => {
    expect(learned('De Wet langdurige zorg en kwaliteit (LZK) regelt de zorg voor wie blijvend zorg nodig heeft.')).toEqual([['LZK', 'Wet langdurige zorg en kwaliteit']]);
    expect(learned('De Wet maatschappelijke ondersteuning (Wmo) legt veel bij gemeenten.')).toEqual([['Wmo', 'Wet maatschappelijke ondersteuning']]);
  });
  it('not another word before the long form, nor "wet" in lower case (a law described, not named)', () => {
    expect(learned('Het Centraal Bureau voor de Statistiek (CBS) telt dat.')).toEqual([['CBS', 'Centraal Bureau voor de Statistiek']]);
    expect(learned('Er komt een nieuwe wet langdurige zorg en kwaliteit (LZK) aan.')).toEqual([['LZK', 'langdurige zorg en kwaliteit']]);
  });
});

describe('"Onder X verstaan we in deze wet Y": the scope is not part of the meaning', () => {
  it('drops "in deze wet", "in dit wetsvoorstel" before the meaning, and takes a term with an apostrophe', () => {
    expect(learned('Onder een mantelzorger verstaan we in deze wet iemand die langdurig en onbetaald voor een naaste zorgt.')).toEqual([
      ['mantelzorger', 'iemand die langdurig en onbetaald voor een naaste zorgt'],
    ]);
    expect(learned("Onder een zzp'er verstaan we in dit wetsvoorstel iemand die zonder personeel voor eigen rekening werkt.")).toEqual([
      ["zzp'er", 'iemand die zonder personeel voor eigen rekening werkt'],
    ]);
  });
});

describe('"Met X bedoel ik dat …, en dat …": a second clause of the meaning goes with it', () => {
  it('keeps a parallel "en dat" clause, not a new sentence that starts with "dat is" or "dat kost"', () => {
    expect(learned('Met vaste verblijfplaats bedoel ik dat iemand op één adres staat ingeschreven, en dat hij daar ook echt woont.')).toEqual([
      ['vaste verblijfplaats', 'dat iemand op één adres staat ingeschreven, en dat hij daar ook echt woont'],
    ]);
    expect(learned('Met vaste verblijfplaats bedoel ik dat iemand op één adres staat ingeschreven, en dat is voor veel mensen moeilijk.')).toEqual([
      ['vaste verblijfplaats', 'dat iemand op één adres staat ingeschreven'],
    ]);
    expect(learned('Met slimme netten bedoel ik dat de stroom op het juiste moment wordt gebruikt, en dat kost geld.')).toEqual([
      ['slimme netten', 'dat de stroom op het juiste moment wordt gebruikt'],
    ]);
  });
});

describe('"Een X, dat wil zeggen Y" at the start of a sentence: the whole noun phrase is the term', () => {
  it('takes the adjectives and a "van" with it ("een gunstige staat van behoud")', () => {
    expect(learned('Een ernstige lichamelijke beperking, dat wil zeggen een beperking die iemand blijvend hindert, telt mee.')).toEqual([
      ['ernstige lichamelijke beperking', 'een beperking die iemand blijvend hindert'],
    ]);
    expect(learned('Een gunstige staat van behoud, oftewel een toestand waarin een soort op lange termijn kan voortbestaan, is het doel.')).toEqual([
      ['gunstige staat van behoud', 'een toestand waarin een soort op lange termijn kan voortbestaan'],
    ]);
  });
  it('learns nothing from a noun inside a prepositional phrase ("het gevolg voor de huurders", "een deel van de opbrengst")', () => {
    expect(learned('Het gevolg voor de huurders, dat wil zeggen dat de huur stijgt, is ernstig.')).toEqual([]);
    expect(learned('Een deel van de opbrengst, dat wil zeggen een derde, gaat naar de gemeenten.')).toEqual([]);
    expect(learned('De kosten van de regeling, oftewel het geld dat de Staat uitgeeft aan de toeslagen, stijgen.')).toEqual([]);
    // A bare noun after the preposition is the term itself; after a verb, a noun with its article is one too.
    expect(learned('Er komt een proef met buurtbemiddeling, ofwel hulp van een onafhankelijke derde bij ruzie tussen buren.')).toEqual([
      ['buurtbemiddeling', 'hulp van een onafhankelijke derde bij ruzie tussen buren'],
    ]);
    expect(learned('Het ligt aan de netbeheerder, oftewel het bedrijf dat de kabels beheert.')).toEqual([['netbeheerder', 'het bedrijf dat de kabels beheert']]);
  });
  it('learns nothing when what follows is a place or a time ("dat wil zeggen in Groningen", "sinds de zomer")', () => {
    expect(learned('In het noorden, dat wil zeggen in Groningen en Drenthe, is de krimp groot.')).toEqual([]);
    expect(learned('Sinds vorig jaar, dat wil zeggen sinds de zomer, is het beter.')).toEqual([]);
  });
});

describe('"X, dat is de beste Y die …": a superlative praises, it does not define (made-up debates 5, s5-05)', () => {
  it('learns nothing from a superlative or "de eerste", and still learns a plain description', () => {
    expect(learned('Onderwijs, dat is de beste investering die er bestaat, en toch bezuinigen we.')).toEqual([]);
    expect(learned('Een goede buurt, dat is het belangrijkste dat een kind kan hebben.')).toEqual([]);
    expect(learned('Een dijkgraaf, dat is de voorzitter die het waterschap leidt.')).toEqual([['dijkgraaf', 'de voorzitter die het waterschap leidt']]);
  });
});

describe('"X, dat is het Y waar … terecht kunnen": "waar" with its preposition apart is a relative clause too (s5-07)', () => {
  it('learns the description, not a remark of the speaker\'s own', () => {
    expect(learned('Het Zorgloket, dat is het centrale punt waar inwoners met al hun vragen over zorg terechtkunnen, is sinds maart dicht.')).toEqual([
      ['Zorgloket', 'het centrale punt waar inwoners met al hun vragen over zorg terechtkunnen'],
    ]);
    expect(learned('Preventie, dat is iets waar we samen aan moeten werken.')).toEqual([]);
    expect(learned('Het Zorgloket, dat is een plek waar veel mis gaat.')).toEqual([]);
  });
});

// A review (helper) of the rules above probed them with sentences of its own; each is a test here, written before the fix.
describe('review of the definition rules of made-up debates 5', () => {
  it('a second "dat" clause of the speaker, a stance or a name ends the meaning', () => {
    expect(learned('Met een eerlijke toets bedoel ik dat iedereen dezelfde vragen krijgt, en dat ik dat ook persoonlijk ga controleren.')).toEqual([
      ['eerlijke toets', 'dat iedereen dezelfde vragen krijgt'],
    ]);
    expect(learned('Met een eerlijke toets bedoel ik dat iedereen dezelfde vragen krijgt, en dat zijn er in Nederland heel veel.')).toEqual([
      ['eerlijke toets', 'dat iedereen dezelfde vragen krijgt'],
    ]);
  });
  it('only a document names a scope before the meaning; a place in it stays', () => {
    expect(learned('Met binnenlands bedoel ik in dit land geproduceerd.')).toEqual([['binnenlands', 'in dit land geproduceerd']]);
  });
  it('"Wet" only before a law\'s title in lower case', () => {
    expect(learned('Dat staat in de Wet Centraal Bureau voor de Statistiek (CBS) uit 2003.')).toEqual([['CBS', 'Centraal Bureau voor de Statistiek']]);
  });
  it('no either-or, no amount, no place in an order, no noun inside a longer phrase', () => {
    expect(learned('De kosten van beheer, ofwel de gemeenten betalen, ofwel de provincies.')).toEqual([]);
    expect(learned('Een kwestie van tijd, dat wil zeggen een paar maanden, is het nog.')).toEqual([]);
    expect(learned('De meeste gemeenten, dat wil zeggen ruim tweehonderd, doen mee.')).toEqual([]);
    expect(learned('De volgende stap, dat wil zeggen de invoering van de wet, zetten we in mei.')).toEqual([]);
    expect(learned('Een groot deel van de opbrengst, dat wil zeggen een derde, gaat naar de gemeenten.')).toEqual([]);
    expect(learned('Het geld voor alle gemeenten, oftewel het gemeentefonds, groeit.')).toEqual([]);
  });
  it('praise in either form, but "vaste" is no superlative', () => {
    expect(learned('Onderwijs, oftewel de beste investering die er bestaat, krijgt te weinig.')).toEqual([]);
    expect(learned('De griffier, dat is de vaste ambtenaar die de commissie ondersteunt.')).toEqual([['griffier', 'de vaste ambtenaar die de commissie ondersteunt']]);
  });
});
