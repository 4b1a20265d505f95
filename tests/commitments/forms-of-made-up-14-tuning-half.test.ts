import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Forms of promise that made-up 14's tuning half showed missed or read falsely: each a general Dutch form, in
 * made-up sentences written before the rule, with look-alikes that stay none.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a reason put first keeps its own duty: "Omdat boeren op hun geld moeten wachten, vraag ik BIJ12 …"', () => {
  yes('Omdat boeren zo lang op hun geld moeten wachten, vraag ik BIJ12 om de aanvragen binnen zes weken af te handelen.');
  yes('Omdat gemeenten het moeten uitvoeren, stuur ik u voor de zomer een brief over de kosten.');
  no('Als het moet, stuur ik u de brief.');
  no('Dan moeten wij, terecht natuurlijk, weer een reactie sturen.');
});

describe('a body asked by its kind and name: "vraag ik de gemeenten Den Haag en Rotterdam om …"', () => {
  yes('Daarnaast vraag ik de gemeenten Den Haag en Rotterdam om bij te houden hoeveel mensen buiten slapen.');
  yes('Ik vraag de provincie Gelderland om de cijfers voor de zomer te leveren.');
  no('Ik vraag de heer Bos om dat nog eens uit te leggen.');
  no('Daarnaast vraag ik de gemeenten om beter op te letten.');
});

describe('a point laid before a party: "dat leg ik bij het IPO op tafel"', () => {
  yes('Dat lijkt me een goed idee, en dat leg ik bij het IPO op tafel.');
  yes('Ik leg dat voorstel bij de provincies op tafel.');
  no('Ik leg dat niet bij het IPO op tafel.');
  no('Ik heb dat vorig jaar bij het IPO op tafel gelegd.');
  no('Misschien leg ik dat bij het IPO op tafel.');
});

describe('an arrangement made that the speaker\'s side will deliver: "Ik heb met X afgesproken dat we … sturen"', () => {
  yes('Ik heb met de minister van Volkshuisvesting afgesproken dat we voor 1 oktober de Kamer een gezamenlijke brief sturen.');
  no('Ik heb met de provincies afgesproken dat zij voor 1 oktober een plan maken.');
  no('We hebben vorig jaar afgesproken dat we de Kamer een brief sturen.');
  no('Ik heb niet afgesproken dat we de Kamer een brief sturen.');
});

describe('an item of the chair\'s list named by its place is talked about, not promised', () => {
  no('Voorzitter, de eerste toezegging is te stevig geformuleerd.');
  no('De laatste toezegging klopt niet helemaal.');
  yes('Ik doe die toezegging graag: u krijgt de brief voor de zomer.');
});
