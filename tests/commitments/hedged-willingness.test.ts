import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Issue #19 item 3, from the tuning half of made-up debates 3 (s3-05, s3-09): willingness to look into something,
 * taken back in the same breath ("Ik ben bereid om te kijken of …, maar ik zeg er direct bij dat …") is a hedge, as
 * the annotation guideline and synthetic3/README.md read it; the sentences here are other, made-up ones, written
 * before the rule. A promise of its own before the "maar" stays one.
 */
describe('in-debate commitments: willingness to look into something, hedged at once', () => {
  for (const s of [
    'Ik ben bereid om te kijken of dat kan, maar ik zeg er meteen bij dat dat veel geld kost.',
    'Ik ben bereid te bekijken of het kan, maar ik verwacht er niet veel van.',
    'Ik wil best nagaan of er ruimte is, maar ik zeg er eerlijk bij dat ik daar niet veel van verwacht.',
  ])
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  for (const s of [
    'Ik ben bereid om te kijken of dat kan, maar dat zal na de zomer zijn.',
    'Ik ga kijken of dat kan, en ik zeg erbij dat ik de Kamer voor de zomer informeer.',
    'Ik ga na of dat kan en ik informeer de Kamer voor de zomer, maar ik zeg er eerlijk bij dat het lastig is.',
  ])
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
});
