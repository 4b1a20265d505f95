import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { commitmentsIn, requestThenReply } from '../helpers/commitments-of';

/**
 * Forms of promise that made-up 13's test half showed missed once read (after made-up 14's test half took its place
 * as the half held apart): each a general Dutch form, in made-up sentences written before the rule, with look-alikes.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a named body made to advise or assess: "ik laat de Raad van State adviseren over …"', () => {
  yes('Ik laat de Rob adviseren over de verdeling van het gemeentefonds.');
  yes('Dus ik laat de Rob, de Raad voor het Openbaar Bestuur, adviseren over de vraag of het model eenvoudiger kan.');
  yes('Ik laat de inspectie doorlichten hoe de scholen de regels naleven.');
  no('We laten de gemeenten zelf adviseren over de verdeling.');
  no('Ik heb de Rob laten adviseren over de verdeling.');
});

describe('a yes in the order "dan doen we dat"', () => {
  const reply = (r: string) => commitmentsIn(requestThenReply('Kan de minister de Kamer elk jaar een overzicht sturen van de kosten?', `${r} Dan de heer Bos.`));
  it('"Goed, dan doen we dat." after a request', () => expect(reply('Goed, dan doen we dat.')).toContain('Goed, dan doen we dat.'));
  it('"Dan doe ik dat." after a request', () => expect(reply('Dan doe ik dat.')).toContain('Dan doe ik dat.'));
  it('not after a question why', () =>
    expect(commitmentsIn(requestThenReply('Waarom is dat zo duur?', 'Goed, dan doen we dat. Dan de heer Bos.'))).not.toContain('Goed, dan doen we dat.'));
});
