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
