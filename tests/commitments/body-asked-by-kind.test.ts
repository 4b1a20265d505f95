import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * A body asked by its kind, in the plural, to do a thing: made-up 16's test half ("Ik vraag de zorgkantoren om ook die
 * groep … te bezoeken", read after made-up 17 was committed) and made-up 17's tuning half ("Wel vraag ik de provincies om
 * hun cijfers aan te leveren") showed it missed, where a body named by its capital was read. Made-up sentences of
 * general Dutch written before the rule, with look-alikes: an appeal to people, a vague act, a negation, a condition.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a body asked by its kind to do a thing', () => {
  yes('Wel vraag ik de waterschappen om hun meetgegevens aan te leveren.');
  yes('Ik vraag de netbeheerders om ook die wijken dit jaar aan te sluiten.');
  yes('Daarom vraag ik de verzekeraars om de polissen van deze groep opnieuw te bekijken.');
});

describe('not so', () => {
  no('Ik vraag de ouders om hun kinderen te laten vaccineren.');
  no('Ik vraag de werkgevers om hun personeel ruimte te geven.');
  no('Daarnaast vraag ik de waterschappen om beter op te letten.');
  no('Ik vraag de waterschappen niet om hun meetgegevens aan te leveren.');
  no('Als het nodig is, vraag ik de waterschappen om hun meetgegevens aan te leveren.');
  no('Ik vraag de leden om hun interrupties kort te houden.');
});
