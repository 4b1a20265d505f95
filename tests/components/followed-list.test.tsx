import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowedList, type FollowedListProps } from '../../components/followed/FollowedList';
import type { Followed } from '../../lib/followed/schema';
import { followed } from '../followed/fixtures';

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const NOW = new Date('2026-03-10T10:00:00Z');
function show(items: Followed[], onUpdate: FollowedListProps['onUpdate']) {
  act(() => {
    render(<FollowedList items={items} invalid={0} error={null} lang="nl" now={NOW} onUpdate={onUpdate} onUnfollow={vi.fn()} onOpen={vi.fn()} onExport={vi.fn()} />, container);
  });
}
const box = () => container.querySelector<HTMLInputElement>('input[type=checkbox]')!;
const note = () => container.querySelector<HTMLTextAreaElement>('textarea')!;
function type(text: string) {
  act(() => {
    note().value = text;
    note().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the popup list of followed commitments', () => {
  it('keeps a note being typed when the reply to an earlier change arrives, and saves it with that change', () => {
    const onUpdate = vi.fn();
    const item = followed();
    show([item], onUpdate);
    act(() => box().click());
    expect(onUpdate).toHaveBeenLastCalledWith(item.id, { done: true, note: '' });
    type('Brief ontvangen.');
    // The background's reply to the check arrives while the reader types.
    show([{ ...item, done: true }], onUpdate);
    expect(note().value).toBe('Brief ontvangen.');
    act(() => {
      note().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onUpdate).toHaveBeenLastCalledWith(item.id, { done: true, note: 'Brief ontvangen.' });
  });

  it('sends a typed note with a check made before the note was saved', () => {
    const onUpdate = vi.fn();
    const item = followed();
    show([item], onUpdate);
    type('Antwoord volgt.');
    act(() => box().click());
    expect(onUpdate).toHaveBeenLastCalledWith(item.id, { done: true, note: 'Antwoord volgt.' });
  });

  it('after typing a note back to what it was and leaving the field, a note changed elsewhere is shown', () => {
    const item = followed();
    show([item], vi.fn());
    type('Bijna…');
    type('');
    act(() => {
      note().dispatchEvent(new Event('blur'));
    });
    show([{ ...item, note: 'Uit een ander venster.' }], vi.fn());
    expect(note().value).toBe('Uit een ander venster.');
  });

  it('shows a note changed elsewhere when the reader is not editing it', () => {
    const item = followed();
    show([item], vi.fn());
    show([{ ...item, note: 'Uit een ander venster.' }], vi.fn());
    expect(note().value).toBe('Uit een ander venster.');
  });
});
