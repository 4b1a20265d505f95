import { describe, expect, it } from 'vitest';
import { questionsOf } from '../helpers/questions-of';
import { isQuestionSentence } from '../../lib/questions/questions';

/**
 * A member who turns to another member in a debate with the government ("En dan een vraag aan de heer Jansen: …?",
 * "Ik wil mevrouw Bikker vragen of …") puts that question to the member, not to the government: it gets no answer
 * link to a government turn. Made-up sentences of general Dutch, written before the rule; the form was seen on a
 * test half (made-up debates 5), so no sentence of that debate is used here.
 */

describe('a question put to another member in the same sentence', () => {
  for (const s of [
    'En dan nog een vraag aan de heer Pietersen: hoe wil de VVD dat betalen?',
    'Een vraag aan mevrouw De Boer: waarom steunt haar fractie het amendement niet?',
    'Mijn vraag aan collega Bikker is: hoe ziet de ChristenUnie de rol van de gemeenten?',
    'Ik wil de heer Pietersen vragen of zijn fractie het amendement steunt.',
    'Via u, voorzitter, vraag ik mevrouw De Boer hoe zij de uitvoering voor zich ziet.',
    'Ik zou mevrouw Van der Laan willen vragen waarom de PvdA hier zo lang over doet.',
  ])
    it(`not to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  for (const s of [
    'Een vraag aan de minister: hoe wil zij dat betalen?',
    'Mijn vraag aan mevrouw de minister is: wanneer komt de brief?',
    'Ik wil de minister vragen of de heer Pietersen gelijk heeft.',
    'Ik sluit me aan bij de vraag van de heer Pietersen: wanneer komt de brief?',
    'Net als mevrouw De Boer vraag ik de staatssecretaris: wanneer komt de brief?',
    'De heer Pietersen vroeg het al: wanneer komt de brief?',
    'Een vraag aan de heer Pietersen en aan de minister: hoe gaan we dit betalen?',
  ])
    it(`still to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
});

describe('a question right after a sentence that turns to another member', () => {
  it('is the member’s, not the government’s', () => {
    const qs = questionsOf('Ik heb nog een vraag aan de heer Pietersen. Waarom steunt de VVD dit voorstel niet? Dan de minister. Wanneer komt de brief over de uitvoering?');
    expect(qs).not.toContain('Waarom steunt de VVD dit voorstel niet?');
    expect(qs).toContain('Wanneer komt de brief over de uitvoering?');
  });
  it('the lead must turn to a member alone: with the government named, the question stays', () => {
    const qs = questionsOf('Ik heb een vraag aan de minister en aan de heer Pietersen. Waarom duurt de uitvoering zo lang?');
    expect(qs).toContain('Waarom duurt de uitvoering zo lang?');
  });
  it('a member only thanked or cited before the question leaves it with the government', () => {
    const qs = questionsOf('Ik dank de heer Pietersen voor zijn vraag aan de minister. Waarom duurt de uitvoering zo lang?');
    expect(qs).toContain('Waarom duurt de uitvoering zo lang?');
  });
});

describe('a run of questions to the member', () => {
  it('a second question right after the first is the member’s too, until the government is named', () => {
    const qs = questionsOf('Ik heb een vraag aan mevrouw De Boer. Waarom steunt GroenLinks dit voorstel niet? En waarom juist nu? Aan de minister vraag ik: wanneer komt de brief?');
    expect(qs).not.toContain('Waarom steunt GroenLinks dit voorstel niet?');
    expect(qs.join(' ')).not.toContain('En waarom juist nu?');
    expect(qs.join(' ')).toContain('wanneer komt de brief?');
  });
});
