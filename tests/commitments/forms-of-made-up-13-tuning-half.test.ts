import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { commitmentsIn, requestThenReply } from '../helpers/commitments-of';

/**
 * Forms of promise that made-up 13's tuning half showed missed: each a general Dutch form, in made-up sentences
 * written before the rule, with look-alikes that stay none.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a point taken into a piece of work named before the particle: "neem ik in het onderzoek mee …"', () => {
  yes('Wel neem ik in het onderzoek mee of er tijdelijke maatregelen mogelijk zijn.');
  yes('Ik neem in de evaluatie mee hoe het met de wachttijden staat.');
  no('Ik neem u in de cijfers mee.');
  no('Ik neem in mijn afweging mee dat het duur is.');
  no('Ik heb in het onderzoek meegenomen of het kan.');
  no('Ik neem in het onderzoek niet mee of het kan.');
});

describe('a yes after the minister names the member\'s question: "Dan de tweede vraag van mevrouw Kat. Dat is goed, dat doe ik."', () => {
  const reply = 'Dank u wel. De kosten zijn hoog. Dan de tweede vraag van mevrouw Kat. Dat is goed, dat doe ik. Dan de heer Bos.';
  it('takes the request up', () => expect(commitmentsIn(requestThenReply('Dank voor het antwoord. Kan de minister ons elk jaar laten weten hoe het ervoor staat?', reply))).toContain('Dat is goed, dat doe ik.'));
  it('not after a question why', () => expect(commitmentsIn(requestThenReply('Dank voor het antwoord. Waarom is dat zo duur?', reply))).not.toContain('Dat is goed, dat doe ik.'));
});
