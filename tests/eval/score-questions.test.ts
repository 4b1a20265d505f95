import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/transcript/parse';
import { type PredictedQuestion, type QuestionGold, scoreQuestionLinks } from './score-questions';

/** The scorer of question→answer links, on a small debate and predictions made by hand (no analysis is run). */
const r = parseText(`Tweeminutendebat (test)

De voorzitter:
Het woord is aan de heer Sneller.

De heer Sneller (D66):
Voorzitter. Wanneer wordt artikel IX uitgewerkt? Zou het niet goed zijn om ze na tien jaar te laten vervallen?

Mevrouw Leijten (SP):
Wat vindt de minister van een juridische procedure?

Minister Bruins Slot:
Bij de wetsformulieren is de voorziening nog niet getroffen. Het kabinet wacht het initiatiefvoorstel af.

Minister Bruins Slot:
Over een juridische procedure: daar zie ik nu niets in.
`);
if (!r.ok) throw new Error(r.message);
const t = r.transcript;
const id = (name: string) => t.speakers.find((s) => s.name === name)!.id;

const gold: QuestionGold[] = [
  { asker: 'Sneller', starts: ['Wanneer wordt artikel IX uitgewerkt'], answers: [{ speaker: 'Bruins Slot', starts: 'Bij de wetsformulieren' }] },
  { asker: 'Sneller', starts: ['Zou het niet goed zijn'], answers: [] },
  { asker: 'Leijten', starts: ['Wat vindt de minister van een juridische procedure'], answers: [{ speaker: 'Bruins Slot', starts: 'Over een juridische procedure' }] },
];
const q = (n: number, asker: string, turnIndex: number, text: string, answeredIn: number[], status: PredictedQuestion['status'] = 'answered'): PredictedQuestion => ({
  id: `q${turnIndex}-${n}`,
  askerId: id(asker),
  turnIndex,
  text,
  status,
  answeredIn,
});

describe('question→answer link scorer', () => {
  it('counts a right link, a link to the wrong turn and a link of an unanswered question', () => {
    const predicted = [
      q(0, 'Sneller', 1, 'Wanneer wordt artikel IX uitgewerkt?', [3]),
      q(1, 'Sneller', 1, 'Zou het niet goed zijn om ze na tien jaar te laten vervallen?', [3]),
      q(0, 'Leijten', 2, 'Wat vindt de minister van een juridische procedure?', [3]),
    ];
    const { count, misses } = scoreQuestionLinks(t, gold, predicted);
    expect(count).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(misses.filter((m) => m.kind === 'missed').map((m) => m.text)).toEqual(['Leijten: Wat vindt de minister van een juridische procedure → turn 4']);
  });

  it('takes only answered questions as links, and two sentences of one question linking one turn once', () => {
    const gold2: QuestionGold[] = [{ ...gold[0]!, starts: ['Wanneer wordt artikel IX uitgewerkt', 'Zou het niet goed zijn'] }];
    const predicted = [
      q(0, 'Sneller', 1, 'Wanneer wordt artikel IX uitgewerkt?', [3]),
      q(1, 'Sneller', 1, 'Zou het niet goed zijn om ze na tien jaar te laten vervallen?', [3]),
      q(0, 'Leijten', 2, 'Wat vindt de minister van een juridische procedure?', [4], 'possibly-answered'),
    ];
    expect(scoreQuestionLinks(t, gold2, predicted).count).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not take the right words from the wrong speaker or the wrong turn', () => {
    const predicted = [q(0, 'Leijten', 2, 'Wanneer wordt artikel IX uitgewerkt?', [3]), q(0, 'Sneller', 1, 'Wat vindt de minister van een juridische procedure?', [4])];
    expect(scoreQuestionLinks(t, gold, predicted).count).toEqual({ tp: 0, fp: 2, fn: 2 });
  });

  it('rejects an annotation whose answer sentence stands in no turn of that speaker', () => {
    const bad: QuestionGold[] = [{ asker: 'Sneller', starts: ['Wanneer wordt'], answers: [{ speaker: 'Leijten', starts: 'Bij de wetsformulieren' }] }];
    expect(() => scoreQuestionLinks(t, bad, [])).toThrow(/no turn of Leijten/);
  });
});
