import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { analyzers } from '../../lib/analyzers';
import { analyzeQuestions, QuestionsAnalysis } from '../../lib/questions';
import { replies } from '../../lib/questions/addressing';
import { findMentions } from '../../lib/questions/mentions';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { readRepoFile } from '../helpers/dom';
import { match, score, type Expected } from './metrics';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');
const parsed = parseText(seedText);
if (!parsed.ok) throw new Error(parsed.message);
const seed: Transcript = parsed.transcript;
const fixture = JSON.parse(readRepoFile('tests/questions/seed-expected.json')) as { questions: Expected[] };
const result = analyzeQuestions(seed);
const { questions } = result;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('questions and answers on the seed debate', () => {
  it('has a fixture of at least 20 member questions, written from the debate', () => {
    expect(fixture.questions.length).toBeGreaterThanOrEqual(20);
    for (const e of fixture.questions) expect(seed.turns[e.turn]!.speakerId).toBe(e.asker);
  });

  it('is a valid QuestionsAnalysis whose offsets point at the text', () => {
    expect(QuestionsAnalysis.safeParse(result).success).toBe(true);
    for (const q of questions) expect(seed.text.slice(q.start, q.end)).toBe(q.text);
    for (const m of result.mentions) expect(seed.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('finds the fixture questions', () => {
    const missing = fixture.questions.filter((e) => !match(seed, questions, e));
    console.log(`questions: ${questions.length} found; fixture questions found ${fixture.questions.length - missing.length}/${fixture.questions.length}`);
    expect(missing).toEqual([]);
  });

  it('links answers with measured precision and recall', () => {
    const lenient = score(seed, questions, fixture.questions, false);
    const strict = score(seed, questions, fixture.questions, true);
    // Questions in an exchange are answered by the reply; the block answers of the first term are the hard part.
    const roleOf = new Map(seed.speakers.map((s) => [s.id, s.role as string]));
    const exchange = replies(seed, roleOf, findMentions(seed));
    const block = score(seed, questions, fixture.questions.filter((e) => !exchange.has(e.turn)), false);
    console.log(
      [
        `answer links, answered + possibly-answered: precision ${pct(lenient.precision)}, recall ${pct(lenient.recall)} (tp ${lenient.tp}, fp ${lenient.fp}, fn ${lenient.fn})`,
        `answer links, answered only:                precision ${pct(strict.precision)}, recall ${pct(strict.recall)} (tp ${strict.tp}, fp ${strict.fp}, fn ${strict.fn})`,
        `block answers only (no interruptions):      precision ${pct(block.precision)}, recall ${pct(block.recall)} (tp ${block.tp}, fp ${block.fp}, fn ${block.fn})`,
        'misses:',
        ...lenient.misses.map(({ expected: e, got }) => `  turn ${e.turn} ${e.asker} "${e.quote}" expected ${JSON.stringify(e.answeredIn)}, got ${got ? `${got.status} ${JSON.stringify(got.answeredIn)}` : 'no question'}`),
      ].join('\n'),
    );
    expect(lenient.precision).toBeGreaterThanOrEqual(0.68);
    expect(lenient.recall).toBeGreaterThanOrEqual(0.75);
    expect(strict.precision).toBeGreaterThanOrEqual(0.72);
    expect(strict.recall).toBeGreaterThanOrEqual(0.68);
    expect(block.precision).toBeGreaterThanOrEqual(0.55);
    expect(block.recall).toBeGreaterThanOrEqual(0.65);
  });

  it("does not show Kröger's children-in-return-hubs question as answered before she says it was not", () => {
    const complaint = seed.turns.findIndex((t) => t.speakerId === 'kroger' && /niet beantwoord/.test(seed.text.slice(t.start, t.end)));
    expect(complaint).toBe(109);
    const children = questions.filter((q) => q.askerId === 'kroger' && q.turnIndex < complaint && /kinderen|return hubs|Nederlandse wens/.test(q.text));
    expect(children.length).toBeGreaterThanOrEqual(1);
    for (const q of children) expect(q.answeredIn.every((turn) => turn > complaint)).toBe(true);
    const wish = children.find((q) => q.text.includes('Is dit nog steeds een Nederlandse wens?'))!;
    expect(wish.status).toBe('answered');
    expect(wish.answeredIn).toContain(117);
  });

  it("does not count the chair's procedural questions", () => {
    const texts = questions.map((q) => q.text);
    for (const procedural of ['Kunt u afronden?', 'Kunt u tot een afronding komen?', 'Hoelang zullen we schorsen?', 'Hoeveel spreektijd heeft u', 'Heb ik nog een interruptie over?']) {
      expect(texts.some((x) => x.includes(procedural))).toBe(false);
    }
    expect(questions.some((q) => q.text.includes('nog even tijd nodig heeft voor de beantwoording'))).toBe(false);
    // The chair's own question in an exchange with the minister does count, for the person.
    expect(questions.some((q) => q.turnIndex === 46 && q.askerId === 'boomsma' && q.text.includes('definitie van instrumentalisering'))).toBe(true);
  });

  it('counts per-speaker statistics, the chair apart', () => {
    const kroger = result.stats.find((s) => s.speakerId === 'kroger')!;
    expect(kroger.turns).toBe(14);
    expect(kroger.chairTurns).toBe(0);
    expect(kroger.interruptionsMade).toBeGreaterThan(0);
    expect(kroger.questionsAsked).toBe(questions.filter((q) => q.askerId === 'kroger').length);
    const boomsma = result.stats.find((s) => s.speakerId === 'boomsma')!;
    expect(boomsma.chairTurns).toBe(41);
    expect(boomsma.turns).toBe(3);
    const minister = result.stats.find((s) => s.speakerId === 'van-den-brink')!;
    expect(minister.interruptionsReceived).toBeGreaterThan(10);
    expect(minister.interruptionsMade).toBe(0);
    const shares = result.stats.reduce((n, s) => n + s.share, 0);
    expect(shares).toBeCloseTo(1, 6);
    expect(minister.share).toBeGreaterThan(0.4);
  });

  it('tracks the promise to come back later in the debate', () => {
    const d = result.deferrals.find((x) => x.turnIndex === 43)!;
    expect(d.text).toBe('Daar kom ik straks zeker op terug.');
    expect(d.resolvedIn).not.toBeNull();
    expect(d.resolvedIn!).toBeGreaterThan(43);
  });

  it('is the `questions` field of analyze', () => {
    const a = analyze(parsed, analyzers);
    expect(a.questions).toHaveLength(questions.length);
    expect(a.questions[0]).toEqual({ askerId: 'vondeling', turnIndex: 1, text: questions[0]!.text, answeredIn: questions[0]!.answeredIn, status: questions[0]!.status });
    expect(analyze(parsed).questions).toEqual([]);
  });
});
