import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { commitmentsIn as commitments, requestThenReply } from '../helpers/commitments-of';

/**
 * In-debate commitments made-up 17's test half showed missed, once made-up 18 was held apart instead (eighth session of
 * 2026-12-07): a body asked after "dus" ("…, dus vraag ik het RIVM om …": "dus" leads a hortative only before
 * "laat"); a point argued in a council named as a compound ("In de Milieuraad van maart pleit ik ervoor dat …"); a yes
 * with a concession after it ("Dat doe ik, al zal het een eerste schatting zijn."). Made-up sentences of general Dutch
 * written before the rules, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(`not: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a body asked after "dus"', () => {
  yes('Wel merk ik dat gemeenten handvatten missen, dus vraag ik het RIVM om een handreiking te maken.');
  yes('Dus vraag ik de Onderwijsraad om de toetsen te beoordelen.');
  no('Dus vraag ik me af of het RIVM dat kan.');
  no('Dus laat ik het daarbij.');
});

describe('a point argued in a council named as a compound', () => {
  yes('In de Milieuraad van maart pleit ik ervoor dat lichtvervuiling een vaste plek krijgt in de Europese plannen.');
  yes('In het bestuurlijk overleg met de provincies breng ik dat punt naar voren.');
  no('In de Milieuraad van maart heb ik ervoor gepleit dat lichtvervuiling een plek krijgt.');
  no('In de gemeenteraad pleit de wethouder ervoor dat de lantaarns uit gaan.');
});

describe('a yes with a concession after it', () => {
  const asked = 'Kan de minister de Kamer voor de stemming laten weten wat de regeling kost?';
  it('"Dat doe ik, al zal het een eerste schatting zijn."', () =>
    expect(commitments(requestThenReply(asked, 'Dat doe ik, al zal het een eerste schatting zijn.'))).toContain('Dat doe ik, al zal het een eerste schatting zijn.'));
  it('not: "Dat doe ik al, al jaren."', () => expect(commitments(requestThenReply(asked, 'Dat doe ik al, al jaren.'))).toEqual([]));
  it('not: "Dat doe ik niet, al begrijp ik de vraag."', () => expect(commitments(requestThenReply(asked, 'Dat doe ik niet, al begrijp ik de vraag.'))).toEqual([]));
});
