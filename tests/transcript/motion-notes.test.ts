import { describe, expect, it } from 'vitest';
import { findMotionsInText } from '../../lib/transcript/motions-in-text';

/**
 * The chair's note after a motion read in printed text (PDF, page, text), in the forms the XML reader also reads
 * (tests/reader/handelingen-xml-variants.test.ts): a dossier with a sub-number (the EU councils' 21501-32), and
 * the Eerste Kamer's "ondertekend door" and "Zij krijgt letter I".
 */
const motion = ['Voorzitter. Ik heb één motie.', 'Motie', 'De Kamer,', 'gehoord de beraadslaging,', 'verzoekt de regering de visstand te beschermen,', 'en gaat over tot de orde van de dag.'];
const facts = (note: string[]) =>
  findMotionsInText([
    { asChair: false, paragraphs: motion },
    { asChair: true, paragraphs: note },
  ]).map((m) => [m.number, m.kamerstuk, m.submitters]);

describe('motion notes in printed text', () => {
  it('a dossier with a sub-number', () =>
    expect(facts(['Deze motie is voorgesteld door het lid Vestering.', 'Zij krijgt nr. 1534 (21501-32).'])).toEqual([['1534', '21501-32', ['Vestering']]]));
  it('the Eerste Kamer: "ondertekend door", "Zij krijgt letter I"', () =>
    expect(facts(['Deze motie is ondertekend door de leden Vestering en Koffeman.', 'Zij krijgt letter I (35824).'])).toEqual([['I', '35824', ['Vestering', 'Koffeman']]]));
  it('still: a dossier with a letter and a roman part', () =>
    expect(facts(['Deze motie is voorgesteld door de leden De Hoop en Welzijn.', 'Zij krijgt nr. 12 (36200-XIV).'])).toEqual([['12', '36200-XIV', ['De Hoop', 'Welzijn']]]));
  it('review: an amended motion: "Zij krijgt letter K, was letter I (35824)."', () =>
    expect(facts(['Deze gewijzigde motie is ondertekend door de leden Vestering en Koffeman.', 'Zij krijgt letter K, was letter I (35824).'])).toEqual([['K', '35824', ['Vestering', 'Koffeman']]]));
});
