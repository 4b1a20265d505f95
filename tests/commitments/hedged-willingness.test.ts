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

// A review of the rule above probed it with sentences of its own; each is a test here, written before the fix.
describe('in-debate commitments: "ik zeg erbij dat …" hedges only when what it adds is a doubt or a cost', () => {
  for (const s of [
    'Ik ga kijken of het kan, maar ik zeg er direct bij dat dat pas na de zomer zal zijn.',
    'Ik ben bereid om te kijken of dat kan, maar ik zeg er ook bij dat ik de Kamer voor de zomer informeer over de uitkomst.',
    'Ik ga kijken of het kan, maar ik zeg er direct bij dat ik er positief tegenover sta.',
    'Ik ga kijken of het kan, ik stuur de Kamer voor de zomer een brief, maar ik verwacht er niet veel van.',
    'Ik ga kijken of het kan en daarover informeer ik de Kamer voor de zomer, maar ik verwacht er niet veel van.',
  ])
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  for (const s of [
    'Ik ben bereid om te kijken of dat kan, maar ik moet er wel bij zeggen dat het budget op is.',
    'Ik ga na of dat kan, maar ik verwacht daar niet veel van.',
    'Ik ben bereid om te kijken of dat kan, maar ik wil geen valse verwachtingen wekken.',
    'Ik ben bereid de mogelijkheden te verkennen, maar ik kan niet garanderen dat het lukt.',
    'Ik ben bereid om te kijken of de provincie en ik er samen uit komen, maar ik zeg er direct bij dat het lastig wordt.',
  ])
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
});

describe('in-debate commitments: more hedges after looking into something', () => {
  for (const s of ['Ik ben bereid om te kijken of dat kan, maar ik ben daar niet optimistisch over.', 'Ik ben bereid dat te bekijken, maar ik verwacht er niet veel van.'])
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  it('is one: Ik ga dat onderzoeken en ik stuur u voor de zomer de uitkomst, maar ik verwacht er niet veel van.', () =>
    expect(isCommitmentSentence('Ik ga dat onderzoeken en ik stuur u voor de zomer de uitkomst, maar ik verwacht er niet veel van.')).toBe(true));
});
