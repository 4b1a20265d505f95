import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 16's tuning half and made-up 15's test half (read from the sixth session of 2026-12-07 on)
 * showed missed: the meaning first and the term named after it in a relative clause ("Een gebied met …, wat we een
 * pluimveedicht gebied noemen, zou …"; "Dat betekent dat …, wat we de paspoortpiek noemen."). Made-up sentences written
 * before the rule, with look-alikes: a verdict, a main clause before ", wat …".
 */
describe('the meaning first, named after it: ", wat we X noemen"', () => {
  const cases: [string, string, string][] = [
    ['Een wijk met meer dan twintig procent sociale huur, wat we een kwetsbare wijk noemen, krijgt extra geld.', 'kwetsbare wijk', 'wijk met meer dan twintig procent sociale huur'],
    ['Het bouwen van een woning pas nadat een koper heeft getekend, wat we bouwen op bestelling noemen, werkt in de stad prima.', 'bouwen op bestelling', 'bouwen van een woning pas nadat een koper heeft getekend'],
    ['Dat betekent dat er in korte tijd twee keer zoveel rijbewijzen verlopen als normaal, wat we de rijbewijsgolf noemen.', 'rijbewijsgolf', 'dat er in korte tijd twee keer zoveel rijbewijzen verlopen als normaal'],
    ['Een school waar meer dan de helft van de leerlingen een achterstand heeft, wat men in het onderwijs een impulsschool noemt, krijgt een extra leraar.', 'impulsschool', 'school waar meer dan de helft van de leerlingen een achterstand heeft'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
});

describe('not so', () => {
  it('a verdict', () => expect(learned('Een huurverhoging van tien procent, wat we een schande noemen, gaat gewoon door.')).toEqual([]));
  it('an adjective', () => expect(learned('Een wachttijd van twee jaar, wat ik onacceptabel noem, is de regel.')).toEqual([]));
  it('a main clause before ", wat we X noemen"', () => expect(learned('De minister sluit de kantoren in de dorpen, wat we centraliseren noemen.')).toEqual([]));
  it('what someone else calls it, as a verdict', () => expect(learned('Dat betekent dat de huren stijgen, wat de huurders een ramp noemen.')).toEqual([]));
});

/**
 * More of made-up 16's tuning half (2026-12-07, seventh session): a word glossed by one other word after "oftewel"
 * ("aan mesothelioom, oftewel longvlieskanker"), a term of an adjective and a noun opening the sentence after "Dan"
 * ("Dan bidirectioneel laden, oftewel laden waarbij …"). Made-up sentences written before the rules, with look-alikes.
 * (Examples after the meaning, ", bijvoorbeeld …", stay part of it: made-up 7's and 11's annotators include them, made-up
 * 16's does not.)
 */
describe('one word glossed by another after "oftewel"', () => {
  const cases: [string, string, string][] = [
    ['Elk jaar sterven er mensen aan mesothelioom, oftewel longvlieskanker.', 'mesothelioom', 'longvlieskanker'],
    ['Veel ouderen hebben last van presbyopie, oftewel ouderdomsverziendheid, en dat merken ze bij het lezen.', 'presbyopie', 'ouderdomsverziendheid'],
    ['De boeren vrezen voor salinisatie, oftewel bodemverzouting, langs de hele kust.', 'salinisatie', 'bodemverzouting'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
  it('not two adjectives', () => expect(learned('Dat vind ik onverstandig, oftewel onverantwoordelijk.')).toEqual([]));
  it('not an amount', () => expect(learned('Het kost ons veel, oftewel miljoenen.')).toEqual([]));
  it('not a verb', () => expect(learned('We moeten blijven investeren, oftewel doorbouwen.')).toEqual([]));
  it('not a subject before its verb', () => expect(learned('Volgens mij betaalt de gemeente, oftewel iedereen.')).toEqual([]));
});

describe('an adjective and a noun after "Dan", glossed', () => {
  it('"Dan bidirectioneel laden, oftewel …"', () =>
    expect(learned('Dan bidirectioneel laden, oftewel laden waarbij de auto ook stroom kan terugleveren aan het net.')).toEqual([['bidirectioneel laden', 'laden waarbij de auto ook stroom kan terugleveren aan het net']]));
  it('"Dan circulair bouwen, oftewel …"', () =>
    expect(learned('Dan circulair bouwen, oftewel bouwen waarbij materialen opnieuw worden gebruikt.')).toEqual([['circulair bouwen', 'bouwen waarbij materialen opnieuw worden gebruikt']]));
  it('not a verb before the term', () => expect(learned('Dan ging laden, oftewel laden waarbij de auto ook stroom kan terugleveren, mis.')).not.toContainEqual(['ging laden', 'laden waarbij de auto ook stroom kan terugleveren']));
  it('not a verb after "Dan"', () => expect(learned('Dan volgt paalrot, oftewel de aantasting van het hout door schimmels.')).toEqual([['paalrot', 'de aantasting van het hout door schimmels']]));
});

/**
 * Made-up 17's tuning half (seventh session of 2026-12-07): "als de werkgever een redelijke aanpassing doet, oftewel een
 * aanpassing die …" was learned as a definition of "doet". The gloss repeats the noun before the verb: that noun, with
 * its adjective, is the term. Made-up sentences written before the rule.
 */
describe('a verb between the term and "oftewel"', () => {
  it('"een redelijke aanpassing doet, oftewel een aanpassing die …"', () =>
    expect(learned('Dat lukt als de werkgever een redelijke aanpassing doet, oftewel een aanpassing die nodig is om iemand te laten meedoen.')).toEqual([
      ['redelijke aanpassing', 'een aanpassing die nodig is om iemand te laten meedoen'],
    ]));
  it('"een sociale huurwoning krijgt, oftewel een huurwoning die …"', () =>
    expect(learned('Het gaat erom dat hij snel een sociale huurwoning krijgt, oftewel een huurwoning die onder de huurgrens valt.')).toEqual([
      ['sociale huurwoning', 'een huurwoning die onder de huurgrens valt'],
    ]));
  it('never the verb itself', () => expect(learned('Zij wil dat de gemeente iets doet, oftewel een plan dat werkt.').map(([t]) => t)).not.toContain('doet'));
});
