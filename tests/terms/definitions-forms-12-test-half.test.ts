import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definitions made-up 12's test half showed wrong once read: "aan X doen, oftewel …" gave the term "doen"; a noun with
 * "van" before ", oftewel" lost its head ("de vrijheid van onderwijs" gave "onderwijs"); a gloss "die niet …, maar via
 * …" was cut at "maar"; "Onder X verstaat het wetsvoorstel …" was not read. Made-up sentences written before the rules,
 * with look-alikes.
 */
describe('defined', () => {
  const cases: [string, string, string][] = [
    ['Veel jongeren gaan aan sexting doen, oftewel het versturen van naaktfoto\'s via de telefoon.', 'sexting', 'het versturen van naaktfoto\'s via de telefoon'],
    ['Het gaat hier om het recht van spreken, oftewel het recht dat een slachtoffer heeft om in de zaal iets te zeggen.', 'recht van spreken', 'het recht dat een slachtoffer heeft om in de zaal iets te zeggen'],
    ['Een tussenpersoon, dat is een adviseur die niet zelf verkoopt, maar via een verzekeraar werkt.', 'tussenpersoon', 'een adviseur die niet zelf verkoopt, maar via een verzekeraar werkt'],
    ['Onder een kleine gemeente verstaat het wetsvoorstel een gemeente waarin minder dan tienduizend mensen wonen.', 'kleine gemeente', 'een gemeente waarin minder dan tienduizend mensen wonen'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
});

describe('not defined, or not so', () => {
  it('no light verb as a term', () => expect(learned('Zij gaan dat doen, oftewel het werk van de gemeente overnemen.').map(([t]) => t)).not.toContain('doen'));
  it('a gloss that says what it is not, then a new clause', () =>
    expect(learned('Een tussenpersoon, dat is een adviseur die niet zelf verkoopt, maar dat weet niet iedereen.')).not.toContainEqual(['tussenpersoon', 'een adviseur die niet zelf verkoopt, maar dat weet niet iedereen']));
  it('"van" with a pronoun before it is no part of the term', () =>
    expect(learned('Dat is de taak van gemeenten, oftewel de lokale overheden die de zorg inkopen.').map(([t]) => t)).not.toContain('taak van gemeenten'));
});
