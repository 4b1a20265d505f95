import { describe, expect, it } from 'vitest';
import { isQuestionSentence } from '../../lib/questions/questions';
import { questionsOf } from '../helpers/questions-of';

/**
 * A review (helper) of the question rules made in the session of 2026-12-06 (late): each probe a rule read wrong, as
 * a test that failed first.
 */
describe('review: an invitation to a fellow member, and a numbered question already settled, ask the government nothing', () => {
  for (const s of [
    'Collega’s, ik nodig u uit om dit amendement mee te ondertekenen.',
    'Ik nodig hem uit om samen met ons een amendement in te dienen.',
    'Mijn tweede vraag is dus eigenlijk al door de minister beantwoord.',
    'Mijn andere vraag is al gesteld door mevrouw De Boer.',
    'Mijn volgende vraag is een beetje technisch.',
  ])
    it(`is none: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  for (const s of ['Mijn vraag is dus: wanneer komt de brief?', 'Mijn tweede vraag is of de minister de regeling wil verlengen.'])
    it(`is a question: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
});

describe('review: a member named before a question that is the government’s', () => {
  it('"Ik had een vraag aan de heer Pietersen, maar die is al beantwoord." does not take the next question', () =>
    expect(questionsOf('Ik had een vraag aan de heer Pietersen, maar die is al beantwoord. Hoe lang moeten ouders nog wachten op een plek?')).toContain(
      'Hoe lang moeten ouders nog wachten op een plek?',
    ));
  it('"In aanvulling op mijn vragen aan mevrouw De Boer in het vorige debat: …?" is put to the government', () =>
    expect(questionsOf('In aanvulling op mijn vragen aan mevrouw De Boer in het vorige debat: wanneer komt de brief over de wachtlijsten?').join(' ')).toContain(
      'wanneer komt de brief over de wachtlijsten?',
    ));
  it('still: "Ik heb nog een vraag aan de heer Pietersen." turns to him', () =>
    expect(questionsOf('Ik heb nog een vraag aan de heer Pietersen. Waarom steunt de VVD dit voorstel niet?')).not.toContain('Waarom steunt de VVD dit voorstel niet?'));
});

describe('review: still a question after "mijn vraag is/was"', () => {
  for (const s of ['Mijn vraag is wat de minister daar concreet aan gaat doen.', 'Mijn vraag was heel specifiek hoe het zich verhoudt tot het verdrag.'])
    it(`is a question: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
});
