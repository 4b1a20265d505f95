import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * In-debate commitments made-up 18's tuning half showed missed (eighth session of 2026-12-07): "Ik leg de vraag voor
 * aan het Interprovinciaal Overleg" (the point raised named with "de"); a document described by someone else's earlier
 * promise ("… in de voortgangsbrief die de minister al heeft toegezegd"); "meeneem" in a clause of its own ("Tegen de
 * heer Pronk zeg ik dat ik zijn punt meeneem in …"; into a document only: into a piece of work, "… meeneem in de vraag
 * aan de minister van Financiën", it is still missed). Made-up sentences of general Dutch written before
 * the rules, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(`not: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a point named with "de" raised with a body', () => {
  yes('Ik leg de vraag voor aan het Interprovinciaal Overleg.');
  yes('Ik leg de vraag voor aan de Raad van State (RvS).');
  yes('Ik geef de suggestie mee aan de inspectie.');
  no('Ik leg de vraag voor aan de Kamer.');
  no('Ik leg de vraag altijd voor aan het Interprovinciaal Overleg.');
  no('Ik leg de minister voor aan de commissie.');
});

describe('a document described by an earlier promise of someone else', () => {
  yes('Het antwoord neem ik mee in de voortgangsbrief die de minister al heeft toegezegd.');
  yes('Dat neem ik mee in de brief die mijn collega heeft toegezegd.');
  no('De minister heeft die brief al toegezegd.');
  no('Het antwoord stond in de voortgangsbrief die de minister al heeft toegezegd.');
});

describe('"meeneem" in a clause of its own', () => {
  yes('Tegen de heer Pronk zeg ik dat ik zijn punt meeneem in de brief.');
  yes('Ik zeg u dat ik zijn punt in de brief meeneem.');
  no('Ik weet niet of ik zijn punt meeneem in de brief.');
  no('De heer Pronk zei dat hij dat punt meeneemt in zijn eigen brief.');
  no('Ik zeg u dat ik zijn punt altijd meeneem in mijn afweging.');
});
