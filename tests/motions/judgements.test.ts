import { describe, expect, it } from 'vitest';
import { analyzeMotions } from '../../lib/motions';
import { verdictIn } from '../../lib/motions/verdicts';
import { parseText } from '../../lib/transcript/parse';
import { tweeminutendebat } from './debate';

/**
 * Issue #16: the government's judgement of each motion, by the procedure's
 * general phrasing and the ways a minister names a motion. The debate is in
 * tests/motions/debate.ts: nrs. 12 and 13 by Jansen, 14 by Pieters, 15 by De Vries.
 */
const verdicts = (minister: string, after = '') =>
  analyzeMotions(tweeminutendebat(minister, after)).map((m) => (m.judgement ? `${m.number} ${m.judgement.verdict}${m.judgement.changedFrom ? ` was ${m.judgement.changedFrom}` : ''}` : `${m.number} -`));

describe('motion judgements: the phrases', () => {
  for (const [s, v] of [
    ['Oordeel Kamer.', 'oordeel-kamer'],
    ['Ik laat het oordeel over deze motie aan de Kamer.', 'oordeel-kamer'],
    ['Die laat ik aan het oordeel van de Kamer.', 'oordeel-kamer'],
    ['Voorzitter, ik ontraad deze motie.', 'ontraden'],
    ['Die motie moet ik helaas ontraden.', 'ontraden'],
    ['Deze motie is ondersteuning van beleid.', 'ondersteuning-beleid'],
    ['Oordeel Kamer, want dit is ondersteuning van het ingezette beleid.', 'ondersteuning-beleid'],
    ['Die motie neem ik graag over.', 'overnemen'],
    ['Ik wil de heer Jansen vragen de motie aan te houden.', 'aanhouden'],
    ['Deze motie is ontijdig.', 'ontijdig'],
    ['Ik vind de motie overbodig.', 'overbodig'],
    ['Ik verzoek de indiener de motie in te trekken.', 'intrekken'],
  ] as const) {
    it(`"${s}" is ${v}`, () => expect(verdictIn(s)?.verdict).toBe(v));
  }
  for (const s of ['Ik kan het oordeel niet aan de Kamer laten.', 'Is dat oordeel Kamer?', 'Ik ga het niet ontraden.', 'De Kamer heeft daarover een oordeel gevraagd.']) {
    it(`"${s}" gives none`, () => expect(verdictIn(s)).toBeNull());
  }
  it('a judgement under a condition or as an alternative is marked as such', () => {
    expect(verdictIn('Als de heer Jansen het dictum aanpast, dan oordeel Kamer.')).toEqual({ verdict: 'oordeel-kamer', conditional: true });
    expect(verdictIn('Anders moet ik haar ontraden.')?.conditional).toBe(true);
    expect(verdictIn('Ik ontraad haar.')?.conditional).toBe(false);
  });
});

