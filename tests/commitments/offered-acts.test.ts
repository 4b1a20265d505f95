import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments, offerThenReply as debate } from '../helpers/commitments-of';

/**
 * An offer on the member's wish promises its act in the present tense ("Als mevrouw Kat dat wil, stuur ik haar …"):
 * the offer itself makes it future, so once taken up the act needs no time, document or "zal" of its own. Seven
 * offers the tuning halves of made-up debates 2, 6, 7 and 9 counted were lost that way, or because the condition
 * said "hij"/"daar prijs op stelt", or the yes was "Daar stel ik zeer prijs op." / "Dat aanbod …". Made-up sentences
 * of general Dutch, written before the rule; the guards below say what an offer still does not promise.
 */

const takenUp = 'Graag. Dan heb ik nog een vraag over de kosten.';

describe('an act offered in the present tense, taken up', () => {
  const offers = [
    'Als mevrouw Kat dat wil, stuur ik haar ook het overzicht van de wachttijden per regio.',
    'Als mevrouw Kat dat op prijs stelt, neem ik daarin ook de ervaringen van de scholen mee.',
    'Als zij dat wil, laat ik de inspectie per regio op een rij zetten welke scholen nog wachten.',
    'Als mevrouw Kat dat op prijs stelt, ontwikkel ik samen met de gemeenten een handreiking voor kleine scholen.',
    'Als zij daar prijs op stelt, organiseer ik na de zomer een rondetafelgesprek met de sector.',
    'Als de commissie daar behoefte aan heeft, vraag ik de inspecteur-generaal om de commissie te briefen.',
  ];
  for (const offer of offers) {
    it(offer, () => expect(commitments(debate(`Dat is een terecht punt. ${offer}`, takenUp))).toContain(offer));
    it(`not taken up: ${offer}`, () => expect(commitments(debate(`Dat is een terecht punt. ${offer}`, 'Nee, dat hoeft niet. Ik heb nog een vraag.'))).not.toContain(offer));
  }
});

describe('yeses that take an offer up', () => {
  const offer = 'Als mevrouw Kat daar prijs op stelt, organiseer ik na de zomer een rondetafelgesprek met de sector.';
  for (const yes of ['Daar stel ik zeer prijs op. Het liefst al in september.', 'Dat aanbod neem ik graag aan.', 'Dat aanbod stel ik zeker op prijs, en ik kom graag kijken.'])
    it(yes, () => expect(commitments(debate(`Dat is een terecht punt. ${offer}`, yes))).toContain(offer));
  it('"Dat aanbod" takes up an offer the turn went on from', () => {
    const minister = `${offer} Dan de vraag over de kosten. Die zijn bekend. Ze staan in de begroting. Meer kan ik er niet over zeggen.`;
    expect(commitments(debate(minister, 'Dat aanbod stel ik zeker op prijs. Dan de kosten.'))).toContain(offer);
  });
  for (const no of ['Daar stel ik geen prijs op.', 'Dat aanbod wijs ik af.', 'Ik vind dat aanbod te mager.'])
    it(`not: ${no}`, () => expect(commitments(debate(`Dat is een terecht punt. ${offer}`, no))).not.toContain(offer));
});

describe('what an offer taken up still does not promise', () => {
  const none = [
    'Als mevrouw Kat dat wil, vind ik dat prima.',
    'Als mevrouw Kat dat wil, ben ik daar blij mee.',
    'Als mevrouw Kat dat wil, weet ik zeker dat de sector meedoet.',
    'Als zij dat wil, begrijp ik dat heel goed.',
    'Als mevrouw Kat dat wil, stuur ik haar niet nog een brief.',
    'Als mevrouw Kat dat wil, heb ik die brief al gestuurd.',
    'Als zij dat wil, ga ik daar in de tweede termijn op in.',
    'Als mevrouw Kat dat wil, ontraad ik de motie.',
    'Als mevrouw Kat dat wil, kan ik me voorstellen dat de gemeente meedoet.',
    'Als mevrouw Kat dat wil, laat ik het daarbij.',
    'Als mevrouw Kat dat wil, geef ik een voorbeeld uit mijn eigen provincie.',
    'Als zij dat wil, leg ik het nog een keer uit.',
  ];
  for (const offer of none) it(offer, () => expect(commitments(debate(`Dat is een terecht punt. ${offer}`, takenUp))).not.toContain(offer));
  it('"als hij zegt dat …" is no wish', () => {
    const s = 'Als hij zegt dat het niet werkt, kijk ik opnieuw naar de regeling.';
    expect(commitments(debate(s, takenUp))).not.toContain(s);
  });
});

describe('the member named in the offer takes it up, whatever the accents of her name', () => {
  it('"Als mevrouw Kröger dat wil, …" taken up by mevrouw Kröger', () => {
    const offer = 'Als mevrouw Kröger dat wil, stuur ik haar het overzicht van de wachttijden per regio.';
    const text = `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nDat is een terecht punt. ${offer}\n\nDe voorzitter:\nMevrouw Kröger.\n\nMevrouw Kröger (GroenLinks-PvdA):\nGraag.\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`;
    expect(commitments(text)).toContain(offer);
  });
});

describe('a name with initials in the speaker list is still the member named', () => {
  it('"Als de heer Van der Staaij dat wil" taken up by "De heer J.J. van der Staaij"', () => {
    const offer = 'Als de heer Van der Staaij dat wil, stuur ik hem het overzicht van de wachttijden per regio.';
    const text = `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nDat is een terecht punt. ${offer}\n\nDe voorzitter:\nDe heer Van der Staaij.\n\nDe heer J.J. van der Staaij (SGP):\nGraag.\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`;
    expect(commitments(text)).toContain(offer);
  });
});

