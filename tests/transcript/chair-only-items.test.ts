import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/transcript/parse';

/**
 * Items of a Handelingen sitting in which only the chair speaks: votes, bills passed without debate.
 * A Handelingen PDF or a pasted item has no chair line or opening time of its own; the item's opening
 * sentence ("Aan de orde is/zijn …", the record's own words for what the House takes up) says it
 * is a sitting. Made up in the form the publisher prints them.
 */
const VOTES = [
  'Stemmingen moties Staat van de Volkshuisvesting',
  'Aan de orde zijn de stemmingen over moties, ingediend bij het tweeminutendebat Staat van de Volkshuisvesting (CD 31/1),',
  'te weten:',
  '- de motie-De Hoop over de positie van huurders bij renovaties (32847, nr. 1136);',
  '- de motie-Grinwis over een landelijke norm voor middenhuur (32847, nr. 1140).',
  '(Zie vergadering van 8 februari 2024.)',
  'De voorzitter:',
  'De motie-De Hoop (32847, nr. 1136) is in die zin gewijzigd dat zij thans is ondertekend door de leden De Hoop en Grinwis. Zij krijgt nr. 1155, was nr. 1136 (32847).',
  'In stemming komt de gewijzigde motie-De Hoop/Grinwis (32847, nr. 1155, was nr. 1136).',
  'De voorzitter:',
  'Ik constateer dat de leden van de fracties van de SP, D66 en de ChristenUnie voor deze gewijzigde motie hebben gestemd en de leden van de overige fracties ertegen, zodat zij is verworpen.',
  'In stemming komt de motie-Grinwis (32847, nr. 1140).',
  'De voorzitter:',
  'Ik constateer dat deze motie met algemene stemmen is aangenomen.',
].join('\n\n');

const PASSED = [
  'Hamerstukken',
  'Aan de orde is de behandeling van:',
  '- het wetsvoorstel Wijziging van de Wet op de huurtoeslag (36123).',
  'De voorzitter:',
  'Dit wetsvoorstel wordt zonder beraadslaging en, na goedkeuring van de onderdelen, zonder stemming aangenomen.',
  'De voorzitter:',
  'Ik stel vast dat wij zo hebben besloten.',
].join('\n\n');

describe('an item where only the chair speaks, said to be one by its opening sentence', () => {
  it('reads a vote: every chair turn, the item title', () => {
    const r = parseText(VOTES);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns.map((t) => t.asChair)).toEqual([true, true, true]);
    expect(r.transcript.meta.title).toBe('Stemmingen moties Staat van de Volkshuisvesting');
  });
  it('reads bills passed without debate', () => {
    const r = parseText(PASSED);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns).toHaveLength(2);
  });
  it('reads "Aan de orde is: het wetsvoorstel …" with a colon too (a review)', () => {
    expect(parseText(PASSED.replace('Aan de orde is de behandeling van:', 'Aan de orde is: het wetsvoorstel Wijziging van de Wet op de huurtoeslag (36123).')).ok).toBe(true);
  });
  it('does not take a club’s minutes for a sitting: what is taken up must be the House’s business (a review)', () => {
    const minutes = 'Notulen ledenvergadering\n\nAan de orde is de vaststelling van de jaarrekening.\n\nDe voorzitter:\n\nDe kascommissie heeft de boeken gecontroleerd.\n\nDe voorzitter:\n\nDe jaarrekening is vastgesteld.';
    expect(parseText(minutes).ok).toBe(false);
  });
  it('does not take "aan de orde" said in passing for an item’s opening', () => {
    expect(parseText('Notulen\n\nDat punt komt later aan de orde is ons gezegd.\n\nDe voorzitter:\n\nWelkom.\n\nDe voorzitter:\n\nTot ziens.').ok).toBe(false);
  });
});
