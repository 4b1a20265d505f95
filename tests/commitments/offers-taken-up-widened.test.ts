import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, offerThenReply as debate } from '../helpers/commitments-of';

/**
 * More ways a member takes up an offer, from the read halves of made-up debates 13, 15, 16 and 17: a yes that widens
 * the offer ("Graag, maar dan wel aan de hele commissie." — "maar dan" adds, it takes nothing back), a yes that says
 * what the member will do with it ("Die lees ik graag.", "Daar maak ik graag gebruik van."), and a wish put as what
 * the member would like ("Als mevrouw Kat dat prettig vindt, …"). Made-up sentences of general Dutch, written before
 * the rules; the look-alikes say no, or take the offer back.
 */

describe('a yes that widens the offer', () => {
  const offer = 'Als mevrouw Kat dat wil, stuur ik haar het overzicht van de wachttijden per regio toe.';
  it('"Graag, maar dan wel aan de hele commissie."', () => expect(commitments(debate(offer, 'Graag, maar dan wel aan de hele commissie.'))).toContain(offer));
  it('"Heel graag, maar dan ook voor de Kamer."', () => expect(commitments(debate(offer, 'Heel graag, maar dan ook voor de Kamer, want iedereen wil dat zien.'))).toContain(offer));
  it('not: "Graag, maar het overzicht is niet genoeg."', () => expect(commitments(debate(offer, 'Graag, maar het overzicht is niet genoeg.'))).not.toContain(offer));
  it('not: "Ja, maar dat hoeft niet."', () => expect(commitments(debate(offer, 'Ja, maar dat hoeft niet.'))).not.toContain(offer));
});

describe('a yes that says what the member will do with it', () => {
  const offer = 'Als mevrouw Kat dat wil, stuur ik haar de voorwaarden van de regeling toe.';
  it('"Die lees ik graag."', () => expect(commitments(debate(offer, 'Die lees ik graag, en dan het liefst de hele commissie.'))).toContain(offer));
  it('"Daar maak ik graag gebruik van."', () => expect(commitments(debate(offer, 'Daar maak ik graag gebruik van, voorzitter.'))).toContain(offer));
  it('"Die ontvang ik heel graag."', () => expect(commitments(debate(offer, 'Die ontvang ik heel graag.'))).toContain(offer));
  it('not: "Die heb ik al gelezen."', () => expect(commitments(debate(offer, 'Die heb ik al gelezen.'))).not.toContain(offer));
  it('not: "Dat geloof ik graag, maar ik wil een debat."', () => expect(commitments(debate(offer, 'Dat geloof ik graag, maar ik wil een debat.'))).not.toContain(offer));
  it('not: "Die lees ik niet graag."', () => expect(commitments(debate(offer, 'Die lees ik niet graag.'))).not.toContain(offer));
});

describe('the wish put as what the member would like', () => {
  for (const wish of ['prettig vindt', 'fijn vindt', 'nuttig vindt']) {
    const offer = `Als mevrouw Kat dat ${wish}, stuur ik haar de kaart met de verdroogde gebieden.`;
    it(`"${wish}", taken up`, () => expect(commitments(debate(offer, 'Heel graag.'))).toContain(offer));
    it(`"${wish}", not taken up`, () => expect(commitments(debate(offer, 'Nee, dat is niet nodig.'))).not.toContain(offer));
  }
  it('a fact of hers is no wish: "Als mevrouw Kat dat vindt, …"', () =>
    expect(commitments(debate('Als mevrouw Kat dat vindt, stuur ik haar de kaart met de verdroogde gebieden.', 'Heel graag.'))).toEqual([]));
});
