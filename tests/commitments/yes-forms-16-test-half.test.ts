import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, requestThenReply as debate } from '../helpers/commitments-of';

/**
 * Yeses made-up 16's test half showed missed (read after made-up 17 was committed, seventh session of 2026-12-07): a
 * request retold in indirect speech with a verb of its own ("Mevrouw X vroeg of ik de handreiking ook naar de Kamer
 * stuur. Dat is goed, dat doe ik."), and a point taken along into a named document ("Dat neem ik in hetzelfde onderzoek
 * mee."). Made-up sentences of general Dutch written before the rules, with look-alikes.
 */
describe('a request retold in indirect speech, then a yes', () => {
  const yes = 'Dat is goed, dat doe ik.';
  it('"vroeg of ik de handreiking ook naar de Kamer stuur"', () =>
    expect(commitments(debate('Ik heb nog een punt.', `Mevrouw Kat vroeg of ik het protocol ook naar de Kamer stuur. ${yes} Dan de kosten.`))).toContain(yes));
  it('"vroeg of de minister de gemeenten informeert"', () =>
    expect(commitments(debate('Ik heb nog een punt.', `De heer Bos vroeg of de minister de gemeenten voor de zomer informeert. ${yes} Dan de kosten.`))).toContain(yes));
  it('not a view retold ("vroeg of ik die conclusie deel")', () =>
    expect(commitments(debate('Ik heb nog een punt.', `Mevrouw Kat vroeg of ik die conclusie deel. Dat doe ik. Dan de kosten.`))).toEqual([]));
  it('not what is so ("vroeg of ik het rapport heb gelezen")', () =>
    expect(commitments(debate('Ik heb nog een punt.', `Mevrouw Kat vroeg of ik het rapport heb gelezen. Dat heb ik. Dan de kosten.`))).toEqual([]));
});

describe('a point taken along into a named document', () => {
  it('"Dat neem ik in hetzelfde onderzoek mee."', () =>
    expect(commitments(debate('Neemt de minister de streektalen ook mee in het onderzoek?', 'Dat neem ik in hetzelfde onderzoek mee.'))).toEqual(['Dat neem ik in hetzelfde onderzoek mee.']));
  it('"Die neem ik bij de evaluatie van volgend jaar mee."', () =>
    expect(commitments(debate('Kan de minister de ervaringen van de scholen meenemen?', 'Die neem ik bij de evaluatie van volgend jaar mee.'))).toEqual(['Die neem ik bij de evaluatie van volgend jaar mee.']));
  it('not into a weighing ("in mijn afweging")', () =>
    expect(commitments(debate('Kan de minister de ervaringen van de scholen meenemen?', 'Dat neem ik in mijn afweging mee.'))).toEqual([]));
});

/**
 * A member who joined another's question, retold ("De heer Peeters sloot zich aan bij die vraag voor het Limburgs. Dat
 * neem ik in hetzelfde onderzoek mee."; made-up 16's test half, read): a request retold as the one before it was.
 */
describe('a member joining a question, retold, then a yes', () => {
  const yes = 'Dat neem ik in hetzelfde onderzoek mee, zodat beide regio\'s op dezelfde manier worden bekeken.';
  it('"sloot zich aan bij die vraag"', () =>
    expect(commitments(debate('Ik heb nog een punt.', `De heer Bos sloot zich aan bij die vraag voor Drenthe. ${yes} Dan de kosten.`))).toContain(yes));
  it('"sluit zich aan bij de vraag van mevrouw Kat"', () =>
    expect(commitments(debate('Ik heb nog een punt.', `Mevrouw Dijk sluit zich aan bij de vraag van mevrouw Kat. ${yes} Dan de kosten.`))).toContain(yes));
  it('not joining a view', () =>
    expect(commitments(debate('Ik heb nog een punt.', `De heer Bos sloot zich aan bij de woorden van mevrouw Kat. ${yes} Dan de kosten.`))).toEqual([]));
});
