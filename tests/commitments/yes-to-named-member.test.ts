import { describe, expect, it } from 'vitest';
import { commitmentsIn as commitments } from '../helpers/commitments-of';

/**
 * In a second term the minister answers the members in turn, naming each ("Dan mevrouw Van der Kolk. Dat is goed, dat
 * doe ik: …"). The yes answers the request in that member's last turn, which may lie several turns back, after other
 * members spoke. From the read halves of made-up 16 (tuning); made-up sentences of general Dutch, written before the
 * rule. A yes after naming a member who asked nothing, or whose request came before the minister last spoke, grants
 * nothing.
 */

const secondTerm = (kolk: string, minister: string, extra = '') =>
  `De voorzitter:\nWe gaan naar de tweede termijn. Mevrouw Van der Kolk.\n\nMevrouw Van der Kolk (PvdD):\n${kolk}\n\n` +
  `De voorzitter:\nDe heer Jansen.\n\nDe heer Jansen (CDA):\nVoorzitter, ik dank de minister voor de antwoorden. Ik heb verder geen vragen.\n\n${extra}` +
  `De voorzitter:\nHet woord is aan de minister.\n\nMinister Wassenburg:\n${minister}\n`;
const ASKS = 'Voorzitter, ik heb weinig gehoord. Is de minister bereid om in het vaccinatieplan ook op te nemen hoe het ruimen wordt afgebouwd?';

describe('a yes after naming the member, to her request some turns back', () => {
  for (const yes of ['Dat is goed, dat doe ik: in het vaccinatieplan staat ook hoe en wanneer we het ruimen afbouwen.', 'Dat is goed, dat doe ik.', 'Ja, dat zal ik doen.']) {
    const minister = `Dank u wel, voorzitter. De termijn ligt Europees vast. Dan mevrouw Van der Kolk. ${yes} Dan de heer Jansen. Dank voor zijn woorden.`;
    it(yes, () => expect(commitments(secondTerm(ASKS, minister))).toContain(yes));
  }
  it('"Dan de vraag van mevrouw Van der Kolk." names her too', () => {
    const minister = 'Dank u wel. Dan de vraag van mevrouw Van der Kolk. Dat is goed, dat doe ik.';
    expect(commitments(secondTerm(ASKS, minister))).toContain('Dat is goed, dat doe ik.');
  });
});

describe('no request to grant', () => {
  it('the named member asked nothing', () => {
    const minister = 'Dank u wel. Dan mevrouw Van der Kolk. Dat is goed, dat doe ik.';
    expect(commitments(secondTerm('Voorzitter, ik dank de minister. Ik ben tevreden met de antwoorden.', minister))).toEqual([]);
  });
  it('the named member asked only for a view', () => {
    const minister = 'Dank u wel. Dan mevrouw Van der Kolk. Dat is goed, dat doe ik.';
    expect(commitments(secondTerm('Voorzitter, deelt de minister de conclusie van het rapport over het ruimen?', minister))).toEqual([]);
  });
  it('another member is named than the one who asked', () => {
    const minister = 'Dank u wel. Dan de heer Jansen. Dat is goed, dat doe ik.';
    expect(commitments(secondTerm(ASKS, minister))).toEqual([]);
  });
  it('the request came before the minister last spoke', () => {
    const earlier = 'De voorzitter:\nDe minister.\n\nMinister Wassenburg:\nDaar kom ik in mijn tweede termijn op.\n\n';
    const minister = 'Dank u wel. Dan mevrouw Van der Kolk. Dat is goed, dat doe ik.';
    expect(commitments(secondTerm(ASKS, minister, earlier))).toEqual([]);
  });
});

describe('a yes spelled out after a colon, in the turn right after the request', () => {
  const request = (minister: string) => `De voorzitter:\nMevrouw Kat.\n\nMevrouw Kat (D66):\n${ASKS}\n\nDe voorzitter:\nDe minister.\n\nMinister Wassenburg:\n${minister}\n`;
  for (const yes of ['Dat doe ik: in het vaccinatieplan staat straks ook hoe we het ruimen afbouwen.', 'Dat vind ik redelijk, en dat doe ik: ik vraag de provincies om hun plannen.']) {
    it(yes, () => expect(commitments(request(yes))).toContain(yes));
  }
  for (const no of ['Dat doe ik: dat staat al in het vaccinatieplan.', 'Dat doe ik: maar niet voor de zomer.', 'Dat begrijp ik, en dat doe ik: ik leg het nog eens uit.']) {
    it(`not: ${no}`, () => expect(commitments(request(no))).toEqual([]));
  }
});
