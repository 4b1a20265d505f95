import { describe, expect, it } from 'vitest';
import { isQuestionSentence } from '../../lib/questions/questions';
import { commitmentsIn as commitments, requestThenReply as exchange } from '../helpers/commitments-of';

/**
 * A second review (helper, about 50 probes) of the rules made late in the session of 2026-12-06: each probe a rule
 * read wrong, as a test that failed first.
 */
const retold = (said: string) => commitments(`De voorzitter:\nDe minister.\n\nMinister Ollongren:\nMevrouw Kat vroeg naar de verdeling van het geld over de regio's. ${said}\n`);

describe('review 2: a point asked about and taken along, but into this debate', () => {
  for (const said of ['Die neem ik mee in het blokje over de financiën.', 'Die neem ik mee in de tweede termijn.'])
    it(`not a commitment: ${said}`, () => expect(retold(said)).toEqual([]));
});

describe('review 2: a yes before a semicolon that is taken back after it', () => {
  for (const reply of ['Dat wil ik; maar daar gaat de minister van Financiën over.', 'Dat doe ik; als de uitvoeringsorganisaties die cijfers kunnen leveren.', 'Ja, dat doe ik; die brief heeft u al vorige week gekregen.'])
    it(`not a commitment: ${reply}`, () => expect(commitments(exchange('Kan de minister in de brief ook de cijfers per regio opnemen?', reply))).toEqual([]));
});

describe('review 2: asking a body on the member’s behalf, and not', () => {
  it('"Wil de minister uitleggen waarom zoveel gemeenten vragen om extra geld?" asks no act', () =>
    expect(commitments(exchange('Wil de minister uitleggen waarom zoveel gemeenten vragen om extra geld?', 'Ja, dat doe ik graag.'))).toEqual([]));
  it('"En wil de minister de inspectie vragen om …?" does', () =>
    expect(commitments(exchange('En wil de minister de inspectie vragen om in de volgende monitor de wachttijden op te nemen?', 'Ja, dat doe ik.'))).toContain('Ja, dat doe ik.'));
});

describe('review 2: a question someone said to the member, and the member’s own', () => {
  for (const s of [
    'Dat getal zei me eerlijk gezegd weinig: hoeveel gezinnen gaat het nu echt om?',
    'Een gemeente mailde ons gisteren de cijfers: waarom zijn die niet openbaar?',
    'Een wethouder schreef ons het volgende: de regeling stopt per 1 januari; klopt dat?',
  ])
    it(`the member's own: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  for (const s of ['Een wijkverpleegkundige zei tegen mij: kunt u ervoor zorgen dat wij gewoon ons werk kunnen doen?', 'Een leraar zegt tegen mij: waarom luistert niemand naar ons?'])
    it(`not the member's: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
});
