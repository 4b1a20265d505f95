import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { commitmentCitation } from '../../components/commitments/citation';
import { CommitmentsPanel, linksByTurn } from '../../components/commitments/CommitmentsPanel';
import { formatDeadline } from '../../components/commitments/format';
import { findCommitments, type Commitment } from '../../lib/commitments';
import { buildOverlayData } from '../../lib/overlay-data';
import { parseText } from '../../lib/transcript/parse';
import { withContainer } from '../helpers/preact';

const parsed = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const transcript = parsed.transcript;
const commitments = findCommitments(transcript);
const speakers = buildOverlayData(transcript).speakers;
const closing = commitments.filter((c) => c.source === 'closing-list');
const inDebate = commitments.filter((c) => c.source === 'in-debate');

let container: HTMLDivElement;
withContainer((el) => (container = el));

async function show(node: ComponentChild) {
  await act(() => {
    render(node, container);
  });
}
const section = (heading: string) =>
  [...container.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === heading) as HTMLElement | undefined;
const itemsIn = (s: HTMLElement | undefined) => [...(s?.querySelectorAll('li.item') ?? [])] as HTMLElement[];
const buttons = (el: HTMLElement | undefined) => [...(el?.querySelectorAll('button') ?? [])] as HTMLButtonElement[];
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('no element to click');
  await act(() => {
    el.click();
  });
}

const panel = (over: Partial<Parameters<typeof CommitmentsPanel>[0]> = {}) => (
  <CommitmentsPanel commitments={commitments} speakers={speakers} lang="nl" onJump={vi.fn()} onCopy={vi.fn()} {...over} />
);

