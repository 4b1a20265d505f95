import { describe, expect, it } from 'vitest';
import { closingListOf } from '../helpers/commitments-of';

/**
 * The closing list when the chair speaks of what was promised ("beloofd",
 * "beloften") rather than of "toezeggingen", when the chair announces nothing
 * but reads marked items that each open with the government, and when an item
 * is named by its letter to be read again. From the kinds of misses on the
 * tuning half of made-up debates 3 (session of 2026-12-06); the reports here
 * are other, made-up ones.
 */
const HEAD = `De voorzitter:
Welkom bij dit commissiedebat over de jeugdzorg.

Staatssecretaris Bos:
Ik stuur u voor 1 juni een brief over de wachtlijsten.

`;
const ITEMS = ['De staatssecretaris stuurt de Kamer voor 1 juni een brief over de wachtlijsten.', 'De staatssecretaris gaat in het najaar in gesprek met de gemeenten over de tarieven.', 'De staatssecretaris informeert de Kamer voor de kerst over de pilot in Drenthe.'];
const lettered = (items: readonly string[]) => items.map((s, i) => `${'abcdef'[i]}. ${s}`).join('\n');

const listOf = closingListOf;

describe('closing list: announced as what was promised', () => {
  for (const intro of [
    'Dan loop ik met u langs wat de staatssecretaris vandaag heeft beloofd.',
    'De griffier heeft bijgehouden wat er is beloofd; ik lees het voor.',
    'Ik zet de beloften van de staatssecretaris even op een rij.',
  ]) {
    it(intro, () => expect(listOf(`${HEAD}De voorzitter:\n${intro}\n${lettered(ITEMS)}\nDan sluit ik dit debat.\n`)).toEqual(ITEMS));
  }
  it('no list when the chair only thanks for what was promised', () =>
    expect(listOf(`${HEAD}De voorzitter:\nIk dank de staatssecretaris voor de beloften die zij heeft gedaan.\nDe staatssecretaris heeft het laatste woord gehad.\n`)).toEqual([]));
});

describe('closing list: marked items of the government in the chair’s last turn, unannounced', () => {
  it('reads them as the list', () => expect(listOf(`${HEAD}De voorzitter:\nDank u wel.\n${lettered(ITEMS)}\nDan sluit ik dit debat.\n`)).toEqual(ITEMS));
  it('not one marked item alone, nor two unmarked paragraphs (three are: see below)', () => {
    expect(listOf(`${HEAD}De voorzitter:\nDank u wel.\na. ${ITEMS[0]}\nDan sluit ik dit debat.\n`)).toEqual([]);
    expect(listOf(`${HEAD}De voorzitter:\nDank u wel.\n${ITEMS.slice(0, 2).join('\n')}\nDan sluit ik dit debat.\n`)).toEqual([]);
  });
});

describe('closing list: an item named by its letter and read again', () => {
  it('takes the place of the item it names', () => {
    const corrected = 'De staatssecretaris gaat voor de zomer in gesprek met de gemeenten over de tarieven.';
    const text = `${HEAD}De voorzitter:\nIk lees de toezeggingen voor.\n${lettered(ITEMS)}\n\nStaatssecretaris Bos:\nBij b klopt de termijn niet: dat gesprek is voor de zomer.\n\nDe voorzitter:\nDan lees ik b opnieuw voor.\nb. ${corrected}\nDan sluit ik dit debat.\n`;
    expect(listOf(text)).toEqual([ITEMS[0], corrected, ITEMS[2]]);
  });
});

describe('closing list: more ways to announce it', () => {
  for (const intro of ['De staatssecretaris heeft het volgende toegezegd.', 'Ik som even op wat er is toegezegd.', 'Ik noem de toezeggingen.']) {
    it(intro, () => expect(listOf(`${HEAD}De voorzitter:\n${intro}\n\n${ITEMS.map((s) => `- ${s}`).join('\n\n')}\n\nDan sluit ik dit debat.\n`)).toEqual(ITEMS));
  }
});

describe('closing list: unannounced plain paragraphs, each a promise of the government', () => {
  it('three paragraphs in a row that open with the government are the list', () =>
    expect(listOf(`${HEAD}De voorzitter:\nDank u wel. Dan zijn we bijna aan het eind.\n\n${ITEMS.join('\n\n')}\n\nDan sluit ik dit debat.\n`)).toEqual(ITEMS));
  it('not one such paragraph, nor the chair speaking of the government in between other talk', () => {
    expect(listOf(`${HEAD}De voorzitter:\nDank u wel.\n\n${ITEMS[0]}\n\nDan sluit ik dit debat.\n`)).toEqual([]);
    expect(listOf(`${HEAD}De voorzitter:\nDe staatssecretaris heeft nog een paar minuten nodig voor de beantwoording.\n\nDe staatssecretaris is zo terug.\n\nIk schors de vergadering.\n`)).toEqual([]);
  });
});
