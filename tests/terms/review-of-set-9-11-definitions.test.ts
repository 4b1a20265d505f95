import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/** A review's probes of the definition rules made from made-up 9's test half (session of 2026-12-07). */
describe('an acronym closing the sentence after a comma: two words that happen to give its letters', () => {
  it('"met NS, niet Schiphol." is no definition', () => expect(learned('Daarover praten we met NS, niet Schiphol.')).toEqual([]));
  it('"met NS, na Sinterklaas." is none', () => expect(learned('Ik spreek daarover met NS, na Sinterklaas.')).toEqual([]));
});

describe('an acronym after "oftewel": a verdict or a pointer is no description', () => {
  for (const s of [
    'De NAM, oftewel een club die alleen aan winst denkt, moet betalen.',
    'De NAM, oftewel het bedrijf dat Groningen in de steek liet, moet betalen.',
    'De ACM, oftewel de toezichthouder die de heer Van Dijk net noemde, kijkt mee.',
  ]) {
    it(s, () => expect(learned(s)).toEqual([]));
  }
});

// A second review: a clause or a remark after a list of examples is no part of the meaning.
describe('examples after "zoals": a clause or a remark after them ends the meaning', () => {
  const gloss = 'ruimte die binnen een park overblijft voor andere dingen';
  for (const tail of [
    'zoals visserij, mosselkweek en natuurherstel, en daarover beslissen de provincies.',
    'zoals visserij, mosselkweek, of de provincie betaalt het.',
    'zoals visserij, mosselkweek, en de provincies beslissen daarover.',
    'zoals de vissers, de kwekers en de natuurorganisaties vragen.',
    'zoals in Groningen, Friesland en Drenthe al jaren gebeurt.',
    'zoals altijd, zonder vergoeding en zonder erkenning.',
  ]) {
    it(tail, () => expect(learned(`Medegebruik, dat is ${gloss}, ${tail}`)[0]?.[1]).toBe(gloss));
  }
});
