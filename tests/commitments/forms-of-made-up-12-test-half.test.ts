import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { commitmentsIn, requestThenReply } from '../helpers/commitments-of';

/**
 * Forms of promise that made-up 12's test half showed missed once it was read (held apart until then: its figures
 * are in RESULTS.md and eval.test.ts): each a general Dutch form, in made-up sentences written before the rule, with
 * look-alikes that stay none.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a bill or amendment submitted: "wordt … bij de Kamer ingediend", "dien ik … in"', () => {
  yes('Het wetsvoorstel over de jeugdbescherming wordt in november bij de Kamer ingediend.');
  yes('Voor de stemmingen dien ik een nota van wijziging in.');
  yes('Ik dien een nota van wijziging in.');
  no('Het wetsvoorstel is vorig jaar bij de Kamer ingediend.');
  no('Mevrouw Kat diende vorige week een amendement in.');
  no('Ik dien die motie niet in.');
});

describe('a passive whose participle has no "ge-": "wordt … schriftelijk beantwoord"', () => {
  yes('Die vraag wordt binnen twee weken schriftelijk beantwoord.');
  yes('De vragen over de kosten worden voor de zomer schriftelijk beantwoord.');
  no('Die vraag is vorige week al schriftelijk beantwoord.');
  no('Die vraag wordt nu mondeling beantwoord.');
});

describe('asking a named body with the question put first: "Dat vraag ik de CCD"', () => {
  yes('Ja, dat vraag ik de CCD uitdrukkelijk.');
  yes('Dat vraag ik de Gezondheidsraad, want die weet het beste hoe het zit.');
  no('Dat vraag ik de Kamer ook.');
  no('Dat vraag ik de heer Jansen.');
  no('Dat vraag ik me ook af.');
});

describe('a request after a condition, and a yes with a restriction', () => {
  const ask = (q: string, a: string) => commitmentsIn(requestThenReply(q, a));
  it('"Als de minister dat niet weet, wil zij de inspectie dan vragen om …?" — "Dat ga ik doen."', () =>
    expect(ask('Als de minister dat cijfer niet heeft, wil zij de inspectie dan vragen om dat voortaan apart te tellen?', 'Dat ga ik doen. Dan de amendementen.')).toContain('Dat ga ik doen.'));
  // (About a reaction it stays none: review 6 showed that a reaction is mostly given in the debate itself.)
  it('"Ja, dat doe ik, voor zover …" after a request retold', () =>
    expect(ask('Ik heb een vraag.', 'Dank u wel. Mevrouw Kat vroeg of ik in de brief inga op de verschillen tussen regio\'s. Ja, dat doe ik, voor zover de cijfers dat toelaten. Dan de kosten.')).toContain('Ja, dat doe ik, voor zover de cijfers dat toelaten.'));
  it('not "Dat ga ik doen." after a question why', () =>
    expect(ask('Als de minister dat cijfer niet heeft, waarom vraagt zij de inspectie dan niet?', 'Dat ga ik doen. Dan de amendementen.')).not.toContain('Dat ga ik doen.'));
});
