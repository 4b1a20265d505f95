import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * "Met X bedoel ik Y": the meaning was cut at a comma where it goes on (tuning halves of made-up debates 3, 4 and 5:
 * a second "dat" clause whose subject has an adjective, a second question-word clause, "…, of … of niet"). Made-up
 * sentences, none from the eval texts; written before the rule, with near-misses where the meaning does end.
 */

describe('a second "dat" clause whose subject opens with an adjective is more of the meaning', () => {
  it('"…, en dat kleine verschillen …"', () =>
    expect(learned('Met een vaste bijdrage bedoel ik dat het bedrag aan het begin van het jaar vastligt, en dat kleine verschillen later niet meer worden verrekend.')).toEqual([
      ['vaste bijdrage', 'dat het bedrag aan het begin van het jaar vastligt, en dat kleine verschillen later niet meer worden verrekend'],
    ]));
  it('not a stance of the speaker after it: "…, en dat vind ik belangrijk"', () =>
    expect(learned('Met een vaste bijdrage bedoel ik dat het bedrag aan het begin van het jaar vastligt, en dat vind ik belangrijk.')).toEqual([
      ['vaste bijdrage', 'dat het bedrag aan het begin van het jaar vastligt'],
    ]));
});

describe('a second question-word clause after one in the meaning goes on with it', () => {
  it('"… waarin staat hoeveel …, en waar die mensen …"', () =>
    expect(learned('Met een bemensingsplan bedoel ik een overzicht waarin staat hoeveel mensen er nodig zijn, en waar die mensen vandaan moeten komen.')).toEqual([
      ['bemensingsplan', 'een overzicht waarin staat hoeveel mensen er nodig zijn, en waar die mensen vandaan moeten komen'],
    ]));
  it('not the speaker’s own clause: "…, en wat mij betreft …"', () =>
    expect(learned('Met een bemensingsplan bedoel ik een overzicht waarin staat hoeveel mensen er nodig zijn, en wat mij betreft komt dat er snel.')).toEqual([
      ['bemensingsplan', 'een overzicht waarin staat hoeveel mensen er nodig zijn'],
    ]));
  it('not without a question-word clause before it', () =>
    expect(learned('Met een bemensingsplan bedoel ik een overzicht van de vacatures, en waar die mensen vandaan komen weet niemand.')).toEqual([
      ['bemensingsplan', 'een overzicht van de vacatures'],
    ]));
});

describe('"…, of … of niet" (whether or not) belongs to the clause before it', () => {
  it('kept with the meaning', () =>
    expect(learned('Met breed toezicht bedoel ik controle op elke aanbieder, die iedereen treft, of je nu klein bent of niet.')).toEqual([
      ['breed toezicht', 'controle op elke aanbieder, die iedereen treft, of je nu klein bent of niet'],
    ]));
  it('not an "of" that offers another thing', () =>
    expect(learned('Met breed toezicht bedoel ik controle op elke aanbieder, of we moeten het anders regelen.')).toEqual([['breed toezicht', 'controle op elke aanbieder']]));
});
