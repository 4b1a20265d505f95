import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { groupByAsker, QuestionsPanel, truncate } from '../../components/questions/QuestionsPanel';
import { buildOverlayData } from '../../lib/overlay-data';
import { analyzeQuestions, type Question } from '../../lib/questions';
import { parseText } from '../../lib/transcript/parse';
import { withContainer } from '../helpers/preact';

const parsed = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const transcript = parsed.transcript;
const { questions } = analyzeQuestions(transcript);
const speakers = buildOverlayData(transcript).speakers;
const nameOf = (id: string) => speakers.find((s) => s.id === id)!.display;

let container: HTMLDivElement;
withContainer((el) => (container = el));

async function show(node: ComponentChild) {
  await act(() => {
    render(node, container);
  });
}
const groups = () => [...container.querySelectorAll('section.question-group')] as HTMLElement[];
const groupOf = (name: string) => groups().find((g) => g.querySelector('h3')?.textContent === name);
const buttons = (el: Element | undefined) => [...(el?.querySelectorAll('button') ?? [])] as HTMLButtonElement[];
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('no element to click');
  await act(() => {
    el.click();
  });
}

const panel = (over: Partial<Parameters<typeof QuestionsPanel>[0]> = {}) => (
  <QuestionsPanel questions={questions} speakers={speakers} lang="nl" onJump={vi.fn()} {...over} />
);

describe('QuestionsPanel', () => {
  it('groups the questions per member, named as displayed, in order of their first question', async () => {
    await show(panel());
    const expected = groupByAsker(questions);
    expect(groups().map((g) => g.querySelector('h3')!.textContent)).toEqual(expected.map((g) => nameOf(g.askerId)));
    expect(groups()[0]!.querySelector('h3')!.textContent).toBe('Vondeling (PVV)');
    for (const [i, g] of expected.entries()) {
      expect(groups()[i]!.querySelectorAll('li.item')).toHaveLength(g.questions.length);
    }
    const total = groups().reduce((n, g) => n + g.querySelectorAll('li.item').length, 0);
    expect(total).toBe(questions.length);
  });

  it('counts answered and open per member', async () => {
    await show(panel());
    const kroger = groupByAsker(questions).find((g) => g.askerId === 'kroger')!;
    const meta = groupOf('Kröger (GroenLinks-PvdA)')!.querySelector('.item-meta')!.textContent!;
    expect(meta).toMatch(new RegExp(`^${kroger.counts.answered} beantwoord, .*${kroger.counts.open} open$`));
  });

  it('jumps to the question and to each answer turn', async () => {
    const onJump = vi.fn();
    await show(panel({ onJump }));
    const q = questions.find((x) => x.status === 'answered')!;
    const li = container.querySelector(`#kl-q-${q.id}`)!.closest('li')!;
    await click(buttons(li).find((b) => b.textContent === `Naar de vraag (beurt ${q.turnIndex + 1})`));
    expect(onJump).toHaveBeenLastCalledWith(q.turnIndex, q.start);
    const answers = buttons(li).filter((b) => b.textContent?.startsWith('Antwoord in beurt'));
    expect(answers.map((b) => b.textContent)).toEqual(q.answeredIn.map((n) => `Antwoord in beurt ${n + 1}`));
    await click(answers[0]);
    expect(onJump).toHaveBeenLastCalledWith(q.answeredIn[0]);
  });

  it('shows a status badge on every question', async () => {
    await show(panel());
    const badges = [...container.querySelectorAll('li.item .badge')].map((b) => b.textContent);
    expect(badges).toHaveLength(questions.length);
    expect(new Set(badges)).toEqual(new Set(questions.map((q) => ({ answered: 'beantwoord', 'possibly-answered': 'mogelijk beantwoord', open: 'open' })[q.status])));
    expect(badges.filter((b) => b === 'open')).toHaveLength(questions.filter((q) => q.status === 'open').length);
  });

  it('shortens long questions and keeps the whole text in a details element', async () => {
    await show(panel());
    const long = questions.find((q) => q.text.length > 260)!;
    const li = container.querySelector(`#kl-q-${long.id}`)!.closest('li')!;
    const shown = li.querySelector('.question-text')!.textContent!;
    expect(shown.length).toBeLessThanOrEqual(201);
    expect(shown.endsWith('…')).toBe(true);
    const details = li.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Hele vraag');
    expect(details.textContent).toContain(long.text);
    const short = questions.find((q) => q.text.length < 150)!;
    expect(container.querySelector(`#kl-q-${short.id}`)!.closest('li')!.querySelector('details')).toBeNull();
  });

  it('can show only the questions without a sure answer', async () => {
    await show(panel());
    const box = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.closest('label')?.textContent).toBe('Alleen vragen zonder zeker antwoord');
    await click(box);
    const unsure = questions.filter((q) => q.status !== 'answered');
    expect(container.querySelectorAll('li.item')).toHaveLength(unsure.length);
    expect(groups()).toHaveLength(new Set(unsure.map((q) => q.askerId)).size);
  });

  it('speaks English with lang en', async () => {
    await show(panel({ lang: 'en' }));
    const q = questions.find((x) => x.status === 'answered')!;
    const li = container.querySelector(`#kl-q-${q.id}`)!.closest('li')!;
    expect(li.querySelector('.badge')?.textContent).toBe('answered');
    expect(buttons(li)[0]!.textContent).toBe(`Go to the question (turn ${q.turnIndex + 1})`);
    expect(groups()[0]!.querySelector('.item-meta')?.textContent).toMatch(/answered, .*open$/);
  });

  it('renders hostile text as text', async () => {
    const q: Question = { ...questions[0]!, askerId: 'evil', text: '<img src=x onerror=alert(1)>?' };
    await show(panel({ questions: [q], speakers: [{ id: 'evil', display: '<img src=x>' }] }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h3')?.textContent).toBe('<img src=x>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>?');
  });

  it('says so when there are no questions', async () => {
    await show(panel({ questions: [] }));
    expect(container.textContent).toBe('Geen vragen gevonden.');
  });
});

describe('truncate', () => {
  it('cuts at a word near the limit and leaves short text alone', () => {
    expect(truncate('Kort?')).toBe('Kort?');
    const long = `${'woord '.repeat(50)}einde?`;
    const cut = truncate(long, 40);
    expect(cut).toBe(`${'woord '.repeat(6).trim()}…`);
  });
});
