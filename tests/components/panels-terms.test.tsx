import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TermsPanel } from '../../components/terms/TermsPanel';
import { TermTooltip, tooltipPosition } from '../../components/terms/TermTooltip';
import { findTerms, type DocumentTerm } from '../../lib/terms/find-terms';
import { loadGlossary } from '../../lib/terms/glossary';
import { parseText } from '../../lib/transcript/parse';
import { withContainer } from '../helpers/preact';

const parsed = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const terms = findTerms(parsed.transcript, loadGlossary());
const vtl = terms.find((x) => x.term === 'vtl')!;

let container: HTMLDivElement;
withContainer((el) => (container = el));

async function show(node: ComponentChild) {
  await act(() => {
    render(node, container);
  });
}
const $$ = (sel: string) => [...container.querySelectorAll(sel)] as HTMLElement[];
const items = () => $$('li.item');
const itemOf = (term: string) => items().find((li) => li.querySelector('h3')?.textContent === term);
const buttonIn = (el: HTMLElement | undefined, text: string | RegExp) =>
  [...(el?.querySelectorAll('button') ?? [])].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? ''))) as
    | HTMLButtonElement
    | undefined;
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('no element to click');
  await act(() => {
    el.click();
  });
}
async function type(value: string) {
  const input = container.querySelector('input')!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const hostile: DocumentTerm = {
  term: '<img src=x>',
  variants: ['<img src=x>'],
  occurrences: [{ turnIndex: 0, start: 0, end: 11 }],
  meaning: { expansion: '<b>bold</b>', explanation: '<script>alert(1)</script>', source: 'glossary' },
  count: 1,
};

describe('TermsPanel', () => {
  it('lists vtl as explained in this debate, and "Waar uitgelegd" jumps to the defining turn', async () => {
    const onJump = vi.fn();
    await show(<TermsPanel terms={terms} lang="nl" onJump={onJump} />);
    const li = itemOf('vtl');
    expect(li?.textContent).toContain('verscherpttoezichtlocatie');
    expect(li?.textContent).toContain('uitgelegd in dit debat');
    expect(li?.textContent).toContain(`${vtl.count}×`);
    await click(buttonIn(li, 'Waar uitgelegd'));
    expect(onJump).toHaveBeenCalledWith(11, vtl.meaning.definedAt!.start);
  });

  it('sorts by count, most mentioned first, ties alphabetically', async () => {
    await show(<TermsPanel terms={terms} lang="nl" onJump={vi.fn()} />);
    const shown = items().map((li) => li.querySelector('h3')!.textContent!);
    expect(shown).toHaveLength(terms.length);
    const counts = shown.map((name) => terms.find((x) => x.term === name)!.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...terms.map((x) => x.count)));
  });

  it('shows glossary terms without the badge or the "Waar uitgelegd" button', async () => {
    await show(<TermsPanel terms={terms} lang="nl" onJump={vi.fn()} />);
    const azc = itemOf('azc');
    expect(azc?.textContent).toContain('asielzoekerscentrum');
    expect(azc?.textContent).not.toContain('uitgelegd in dit debat');
    expect(buttonIn(azc, 'Waar uitgelegd')).toBeUndefined();
    expect(azc?.textContent).toContain("Ook als: azc's");
  });

  it('a glossary meaning the debate seemed to contradict offers "Zo gebruikt in dit debat", which jumps there', async () => {
    const onJump = vi.fn();
    const used: DocumentTerm = {
      ...hostile,
      term: 'ETS',
      variants: ['ETS'],
      meaning: { expansion: 'EU Emissions Trading System', explanation: 'Emissiehandel.', source: 'glossary', usedAt: { turnIndex: 3, start: 120, end: 180 } },
    };
    await show(<TermsPanel terms={[used]} lang="nl" onJump={onJump} />);
    const li = itemOf('ETS');
    expect(li?.textContent).not.toContain('uitgelegd in dit debat');
    await click(buttonIn(li, 'Zo gebruikt in dit debat'));
    expect(onJump).toHaveBeenCalledWith(3, 120);
  });

  it('filters by term, variant and expansion, ignoring case and accents', async () => {
    await show(<TermsPanel terms={terms} lang="nl" onJump={vi.fn()} />);
    expect(container.querySelector('label')?.textContent).toBe('Zoek begrip');
    await type('VTL');
    expect(items().map((li) => li.querySelector('h3')!.textContent)).toEqual(['vtl']);
    expect(container.querySelector('[role="status"]')?.textContent).toBe(`1 van ${terms.length} begrippen`);
    await type('verscherpttoezicht');
    expect(items().map((li) => li.querySelector('h3')!.textContent)).toEqual(['vtl']);
    await type('xyzzy');
    expect(items()).toHaveLength(0);
    expect(container.textContent).toContain('Geen begrip gevonden voor ‘xyzzy’.');
    await type('');
    expect(items()).toHaveLength(terms.length);
  });

  it('walks through the occurrences with a per-term cursor that wraps', async () => {
    const onJump = vi.fn();
    const eu = terms.find((x) => x.term === 'EU')!;
    await show(<TermsPanel terms={terms} lang="nl" onJump={onJump} />);
    const li = () => itemOf('EU');
    await click(buttonIn(li(), `Volgende vindplaats (1/${eu.count})`));
    expect(onJump).toHaveBeenLastCalledWith(eu.occurrences[0]!.turnIndex, eu.occurrences[0]!.start);
    await click(buttonIn(li(), `Volgende vindplaats (2/${eu.count})`));
    expect(onJump).toHaveBeenLastCalledWith(eu.occurrences[1]!.turnIndex, eu.occurrences[1]!.start);
    // Another term's cursor is its own.
    expect(buttonIn(itemOf('EVRM'), /^Volgende vindplaats \(1\//)).toBeDefined();
    await click(buttonIn(li(), 'Eerste vindplaats'));
    expect(onJump).toHaveBeenLastCalledWith(eu.occurrences[0]!.turnIndex, eu.occurrences[0]!.start);
    expect(buttonIn(li(), `Volgende vindplaats (2/${eu.count})`)).toBeDefined();
    // Past the last it goes round to the first.
    const two = terms.find((x) => x.count === 2)!;
    await click(buttonIn(itemOf(two.term), 'Eerste vindplaats'));
    await click(buttonIn(itemOf(two.term), 'Volgende vindplaats (2/2)'));
    expect(buttonIn(itemOf(two.term), 'Volgende vindplaats (1/2)')).toBeDefined();
  });

  it('speaks English with lang en', async () => {
    await show(<TermsPanel terms={terms} lang="en" onJump={vi.fn()} />);
    expect(container.querySelector('label')?.textContent).toBe('Search terms');
    const li = itemOf('vtl');
    expect(li?.textContent).toContain('explained in this debate');
    expect(li?.textContent).toContain(vtl.meaning.explanationEn!);
    expect(buttonIn(li, 'Where explained')).toBeDefined();
    expect(buttonIn(li, 'First occurrence')).toBeDefined();
  });

  it('renders hostile text as text', async () => {
    await show(<TermsPanel terms={[hostile]} lang="nl" onJump={vi.fn()} />);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('says so when there are no terms', async () => {
    await show(<TermsPanel terms={[]} lang="nl" onJump={vi.fn()} />);
    expect(container.textContent).toBe('Geen begrippen gevonden in dit verslag.');
  });
});

describe('TermTooltip', () => {
  const viewport = { width: 1200, height: 800 };

  it('is a tooltip with the term in bold, its expansion, explanation and the debate note', async () => {
    await show(<TermTooltip id="kl-tip" term={vtl} anchor={{ top: 100, left: 50, bottom: 120, right: 80 }} viewport={viewport} lang="nl" />);
    const tip = container.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tip.id).toBe('kl-tip');
    expect(tip.querySelector('strong')?.textContent).toBe('vtl');
    expect(tip.textContent).toContain('verscherpttoezichtlocatie');
    expect(tip.textContent).toContain(vtl.meaning.explanation);
    expect(tip.textContent).toContain('Uitgelegd in dit debat');
    // Not focusable: nothing in it takes focus.
    expect(tip.hasAttribute('tabindex')).toBe(false);
    expect(tip.querySelector('button, a, [tabindex]')).toBeNull();
    expect(tip.style.position).toBe('fixed');
    expect(tip.style.top).toBe('126px');
    expect(tip.style.left).toBe('50px');
  });

  it('uses the English explanation with lang en', async () => {
    await show(<TermTooltip id="kl-tip" term={vtl} anchor={{ top: 100, left: 50, bottom: 120, right: 80 }} viewport={viewport} lang="en" />);
    const tip = container.querySelector('[role="tooltip"]')!;
    expect(tip.textContent).toContain(vtl.meaning.explanationEn!);
    expect(tip.textContent).toContain('Explained in this debate');
  });

  it('goes above the mark near the bottom of the viewport, and stays inside it sideways', () => {
    const below = tooltipPosition({ top: 100, left: 1100, bottom: 120, right: 1130 }, viewport);
    expect(below).toMatchObject({ top: '126px', left: '872px', maxWidth: '320px' });
    const above = tooltipPosition({ top: 760, left: 20, bottom: 780, right: 60 }, viewport);
    expect(above.top).toBeUndefined();
    expect(above).toMatchObject({ bottom: '46px', maxHeight: '746px' });
    const narrow = tooltipPosition({ top: 100, left: 200, bottom: 120, right: 260 }, { width: 320, height: 600 });
    expect(narrow).toMatchObject({ left: '8px', maxWidth: '304px' });
  });

  it('renders hostile text as text', async () => {
    await show(<TermTooltip id="kl-tip" term={hostile} anchor={{ top: 0, left: 0, bottom: 10, right: 10 }} viewport={viewport} lang="nl" />);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x>');
  });
});
