import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT, PAGE_SIZE, ReadingList, type ReadingListProps } from '../../components/reading-list/ReadingList';
import type { Passage } from '../../lib/reading-list/schema';
import { passage, passages } from '../reading-list/fixtures';

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

function handlers(over: Partial<ReadingListProps> = {}) {
  return {
    onOpen: vi.fn(),
    onUpdate: vi.fn(async () => null as string | null),
    onDelete: vi.fn(async (id: string) => SAMPLE.find((p) => p.id === id) ?? null),
    onRestore: vi.fn(async () => undefined),
    onImport: vi.fn(async () => ({ ok: true as const, added: 1, merged: 0 })),
    onExport: vi.fn(),
    ...over,
  };
}
const SAMPLE: Passage[] = [
  { ...passage(0), note: 'Vraag over Dublin', tags: ['asiel'] },
  passage(1),
  passage(2),
  passage(3),
  { ...passage(4), tags: ['motie'] },
].reverse(); // newest first, as the background sends them

async function show(props: Partial<ReadingListProps> = {}) {
  const h = handlers(props);
  await act(() => {
    render(<ReadingList passages={SAMPLE} {...h} {...props} />, container);
  });
  return h;
}
const nextFrame = () => act(() => new Promise((r) => setTimeout(r, 40)));
const all = (sel: string) => [...container.querySelectorAll(sel)] as HTMLElement[];
const button = (text: string) => {
  const b = all('button').find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button ${text}`);
  return b as HTMLButtonElement;
};
async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const search = () => container.querySelector('input[type="search"]') as HTMLInputElement;
const selectLabelled = (text: string) =>
  all('label').find((l) => l.firstChild?.textContent === text)!.querySelector('select') as HTMLSelectElement;

describe('ReadingList', () => {
  it('shows the passages grouped by debate, the newest debate first', async () => {
    await show();
    expect(all('h2').map((h) => h.textContent)).toEqual(['Klimaat en Energie', 'JBZ-Raad d.d. 5-6 maart 2026', 'Stemmingen']);
    expect(all('.kl-passage')).toHaveLength(5);
    expect(container.textContent).toContain('5 passages');
    expect(container.textContent).toContain('Commissiedebat · Asiel en Migratie, Europese Zaken · 3 maart 2026 · Concept');
    expect(container.textContent).toContain('Van den Brink (minister)');
    expect(container.querySelector('main')!.getAttribute('lang')).toBe('nl');
  });

  it('has a labelled search box that filters as you type, and filters by speaker, party and tag', async () => {
    await show();
    await act(() => new Promise((r) => setTimeout(r, 5))); // filter options arrive after the first paint
    const box = search();
    expect(box.closest('label')!.textContent).toContain('Zoeken');
    await type(box, 'dublin');
    expect(all('.kl-passage')).toHaveLength(1);
    expect(container.textContent).toContain('1 passage / 5');
    await type(box, 'kroger');
    expect(all('.kl-passage')).toHaveLength(2);
    await type(box, 'geen-treffer-xyz');
    expect(container.textContent).toContain('Geen passages gevonden.');
    await type(box, '');
    await choose(selectLabelled('Spreker'), 'Vondeling');
    expect(all('.kl-passage')).toHaveLength(1);
    await choose(selectLabelled('Spreker'), '');
    await choose(selectLabelled('Partij'), 'GroenLinks-PvdA');
    expect(all('.kl-passage')).toHaveLength(2);
    await choose(selectLabelled('Partij'), '');
    await choose(selectLabelled('Tag'), 'motie');
    expect(all('.kl-passage')).toHaveLength(1);
  });

  it('deletes with an undo toast (role status) that restores the passage', async () => {
    const h = await show();
    const first = all('.kl-passage')[0]!;
    const id = SAMPLE.find((p) => first.textContent!.includes(p.exact))!.id;
    await act(async () => {
      [...first.querySelectorAll('button')].find((b) => b.textContent === 'Verwijderen')!.click();
    });
    expect(h.onDelete).toHaveBeenCalledWith(id);
    const toast = container.querySelector('[role="status"].kl-toast')!;
    expect(toast.textContent).toContain('Passage verwijderd.');
    const undo = button('Ongedaan maken');
    expect(document.activeElement).toBe(undo);
    await act(async () => undo.click());
    expect(h.onRestore).toHaveBeenCalledWith(expect.objectContaining({ id }));
    expect(toast.textContent).toContain('Passage teruggezet.');
  });

  it('edits note and tags', async () => {
    const h = await show();
    const item = all('.kl-passage')[0]!;
    await act(() => [...item.querySelectorAll('button')].find((b) => b.textContent === 'Notitie en tags')!.click());
    await type(item.querySelector('textarea')!, 'Later nakijken');
    await type(item.querySelector('input[type="text"]') as HTMLInputElement, 'motie, , toezegging ');
    await act(async () => {
      item.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(h.onUpdate).toHaveBeenCalledWith(SAMPLE[0]!.id, { note: 'Later nakijken', tags: ['motie', 'toezegging'] });
    expect(item.querySelector('form')).toBeNull();
  });

  it('opens a passage, exports the shown list, and reports an import error as an alert', async () => {
    const h = await show({ onImport: vi.fn(async () => ({ ok: false as const, message: 'Fout in passages[3].debate.date (regel 80): Invalid' })) });
    await act(() => button('Openen').click());
    expect(h.onOpen).toHaveBeenCalledWith(SAMPLE[0]!.id);
    await type(search(), 'dublin');
    await act(() => button('↓ Markdown').click());
    expect(h.onExport).toHaveBeenCalledWith('markdown', [SAMPLE.find((p) => p.note)]);
    const file = container.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { value: [new File(['{}'], 'lijst.json', { type: 'application/json' })] });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(h.onImport).toHaveBeenCalledWith('{}');
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Importeren mislukt: Fout in passages[3].debate.date (regel 80): Invalid');
  });

  it('shows the first screen while the rest of the list is loading', async () => {
    const many = passages(200).reverse();
    await show({ passages: many.slice(0, PAGE_SIZE), total: 10_000, complete: false });
    // What fits without scrolling first; the rest of the screenful in the next frame.
    expect(all('.kl-passage')).toHaveLength(FIRST_PAINT);
    expect(container.querySelector('.kl-more')).toBeNull();
    await nextFrame();
    expect(all('.kl-passage')).toHaveLength(PAGE_SIZE);
    expect(container.querySelector('.kl-head')!.textContent).toContain('10.000 passages');
    expect(container.textContent).toContain('50 van 10.000 getoond');
    button('Meer tonen');
    // An export now would hold only the first screen: it waits for the whole list.
    const exports = all('.kl-io button') as HTMLButtonElement[];
    expect(exports.map((b) => b.disabled)).toEqual([true, true]);
    expect(container.querySelector('.kl-io')!.textContent).toContain('de rest wordt nog geladen');
    await type(search(), 'passage 19');
    expect(container.querySelector('.kl-head')!.textContent).toContain('de rest wordt nog geladen');
  });

  it('exports the filtered list once the whole list is in', async () => {
    const h = await show();
    expect((all('.kl-io button') as HTMLButtonElement[]).every((b) => !b.disabled)).toBe(true);
    await act(() => new Promise((r) => setTimeout(r, 5)));
    await type(search(), 'dublin');
    await act(() => button('↓ JSON').click());
    expect(h.onExport).toHaveBeenCalledWith('json', [SAMPLE.find((p) => p.note === 'Vraag over Dublin')]);
  });

  it('reports quarantined records', async () => {
    await show({ quarantined: 2 });
    expect(container.querySelector('.kl-warning')!.textContent).toContain('2 bewaarde passages konden niet worden gelezen');
  });

  it('with 10,000 passages: only a screenful is rendered, search narrows it, "meer tonen" grows it (speed: npm run bench)', async () => {
    const many = passages(10_000).reverse();
    const h = handlers();
    await act(() => render(<ReadingList passages={many} {...h} />, container));
    await nextFrame();
    expect(all('.kl-passage')).toHaveLength(PAGE_SIZE);
    expect(container.textContent).toContain('10.000 passages');
    await act(() => new Promise((r) => setTimeout(r, 5))); // the index is built after the first paint
    await type(search(), 'passage 1234');
    expect(all('.kl-passage').length).toBeGreaterThan(0);
    expect(all('.kl-passage').length).toBeLessThan(PAGE_SIZE);
    await type(search(), 'asiel');
    expect(all('.kl-passage').length).toBeLessThanOrEqual(PAGE_SIZE);
    await act(() => button('Meer tonen').click());
    expect(all('.kl-passage')).toHaveLength(2 * PAGE_SIZE);
  }, 60_000);
});