describe('CommitmentsPanel', () => {
  it('shows the 7 closing items, the "volgende week woensdag" one resolved to 11 maart 2026', async () => {
    await show(panel());
    const items = itemsIn(section('Toegezegd aan het eind'));
    expect(items).toHaveLength(7);
    const wednesday = items.find((li) => li.textContent?.includes('volgende week woensdag'));
    expect(wednesday?.textContent).toContain('volgende week woensdag (woensdag 11 maart 2026)');
    expect(wednesday?.textContent).toContain('Van den Brink, minister van Asiel en Migratie');
    const spring = items.find((li) => li.textContent?.includes('dit voorjaar'));
    expect(spring?.textContent).toContain('dit voorjaar (voorjaar 2026)');
    expect(items.find((li) => li.textContent?.includes('begin april'))?.textContent).toContain('begin april (begin april 2026)');
  });

  it('links each closing item to where it was made, one button per turn, unsure ones marked', async () => {
    const onJump = vi.fn();
    await show(panel({ onJump }));
    const items = itemsIn(section('Toegezegd aan het eind'));
    const first = closing[0]!;
    const links = linksByTurn(first.links);
    const said = buttons(items[0]).filter((b) => b.textContent?.startsWith('Gezegd in beurt'));
    expect(said).toHaveLength(links.length);
    expect(said[0]!.textContent).toBe(`Gezegd in beurt ${links[0]!.turnIndex + 1}${links[0]!.sure ? '' : ' (onzeker)'}`);
    await click(said[0]);
    expect(onJump).toHaveBeenCalledWith(links[0]!.turnIndex, links[0]!.start);
    // A sure link reads without the hedge.
    const sureItem = items[closing.findIndex((c) => c.links.some((l) => l.sure))]!;
    expect(buttons(sureItem).some((b) => /^Gezegd in beurt \d+$/.test(b.textContent ?? ''))).toBe(true);
  });

  it('flags the in-debate commitments the closing list left out, and jumps to their sentence', async () => {
    const onJump = vi.fn();
    await show(panel({ onJump }));
    const s = section('Toezeggingen in het debat');
    const items = itemsIn(s);
    expect(items).toHaveLength(inDebate.length);
    const missing = inDebate.filter((c) => c.inClosingList === false);
    expect(missing.length).toBeGreaterThan(0);
    expect(items.filter((li) => li.textContent?.includes('Niet in de slotlijst'))).toHaveLength(missing.length);
    expect(s?.textContent).toContain(`${missing.length} niet in de slotlijst`);
    const i = inDebate.indexOf(missing[0]!);
    await click(buttons(items[i]).find((b) => b.textContent === `Naar beurt ${missing[0]!.turnIndex! + 1}`));
    expect(onJump).toHaveBeenCalledWith(missing[0]!.turnIndex, missing[0]!.sentence!.start);
  });

  it('copies a commitment through onCopy', async () => {
    const onCopy = vi.fn();
    await show(panel({ onCopy }));
    const items = itemsIn(section('Toegezegd aan het eind'));
    await click(buttons(items[1]).find((b) => b.textContent === 'Kopieer als citaat'));
    expect(onCopy).toHaveBeenCalledWith(closing[1]);
    await click(buttons(itemsIn(section('Toezeggingen in het debat'))[0]).find((b) => b.textContent === 'Kopieer als citaat'));
    expect(onCopy).toHaveBeenLastCalledWith(inDebate[0]);
  });

  it('speaks English with lang en', async () => {
    await show(panel({ lang: 'en' }));
    const items = itemsIn(section('Promised at the end'));
    expect(items).toHaveLength(7);
    expect(items.find((li) => li.textContent?.includes('volgende week woensdag'))?.textContent).toMatch(/Wednesday,? 11 March 2026/);
    expect(section('Commitments during the debate')?.textContent).toContain('Not in the closing list');
    expect(buttons(items[0]).some((b) => b.textContent === 'Copy as quotation')).toBe(true);
  });

  it('without a closing list flags nothing and says there is nothing to compare with', async () => {
    const plenary = inDebate.map((c) => ({ ...c, inClosingList: false }));
    await show(panel({ commitments: plenary }));
    expect(container.textContent).not.toContain('Niet in de slotlijst');
    expect(container.textContent).toContain('De voorzitter heeft aan het eind geen toezeggingen voorgelezen.');
    expect(container.textContent).toContain('Dit verslag heeft geen slotlijst om mee te vergelijken.');
  });

  it('renders hostile text as text', async () => {
    const c: Commitment = { ...inDebate[0]!, text: '<img src=x onerror=alert(1)>', speakerId: 'evil' };
    await show(panel({ commitments: [c], speakers: [{ id: 'evil', display: '<img src=x>' }] }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<img src=x>');
  });
});

describe('formatDeadline', () => {
  const d = (text: string, from: string, to: string) => ({ text, kind: from === to ? ('date' as const) : ('period' as const), from, to });

  it('writes days, months, parts of months, seasons, quarters and ranges in Dutch', () => {
    expect(formatDeadline(d('volgende week woensdag', '2026-03-11', '2026-03-11'), 'nl')).toBe('woensdag 11 maart 2026');
    expect(formatDeadline(d('in april', '2026-04-01', '2026-04-30'), 'nl')).toBe('april 2026');
    expect(formatDeadline(d('eind april', '2026-04-21', '2026-04-30'), 'nl')).toBe('eind april 2026');
    expect(formatDeadline(d('dit voorjaar', '2026-03-03', '2026-06-30'), 'nl')).toBe('voorjaar 2026');
    // Same end as the spring, but not said as a season.
    expect(formatDeadline(d('voor juli', '2026-03-03', '2026-06-30'), 'nl')).toBe('3 maart tot en met 30 juni 2026');
    expect(formatDeadline(d('deze winter', '2026-12-01', '2027-02-28'), 'nl')).toBe('winter 2026/2027');
    expect(formatDeadline(d('in het tweede kwartaal', '2026-04-01', '2026-06-30'), 'nl')).toBe('2e kwartaal 2026');
    expect(formatDeadline(d('voor de kerst', '2026-11-03', '2027-01-05'), 'nl')).toBe('3 november 2026 tot en met 5 januari 2027');
    expect(formatDeadline({ text: 'te zijner tijd', kind: 'none', from: null, to: null }, 'nl')).toBeNull();
  });

  it('writes them in English with lang en', () => {
    expect(formatDeadline(d('begin april', '2026-04-01', '2026-04-10'), 'en')).toBe('early April 2026');
    expect(formatDeadline(d('in het voorjaar', '2026-03-03', '2026-06-30'), 'en')).toBe('spring 2026');
  });
});

describe('commitmentCitation', () => {
  it('quotes the text and names speaker, debate, date and link', () => {
    const c = closing.find((x) => x.deadline.text === 'volgende week woensdag')!;
    const text = commitmentCitation(c, {
      speakerName: 'Van den Brink, minister van Asiel en Migratie',
      debateTitle: transcript.meta.title,
      date: transcript.meta.date,
      link: 'https://www.tweedekamer.nl/x#kl-turn-125',
    });
    expect(text).toBe(
      `«${c.text}» — Van den Brink, minister van Asiel en Migratie, JBZ-Raad d.d. 5-6 maart 2026, dinsdag 3 maart 2026, https://www.tweedekamer.nl/x#kl-turn-125`,
    );
  });

  it('leaves out what is missing and collapses whitespace', () => {
    const c: Commitment = { ...closing[0]!, text: '  Een\n  brief   volgt. ' };
    expect(commitmentCitation(c)).toBe('«Een brief volgt.»');
    expect(commitmentCitation(c, { speakerName: null, debateTitle: 'Debat', date: 'gisteren', lang: 'en' })).toBe('«Een brief volgt.» — Debat, gisteren');
    // en-GB writes "Tuesday, 3 March 2026" or without the comma, by ICU version.
    expect(commitmentCitation(c, { date: '2026-03-03', lang: 'en' })).toMatch(/^«Een brief volgt\.» — Tuesday,? 3 March 2026$/);
  });
});

describe('a commitment that points back', () => {
  it('shows the request it answers, named, above "Dat zeg ik toe."', async () => {
    const c: Commitment = {
      ...inDebate[0]!,
      id: 'd-9-1',
      text: 'Dat zeg ik toe.',
      answers: { turnIndex: 8, text: 'Wil de minister de Kamer informeren?', speakerId: 'kroger' },
    };
    await show(<CommitmentsPanel commitments={[c]} speakers={[{ id: 'kroger', display: 'Kröger (GroenLinks-PvdA)' }]} lang="nl" onJump={() => {}} onCopy={() => {}} />);
    const item = container.querySelector('li.item')!;
    expect(item.querySelector('.commitment-request')?.textContent).toBe('In antwoord op Kröger (GroenLinks-PvdA): «Wil de minister de Kamer informeren?»');
    expect(item.querySelector('.commitment-text')?.textContent).toBe('Dat zeg ik toe.');
  });
});
