import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * What others receive from the speaker, and what the Kamer will have, by a date: "Voor 1 februari krijgen alle
 * gemeenten van mij een brief", "voor 1 maart heeft u dat overzicht" (made-up 17's tuning half, seventh session of
 * 2026-12-07). Made-up sentences of general Dutch written before the rule, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('received from the speaker, or had by the Kamer, by a date', () => {
  yes('Voor 1 april krijgen alle scholen van mij een brief over de nieuwe regels.');
  yes('De provincies ontvangen na de zomer van ons een overzicht van de subsidies.');
  yes('Voor 1 maart heeft u dat overzicht.');
  yes('Na de zomer heeft de Kamer het verslag van de proef.');
  // The speaker's own "zeggen" reports nothing of someone else (SAID_BY_OTHERS, final read of the eighth session).
  yes('Ik kan u zeggen: voor 1 maart heeft u dat overzicht.');
});

describe('not so', () => {
  no('Alle scholen krijgen van mij een compliment.');
  no('Vorig jaar kregen alle scholen van mij een brief.');
  no('De provincies krijgen voor 1 april een brief van de Rekenkamer.');
  no('U heeft dat overzicht sinds vorige week.');
  no('U heeft voor 1 maart het overzicht gekregen.');
  no('Voor 1 maart heeft u het antwoord op die vraag al gehad.');
  no('De inspecteur schreef mij: voor 1 maart heeft u dat overzicht.');
});

describe('what the Kamer had, with a participle without "ge-"', () => {
  no('Uw Kamer heeft die brief op 12 maart ontvangen.');
  no('U heeft dat overzicht in januari van mij ontvangen.');
});
