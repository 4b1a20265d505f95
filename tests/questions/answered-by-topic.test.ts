import { describe, expect, it } from 'vitest';
import { analyzeQuestions } from '../../lib/questions';
import type { Transcript } from '../../lib/transcript/model';
import { committeeDebate } from '../helpers/committee-debate';

/**
 * A question whose asker the answer never names or replies to, answered all the same by a paragraph that speaks to
 * its subject in its own rare words: the minister answers by topic ("Dan de uitval van afvaarten."), not by name.
 * On the read halves of made-up debates 9 to 18 such links were right 18 times of 21 (tests/eval/RESULTS.md), so
 * they count as answered, not only as possibly answered. Weak overlap still links nothing.
 */
const debate = (body: string): Transcript =>
  committeeDebate(body, 'De vaste commissie voor Infrastructuur en Waterstaat heeft op 4 maart 2026 overleg gevoerd met mevrouw Visser, minister van Infrastructuur en Waterstaat, over de veerdiensten.');
const turnOf = (t: Transcript, start: string) => t.turns.find((x) => t.text.slice(x.start, x.end).includes(start))!.index;

describe('an answer by topic to a member it does not name', () => {
  const t = debate(`Mevrouw Dijkstra (GroenLinks-PvdA):
Voorzitter. De eilanders zijn afhankelijk van de boot. Hoeveel afvaarten naar Vlieland zijn vorig jaar uitgevallen door een tekort aan matrozen? En hoe staat het met het openbaar vervoer op het eiland zelf?

De heer Bakker (VVD):
Voorzitter. Wanneer krijgen de havens van Harlingen en Terschelling een walstroomaansluiting?

Minister Visser:
Dank u wel. De heer Bakker vroeg naar walstroom in Harlingen en op Terschelling. De aansluiting komt er in 2027.
Dan de uitval van afvaarten. Vorig jaar zijn 46 afvaarten naar Vlieland uitgevallen doordat er te weinig matrozen waren; de rederij leidt nu zelf matrozen op.`);
  const questions = analyzeQuestions(t).questions;

  it('answers the question whose rare words the paragraph takes up', () => {
    const q = questions.find((x) => x.text.startsWith('Hoeveel afvaarten naar Vlieland'))!;
    expect([q.status, q.answeredIn]).toEqual(['answered', [turnOf(t, 'Dan de uitval van afvaarten')]]);
  });

  it('leaves a question the paragraph does not speak to open', () => {
    const q = questions.find((x) => x.text.includes('openbaar vervoer op het eiland'))!;
    expect(q.status).toBe('open');
  });
});
