import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * An in-debate commitment made-up 19's tuning half showed missed (ninth session of 2026-12-07): others, named first in
 * the plural, who will hear from the speaker ("Scholen horen uiterlijk 1 mei van mij hoe …"), as "u hoort van mij …"
 * already was. Made-up sentences of general Dutch written before the rule, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(`not: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));

describe('others who will hear from the speaker', () => {
  yes('Gemeenten horen voor de zomer van mij hoe het met de regeling verdergaat.');
  yes('De provincies horen in juni van ons wat de plannen zijn.');
  no('Gemeenten horen dat vaak van mij.');
  no('Ouders horen van mij dat het goed gaat.');
  no('Gemeenten horen vaak van burgers hoe het gaat.');
});
