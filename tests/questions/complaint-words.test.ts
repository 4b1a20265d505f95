import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../lib/questions/complaints';

/** The asker saying a question went unanswered (folded text), read in code since a ReDoS check flagged the expression. */
describe('a complaint that a question was not answered', () => {
  it('says so in words', () => {
    expect(isComplaint('die vraag is niet beantwoord.')).toBe(true);
    expect(isComplaint('ik heb geen antwoord gekregen op mijn vraag.')).toBe(true);
    expect(isComplaint('mijn vraag over de wachtlijsten in de jeugdzorg staat nog open.')).toBe(true);
    expect(isComplaint('de laatste vraag die ik stelde over de kosten staat nog open')).toBe(true);
  });
  it('not when a stop or more than fifty characters stand between the question and "nog open"', () => {
    expect(isComplaint('mijn vraag was duidelijk. de deur staat nog open.')).toBe(false);
    expect(isComplaint(`mijn vraag ging over ${'de kosten van de regeling '.repeat(3)}en die staat nog open`)).toBe(false);
    expect(isComplaint('de deur staat nog open.')).toBe(false);
  });
  it('reads a long hostile run of "vraag … nog" in one pass', () => {
    expect(isComplaint('co vraag\u0000nog '.repeat(20_000) + 'i')).toBe(false);
  });
});
