import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { commitmentsIn as commitments, offerThenReply as debate } from '../helpers/commitments-of';

/**
 * An offer on the member's condition binds once the member takes it up (tests/eval/ANNOTATING.md). The tuning halves
 * of made-up debates 2, 4 and 5 showed four ways of taking it up that were missed: a yes that names what was offered,
 * for an offer made before the turn went on; a yes to an offer put as an ability ("…, kan ik wel …"); a yes that
 * echoes the condition ("Dat stel ik zeer op prijs"); and holding a motion when that was the condition. Made-up
 * sentences of general Dutch, written before the rules.
 */

describe('an offer made before the turn goes on, taken up by a yes that names it', () => {
  const offer = 'Als mevrouw Kat dat wil, laat ik daarnaast de kosten per gemeente uitwerken.';
  const minister = `Die cijfers zijn bekend. ${offer} Dan de vraag over de planning van het onderzoek. Dat onderzoek loopt nog. Het is aan de onderzoekers hoeveel tijd ze nodig hebben.`;
  it('taken up: "Graag, die kosten per gemeente."', () => expect(commitments(debate(minister, 'Graag, die kosten per gemeente. Dan nog een vraag over de planning.'))).toContain(offer));
  it('not taken up: a yes to something else', () => expect(commitments(debate(minister, 'Ja, nog een vraag over de planning van het onderzoek.'))).not.toContain(offer));
});

describe('an offer put as an ability, taken up', () => {
  const offer = 'Als de commissie dat wil, kan ik wel een technische briefing laten geven door de onderzoekers.';
  it('taken up: "Graag."', () => expect(commitments(debate(offer, 'Graag, en dan ook met de inspectie erbij.'))).toContain(offer));
  it('not taken up', () => expect(commitments(debate(offer, 'Dat is niet nodig. Ik heb nog een vraag over de kosten.'))).not.toContain(offer));
  it('an ability with no condition of the member is no promise', () =>
    expect(commitments(debate('Ik kan wel een technische briefing laten geven door de onderzoekers.', 'Graag.'))).toEqual([]));
});

describe('a yes that echoes the condition', () => {
  const offer = 'Als mevrouw Kat dat op prijs stelt, neem ik in die brief ook de cijfers over de regio mee.';
  it('"Dat stel ik zeer op prijs."', () => expect(commitments(debate(offer, 'Dat stel ik zeer op prijs. Maar een brief lost het probleem nog niet op.'))).toContain(offer));
  it('"Dat wil ik graag." to "Als u dat wilt"', () =>
    expect(commitments(debate('Als u dat wilt, neem ik in die brief ook de cijfers over de regio mee.', 'Dat wil ik graag. Dan heb ik nog een vraag.'))).toContain(
      'Als u dat wilt, neem ik in die brief ook de cijfers over de regio mee.',
    ));
  it('not: "Dat stel ik niet op prijs."', () => expect(commitments(debate(offer, 'Dat stel ik niet op prijs. Ik wil een debat.'))).not.toContain(offer));
});

describe('holding a motion as the condition', () => {
  const offers = [
    'Als de heer Jansen zijn motie aanhoudt, stuur ik de Kamer voor de zomer een overzicht van de kosten.',
    'Als de heer Jansen de motie wil aanhouden, dan zeg ik toe dat ik voor de zomer een overzicht van de kosten stuur.',
  ];
  const withJansen = (minister: string, member: string) =>
    `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nDan de motie op stuk nr. 12 van de heer Jansen. ${minister}\n\nDe voorzitter:\nDe heer Jansen.\n\nDe heer Jansen (CDA):\n${member}\n\nMinister Ollongren:\nDank u wel.\n`;
  for (const offer of offers) {
    it(`taken up by holding it: ${offer}`, () =>
      expect(commitments(withJansen(offer, 'Als dat overzicht er voor de zomer ligt, dan houd ik mijn motie aan. Maar ik reken er wel op.'))).toContain(offer));
    it(`not taken up: ${offer}`, () => expect(commitments(withJansen(offer, 'Nee, ik houd mijn motie niet aan. Ik wil dat de Kamer zich uitspreekt.'))).not.toContain(offer));
  }
});

describe('a caused act after "laten" (the offered ability reads as "zal")', () => {
  it('a new thing made is the act: "ik zal een briefing laten geven"', () =>
    expect(isCommitmentSentence('Ik zal voor de zomer een technische briefing laten geven door de onderzoekers.')).toBe(true));
  it('someone let act is none: "we zullen de mensen laten kiezen"', () => expect(isCommitmentSentence('We zullen de mensen zelf laten kiezen.')).toBe(false));
});
