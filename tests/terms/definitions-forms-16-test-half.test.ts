import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 16's test half showed missed, read after made-up 17 was committed (seventh session of
 * 2026-12-07): a term of five words after "Met … bedoel ik"; "X, dat is de verzamelnaam voor …"; the meaning first with
 * ", is wat we X noemen" where the term ends in the meaning's own noun ("Een taal die …, is wat we een streektaal
 * noemen"); a gloss that repeats the term's noun and says where ("oftewel een school waar …"). Made-up sentences of
 * general Dutch written before the rules, with look-alikes.
 */
describe('a term of five words after "Met"', () => {
  it('"Met het publiek belang van de jaarrekeningcontrole bedoel ik …"', () =>
    expect(learned('Met het publiek belang van de jaarrekeningcontrole bedoel ik het vertrouwen dat beleggers en burgers in die cijfers moeten kunnen hebben.')).toEqual([
      ['publiek belang van de jaarrekeningcontrole', 'het vertrouwen dat beleggers en burgers in die cijfers moeten kunnen hebben'],
    ]));
  it('not what was said before', () => expect(learned('Met wat ik zojuist over de kosten zei bedoel ik dat het duurder wordt.')).toEqual([]));
});

describe('a name for a group of things', () => {
  it('"Het Limburgs, dat is de verzamelnaam voor …"', () =>
    expect(learned('Het Limburgs, dat is de verzamelnaam voor de streektalen in het zuiden van de provincie, wordt door veel mensen gesproken.')).toEqual([
      ['Limburgs', 'de verzamelnaam voor de streektalen in het zuiden van de provincie'],
    ]));
  it('"Mantelzorg, dat is de term voor …"', () =>
    expect(learned('Mantelzorg, dat is de term voor langdurige zorg aan een naaste die niet uit een beroep voortkomt.')).toEqual([['mantelzorg', 'de term voor langdurige zorg aan een naaste die niet uit een beroep voortkomt']]));
  it('not a person', () => expect(learned('De burgemeester, dat is de verantwoordelijke voor de openbare orde, moet dat beslissen.')).toEqual([]));
});

describe('the meaning first, the term ending in its noun', () => {
  it('"Een taal die …, is wat we een streektaal noemen."', () =>
    expect(learned('Een taal die in een streek van oudsher wordt gesproken en geen dialect is, is wat we een streektaal noemen.')).toEqual([
      ['streektaal', 'Een taal die in een streek van oudsher wordt gesproken en geen dialect is'],
    ]));
  it('"Een school waar …, is wat we een buurtschool noemen."', () =>
    expect(learned('Een school waar ook de opvang en het consultatiebureau zitten, is wat we een buurtschool noemen.')).toEqual([
      ['buurtschool', 'Een school waar ook de opvang en het consultatiebureau zitten'],
    ]));
  it('not a verdict', () => expect(learned('Een wachttijd van twee jaar voor een woning, is wat we een gemiste kans noemen.')).toEqual([]));
});

describe('a gloss that repeats the noun and says where', () => {
  it('"Een drietalige school, oftewel een school waar …"', () =>
    expect(learned('Een drietalige school, oftewel een school waar drie talen als voertaal worden gebruikt, laat goede resultaten zien.')).toEqual([
      ['drietalige school', 'een school waar drie talen als voertaal worden gebruikt'],
    ]));
  it('not a place that judges', () => expect(learned('Een goede school, oftewel een school waar het prettig is, vinden ouders belangrijk.')).toEqual([]));
});