describe('motion judgements: which motion', () => {
  it('by number, "op stuk nr."', () => {
    expect(verdicts('De motie op stuk nr. 13 ontraad ik. De motie op stuk nr. 12: oordeel Kamer.')).toEqual(['12 oordeel-kamer', '13 ontraden', '14 -', '15 -']);
  });
  it('several numbers at once, "de moties op stuk nrs. 12 en 14"', () => {
    expect(verdicts('De moties op stuk nrs. 12 en 14 laat ik aan het oordeel van de Kamer.')).toEqual(['12 oordeel-kamer', '13 -', '14 oordeel-kamer', '15 -']);
  });
  it('by submitter, with an ordinal when the member has more than one', () => {
    expect(verdicts('De motie van mevrouw De Vries: ontraden. De tweede motie van de heer Jansen ontraad ik ook. De motie-Pieters is ondersteuning van beleid.')).toEqual([
      '12 -',
      '13 ontraden',
      '14 ondersteuning-beleid',
      '15 ontraden',
    ]);
  });
  it('in order, when the minister names none: each judgement goes to the next motion not yet judged', () => {
    expect(verdicts('Ik begin met de eerste motie. Oordeel Kamer. Dan de motie over de huren. Die ontraad ik. Dan de volgende motie. Oordeel Kamer.')).toEqual([
      '12 oordeel-kamer',
      '13 ontraden',
      '14 oordeel-kamer',
      '15 -',
    ]);
  });
  it('"deze motie" stays with the motion being discussed, even after "Dan"', () => {
    expect(verdicts('De motie op stuk nr. 14 vraagt om een onderzoek. Dan laat ik het oordeel over deze motie aan de Kamer.')).toEqual(['12 -', '13 -', '14 oordeel-kamer', '15 -']);
  });
  it('a motion already judged, named in passing, does not take the discussion back to it', () => {
    expect(
      verdicts(
        'De moties op stuk nrs. 12 en 13 ontraad ik. Dan de motie op stuk nr. 14. Zij sluit aan bij de motie van de heer Jansen, die ik net besprak. Ik laat het oordeel over deze motie aan de Kamer.',
      ),
    ).toEqual(['12 ontraden', '13 ontraden', '14 oordeel-kamer', '15 -']);
  });
  it('a judgement changed after an interruption replaces the first, which is kept', () => {
    expect(verdicts('De motie op stuk nr. 13 ontraad ik.', 'Als de heer Jansen het dictum zo aanpast, dan oordeel Kamer. Hij past het aan. Dan is het oordeel Kamer.')).toEqual([
      '12 -',
      '13 oordeel-kamer was ontraden',
      '14 -',
      '15 -',
    ]);
  });
  it('a conditional judgement counts only when nothing firmer was said', () => {
    expect(verdicts('De motie op stuk nr. 13 ontraad ik.', 'Als de heer Jansen het dictum zo aanpast, dan oordeel Kamer.')).toEqual(['12 -', '13 ontraden', '14 -', '15 -']);
    expect(verdicts('De motie op stuk nr. 15: als het dictum wordt aangepast, oordeel Kamer.')).toEqual(['12 -', '13 -', '14 -', '15 oordeel-kamer']);
  });
  it('the judgement points at the minister\'s sentence, and submitters are the debate\'s speakers', () => {
    const t = tweeminutendebat('Dank u wel. De motie op stuk nr. 12 ontraad ik.');
    const [first] = analyzeMotions(t);
    expect(t.text.slice(first!.judgement!.start, first!.judgement!.end)).toBe('De motie op stuk nr. 12 ontraad ik.');
    expect(first!.judgement!.speakerId).toBe('de-jonge');
    expect(first!.submitters).toEqual([
      { name: 'Jansen', speakerId: 'jansen' },
      { name: 'Pieters', speakerId: 'pieters' },
    ]);
    expect(t.text.slice(first!.start, first!.end)).toMatch(/^De Kamer,[\s\S]*orde van de dag\.$/u);
    expect(first!.request).toBe('verzoekt de regering de bouw te versnellen');
  });
  it('a member saying "oordeel Kamer" judges nothing; a debate without motions has none', () => {
    const t = tweeminutendebat('Ik heb geen opmerkingen over de moties.', 'Daar kijk ik naar.', 'Oordeel Kamer, toch? Ik ontraad het de minister om die motie te ontraden.');
    expect(t.turns.some((x) => x.speakerId === 'jansen' && x.paragraphs.join(' ').includes('Ik ontraad'))).toBe(true);
    expect(analyzeMotions(t).map((m) => m.judgement)).toEqual([null, null, null, null]);
    const plain = parseText('De voorzitter:\nAan de orde is het debat.\n\nMinister De Jonge:\nOordeel Kamer.\n');
    if (!plain.ok) throw new Error(plain.message);
    expect(analyzeMotions(plain.transcript)).toEqual([]);
  });
});
