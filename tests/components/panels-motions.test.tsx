import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { motionCitation } from '../../components/motions/citation';
import { MotionsPanel } from '../../components/motions/MotionsPanel';
import { motionMarks } from '../../components/overlay-app/features/motions';
import { analyzeMotions } from '../../lib/motions';
import { buildOverlayData } from '../../lib/overlay-data';
import { openTranscriptFile } from '../../lib/reader/open-file';
import { withContainer } from '../helpers/preact';

/** The Moties panel on the real Handelingen XML (VAO with six motions and the state secretary's judgements). */
const file = 'h-tk-20172018-61-10.xml';
const opened = await openTranscriptFile(
  { name: file, bytes: new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/real', file))) },
  { pdfjs: () => Promise.reject(new Error('no pdf here')), parseHtml: () => document },
);
if (!opened.ok) throw new Error(opened.message);
const transcript = opened.transcript;
const motions = analyzeMotions(transcript);
const speakers = buildOverlayData(transcript).speakers;

let container: HTMLDivElement;
withContainer((el) => (container = el));
async function show(node: ComponentChild) {
  await act(() => {
    render(node, container);
  });
}
const items = () => [...container.querySelectorAll('li.item')] as HTMLElement[];
const button = (item: HTMLElement, label: RegExp) => [...item.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '')) as HTMLButtonElement;

describe('Moties panel', () => {
  it('lists every motion per party of its first submitter, request first, with its judgement', async () => {
    await show(<MotionsPanel motions={motions} speakers={speakers} lang="nl" onJump={() => {}} onCopy={() => {}} />);
    expect(container.querySelector('.panel-count')?.textContent).toBe('6 moties');
    const groups = [...container.querySelectorAll('section.motion-group h3')].map((h) => h.textContent);
    expect(groups).toEqual([...groups].sort((a, b) => a!.localeCompare(b!, 'nl')));
    expect(groups.length).toBeGreaterThan(1);
    expect(items()).toHaveLength(6);
    const first = items().find((li) => li.querySelector('h4')?.textContent === 'Motie nr. 199')!;
    // The request comes before the facts and the considerations.
    expect(first.querySelector('.item-head + .motion-request')?.textContent).toMatch(/^verzoekt de regering/u);
    expect(first.querySelector('.badge')?.textContent).toBe('oordeel Kamer');
    expect(first.textContent).toContain('Wörsdörfer');
    expect(first.querySelector('details summary')?.textContent).toMatch(/^Overweging/u);
    // No reading list: no save button.
    expect(button(first, /leeslijst/u)).toBeUndefined();
  });

  it('jumps to the motion and to the judgement, saves and copies with what it is given', async () => {
    const onJump = vi.fn();
    const onSave = vi.fn();
    const onCopy = vi.fn();
    await show(<MotionsPanel motions={motions} speakers={speakers} lang="nl" onJump={onJump} onSave={onSave} onCopy={onCopy} />);
    const m = motions.find((x) => x.number === '200')!;
    const li = items().find((x) => x.querySelector('h4')?.textContent === 'Motie nr. 200')!;
    await act(() => button(li, /^Naar de motie/u).click());
    expect(onJump).toHaveBeenLastCalledWith(m.turnIndex, m.start);
    await act(() => button(li, /^Naar het oordeel/u).click());
    expect(onJump).toHaveBeenLastCalledWith(m.judgement!.turnIndex, m.judgement!.start);
    await act(() => button(li, /leeslijst/u).click());
    expect(onSave.mock.calls[0]![0]).toBe(m);
    await act(() => button(li, /citaat/u).click());
    expect(onCopy).toHaveBeenCalledWith(m);
  });

  it('filters by judgement, and speaks English', async () => {
    await show(<MotionsPanel motions={motions} speakers={speakers} lang="en" onJump={() => {}} onCopy={() => {}} />);
    const select = container.querySelector('select')!;
    await act(() => {
      select.value = 'ontraden';
      select.dispatchEvent(new Event('change'));
    });
    expect(items().map((li) => li.querySelector('.badge')?.textContent)).toEqual(items().map(() => 'advised against'));
    expect(items().length).toBe(motions.filter((m) => m.judgement?.verdict === 'ontraden').length);
    expect(container.textContent).toContain('Motion no.');
  });

  it('marks each motion paragraph by paragraph (the page marker wraps text within one paragraph)', () => {
    const marks = motionMarks(transcript.text, motions);
    for (const m of marks) expect(transcript.text.slice(m.start, m.end)).not.toContain('\n');
    const covered = marks.reduce((n, m) => n + m.end - m.start, 0);
    const motionText = motions.reduce((n, m) => n + transcript.text.slice(m.start, m.end).replace(/\n/gu, '').length, 0);
    expect(covered).toBe(motionText);
    expect(marks.some((m) => transcript.text.slice(m.start, m.end).startsWith('verzoekt'))).toBe(true);
  });

  it('says so when the debate has no motions', async () => {
    await show(<MotionsPanel motions={[]} speakers={speakers} lang="nl" onJump={() => {}} onCopy={() => {}} />);
    expect(container.textContent).toBe('In dit verslag zijn geen moties ingediend.');
  });

  it('cites a motion with number, dossier, submitters, request, judgement, debate, date and link', () => {
    const m = motions.find((x) => x.number === '199')!;
    const text = motionCitation(m, { submitterNames: ['Wörsdörfer (VVD)', 'Bruins', 'Amhaouch (CDA)'], debateTitle: 'VAO Ondernemen', date: '2018-03-08', link: 'https://example.org/#kl-turn-2' });
    expect(text).toMatch(/^Motie nr\. 199 \(Kamerstuk \d+\) van Wörsdörfer \(VVD\), Bruins, Amhaouch \(CDA\): «verzoekt de regering [^«»]+» \(oordeel: oordeel Kamer\) — VAO Ondernemen, donderdag 8 maart 2018, https:\/\/example\.org\/#kl-turn-2$/u);
    expect(text).not.toMatch(/\n/u);
  });
});
