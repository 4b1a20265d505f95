import { describe, expect, it } from 'vitest';
import { analyzeQuestions } from '../../lib/questions';
import { parseText } from '../../lib/transcript/parse';

/**
 * Question hour in real Handelingen (the eighth batch's tuning half): the chair often asks the member something
 * between the question and the answer ("Dat was uw eerste vraag?" — "Nou, niet helemaal, maar …"). The member
 * answering the chair is still putting the same question, and the minister's turn after it answers it, also when
 * it shares hardly a word with the question.
 */
function statuses(chair: string, member: string): string[] {
  const r = parseText(
    [
      'De voorzitter:\nAan de orde is het mondelinge vragenuur. Het woord is aan mevrouw Koster van de SP.',
      'Mevrouw Koster (SP):\nVoorzitter. Scholen gaan over op een vierdaagse schoolweek omdat er te weinig leraren zijn. Hoeveel scholen werken al met een vierdaagse schoolweek?',
      `De voorzitter:\n${chair}`,
      `Mevrouw Koster (SP):\n${member}`,
      'De voorzitter:\nIk geef het woord aan de minister.',
      'Minister De Wit:\nDank u wel, voorzitter. Het gaat om elf, vooral in de grote steden, en dat aantal groeit.',
      '',
    ].join('\n\n'),
  );
  if (!r.ok) throw new Error(r.message);
  return analyzeQuestions(r.transcript).questions.filter((q) => q.turnIndex === 1).map((q) => q.status);
}

describe('question hour: the member answers the chair before the minister speaks', () => {
  it('links the question to the minister’s turn after the member’s answer to the chair', () => {
    expect(statuses('Was dat uw eerste vraag? Wilt u ze een voor een stellen?', 'Nou, niet helemaal, maar goed.')).toEqual(['answered']);
  });
  it('does not when the chair asked nothing: the member spoke again on her own', () => {
    expect(statuses('Dank u wel.', 'Ik wil daar nog iets aan toevoegen over de leraren in de regio.')).not.toEqual(['answered']);
  });
});
