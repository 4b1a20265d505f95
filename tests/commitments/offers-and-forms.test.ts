import { describe, expect, it } from 'vitest';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { parseText } from '../../lib/transcript/parse';

/**
 * Issue #19, forms found on the tuning half's benefits debate and written
 * here as general Dutch (made-up sentences, none copied from a corpus text):
 * telling the Kamer more by a date, taking a point into talks with a named
 * party, a pronoun object after the auxiliary, an offer on the member's
 * condition, and a member's wish for a promise retold.
 */
describe('in-debate commitments: more general forms', () => {
  for (const s of [
    'Ik zal u voor de zomer meer kunnen vertellen over de uitkomsten.',
    'Over de uitvoering zal ik de Kamer op 1 oktober meer vertellen.',
    'Die suggestie neem ik graag mee in mijn overleg met de provincies.',
    'Dat punt nemen we mee in de gesprekken met de woningcorporaties.',
    'We gaan die de komende maanden verder uitwerken.',
    'Ik zal dat voor het kerstreces nagaan.',
    'Mocht het rapport later komen, dan informeer ik de Kamer daarover.',
    'Dat is een toezegging die ik graag doe.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik zal u vertellen hoe dat zit.',
    'Ik neem u even mee in mijn redenering.',
    'Hij wilde een toezegging over de termijnen.',
    'Mevrouw Kat wil een toezegging over de zaakbehandelaars.',
    'Mocht u iets anders bedoelen, dan kom ik daar graag op terug in de volgende rapportage.',
    'Als de Kamer dat wenst, stuur ik een brief over de uitvoering.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: an offer on the member’s condition counts once the member takes it up', () => {
  const commitments = (debate: string) => {
    const r = parseText(debate);
    if (!r.ok) throw new Error(r.message);
    return governmentSentences(r.transcript).filter((s) => s.isCommitment).map((s) => s.text);
  };
  const offer = 'De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nAls u dat wilt, stuur ik u voor de zomer een brief over de uitvoering.\n\n';
  it('taken up ("Ja, graag.")', () => {
    expect(commitments(`${offer}Mevrouw Kat (D66):\nJa, graag. Dat zou helpen.\n\nMinister Ollongren:\nGoed.\n`)).toEqual([
      'Als u dat wilt, stuur ik u voor de zomer een brief over de uitvoering.',
    ]);
  });
  it('not taken up when the offer is made mid-turn and the turn goes on to other points', () => {
    const midTurn =
      'De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nDie signalen worden meegenomen. Mocht u iets anders bedoelen, dan kom ik daar graag op terug in de volgende rapportage.\n' +
      'Dan de vraag over de planning van het onderzoek. Dat onderzoek loopt nog. Het is aan de onderzoekers hoeveel tijd ze nodig hebben.\n\n' +
      'Mevrouw Kat (D66):\nJa, twee vragen. Komt er dan ook informatie over de kosten?\n\nMinister Ollongren:\nDie kosten zijn bekend.\n';
    expect(commitments(midTurn)).toEqual([]);
  });
  it('not taken up (the member moves on)', () => {
    expect(commitments(`${offer}Mevrouw Kat (D66):\nIk heb nog een andere vraag over de kosten.\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`)).toEqual([]);
  });
});
