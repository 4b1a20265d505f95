import { describe, expect, it } from 'vitest';
import { findQuestions, isQuestionSentence } from '../../lib/questions';
import { parseText } from '../../lib/transcript/parse';

/**
 * Questions that ask the government nothing, in forms the second
 * phrasebook's tuning half (tests/eval/phrasebook2) showed counted as
 * questions; written here in other words before the rules, with the real
 * questions that look like them.
 */
describe('questions put to a member, by name or by address', () => {
  for (const s of [
    // The member named right after the first verb is the subject: the question is theirs to answer.
    'Wat stelt de heer Dijkstra dan voor?',
    'Hoe kijkt mevrouw Teunissen daarnaar?',
    'Waarom steunt collega Van Dam dit amendement niet?',
    // A member addressed by name, first.
    'Mevrouw Teunissen, wilt u daar nog op reageren?',
    // The members who defend their own bill.
    'Hebben de indieners nagedacht over de rol van het ministerie?',
    'Kan de initiatiefnemer toelichten waarom de termijn zo kort is?',
    'De heer Dijkstra, bent u dat met mij eens?',
  ]) {
    it(`is not a question to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
  for (const s of [
    'Wat vindt de minister van het voorstel van de heer Dijkstra?',
    'Deelt de staatssecretaris de analyse van mevrouw Teunissen?',
    'Minister, bent u bereid om de heer Dijkstra te ontvangen?',
    'Kan de minister reageren op wat mevrouw Teunissen zei?',
    'Wat vindt de minister van het voorstel van de indieners?',
  ]) {
    it(`is one: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
});

describe('questions of others, told, and questions that ask no one', () => {
  for (const s of [
    'Ouders in Groningen vragen mij: waarom moet mijn kind een uur in de bus zitten?',
    'Boeren vragen ons steeds waarom de regels elk jaar veranderen.',
    'Wie kan er nou tegen zijn dat ieder kind een plek op school heeft?',
    'Hoe moet ik dat uitleggen aan de mensen thuis?',
    'Hoe leg ik dit uit aan de ondernemers in mijn regio?',
  ]) {
    it(`is not a question to the government: ${s}`, () => expect(isQuestionSentence(s)).toBe(false));
  }
  for (const s of [
    'Ik wil de minister vragen mij te laten weten of de regeling doorgaat.',
    'Wie kan er bezwaar maken tegen het besluit?',
    'Hoe moet ik de brief van de minister lezen?',
    'Moet ik dat zo begrijpen dat de regeling vervalt?',
  ]) {
    it(`is one: ${s}`, () => expect(isQuestionSentence(s)).toBe(true));
  }
});

describe('a question about the member the speaker just turned to', () => {
  it('"Ik heb een vraag aan mevrouw X. Hoe wil zij … dekken?" asks her, not the government', () => {
    const text = [
      'De voorzitter:\nDe heer Pieters.',
      'De heer Pieters (CDA):\nIk heb een vraag aan mevrouw Teunissen. Hoe wil zij deze verlaging van de belasting precies betalen?',
      'Minister De Vries:\nDank u wel.',
      '',
    ].join('\n\n');
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    expect(findQuestions(r.transcript).map((q) => q.text)).toEqual([]);
  });
});
