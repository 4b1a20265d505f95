import { describe, expect, it } from 'vitest';
import { sentencesOfTurn, splitSentences } from '../../lib/text/sentences';
import { seedTranscript } from '../helpers/dom';

describe('sentences of a turn (one rule for questions and commitments)', () => {
  it('gives offsets into the whole text and the paragraph of each sentence', () => {
    const paragraphs = ['Dank u wel, voorzitter. Ik heb een vraag over art. 3 van de wet.', 'Wanneer komt de brief? Dat hoor ik graag t.z.t. van de minister.'];
    const start = 100;
    const text = ' '.repeat(start) + paragraphs.join('\n');
    const got = sentencesOfTurn({ start, paragraphs }).map((s) => [text.slice(s.start, s.end), s.paragraph]);
    expect(got).toEqual([
      ['Dank u wel, voorzitter.', 0],
      ['Ik heb een vraag over art. 3 van de wet.', 0],
      ['Wanneer komt de brief?', 1],
      ['Dat hoor ik graag t.z.t. van de minister.', 1],
    ]);
  });

  it('splits every turn of the seed exactly as the commitments splitter splits its text', () => {
    const t = seedTranscript();
    for (const turn of t.turns) {
      const mine = sentencesOfTurn(turn).map(({ start, end }) => ({ start, end }));
      expect(mine).toEqual(splitSentences(t.text.slice(turn.start, turn.end), turn.start));
      // Split once: every analysis that asks again gets the same array.
      expect(sentencesOfTurn(turn)).toBe(sentencesOfTurn(turn));
    }
  });
});
