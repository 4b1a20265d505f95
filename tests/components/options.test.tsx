import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../components/options/OptionsForm';
import { defaultSettings, type Settings } from '../../lib/settings';
import { withContainer } from '../helpers/preact';

let container: HTMLDivElement;
withContainer((el) => (container = el));

async function show(settings: Settings, status: 'saved' | 'error' | null = null) {
  const onChange = vi.fn<(s: Settings) => void>();
  await act(() => {
    render(<OptionsForm settings={settings} onChange={onChange} status={status} />, container);
  });
  return onChange;
}
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => container.querySelector(sel) as T;
const labelled = (text: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label ${text}`);
  return (label.htmlFor ? container.querySelector(`#${label.htmlFor}`) : label.querySelector('input')) as HTMLInputElement;
};
async function press(el: HTMLElement, key: string, more: KeyboardEventInit = {}) {
  let ev!: KeyboardEvent;
  await act(() => {
    ev = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...more });
    el.dispatchEvent(ev);
  });
  return ev;
}

describe('OptionsForm', () => {
  it('switches each feature on or off', async () => {
    const onChange = await show(defaultSettings());
    for (const name of ['Sprekers', 'Overzicht', 'Begrippen', 'Toezeggingen', 'Vragen', 'Leeslijst']) {
      expect(labelled(name).checked).toBe(true);
    }
    await act(() => labelled('Begrippen').click());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].features).toMatchObject({ terms: false, speakers: true });
  });

  it('chooses the language', async () => {
    const onChange = await show(defaultSettings());
    const select = labelled('Taal') as unknown as HTMLSelectElement;
    expect(select.value).toBe('nl');
    await act(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange.mock.calls[0]![0].language).toBe('en');
  });

  it('speaks English when set to English', async () => {
    await show({ ...defaultSettings(), language: 'en' }, 'saved');
    expect($('h1').textContent).toBe('Kamerlezer – settings');
    expect(labelled('Reading list').checked).toBe(true);
    expect($('[role="status"]').textContent).toBe('Saved.');
  });

  it('records a shortcut from the key pressed and leaves Tab alone', async () => {
    const onChange = await show(defaultSettings());
    const input = labelled('Volgende beurt');
    expect(input.value).toBe('j');
    const tab = await press(input, 'Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
    const ctrl = await press(input, 'x', { ctrlKey: true });
    expect(ctrl.defaultPrevented).toBe(false);
    const ev = await press(input, 'l');
    expect(ev.defaultPrevented).toBe(true);
    expect(onChange.mock.calls[0]![0].shortcuts).toMatchObject({ nextTurn: 'l', prevTurn: 'k' });
  });

  it('refuses a key already used and says for what', async () => {
    const onChange = await show(defaultSettings());
    const input = labelled('Volgende beurt');
    await press(input, 'k');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = container.querySelector(`#${input.id}-error`);
    expect(error?.textContent).toBe('Deze toets is al in gebruik voor: Vorige beurt');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
  });

  it('restores the defaults but keeps the collapsed state', async () => {
    const custom = { ...defaultSettings(), language: 'en' as const, collapsed: true };
    custom.features.outline = false;
    const onChange = await show(custom);
    const reset = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Restore defaults')!;
    await act(() => reset.click());
    expect(onChange.mock.calls[0]![0]).toEqual({ ...defaultSettings(), collapsed: true });
  });
});

describe('the options page: the save shortcut', () => {
  it('lists the page\'s own save key with the others, and shows the browser\'s command and how to change it', async () => {
    const onChange = vi.fn();
    const change = vi.fn();
    await act(() => {
      render(<OptionsForm settings={defaultSettings()} onChange={onChange} browserCommand={{ keys: 'Alt+Shift+S', onChange: change }} />, container);
    });
    const save = container.querySelector('#kl-opt-key-saveSelection') as HTMLInputElement;
    expect(save.value).toBe('s');
    expect(container.querySelector('label[for="kl-opt-key-saveSelection"]')!.textContent).toBe('Selectie bewaren in de leeslijst');
    expect(container.querySelector('.browser-command')!.textContent).toContain('Ook met de sneltoets van de browser: Alt+Shift+S.');
    await act(() => (container.querySelector('.browser-command button') as HTMLButtonElement).click());
    expect(change).toHaveBeenCalledOnce();
    await act(() => {
      render(<OptionsForm settings={{ ...defaultSettings(), language: 'en' }} onChange={onChange} browserCommand={{ keys: null, onChange: change }} />, container);
    });
    expect(container.querySelector('.browser-command')!.textContent).toContain('The browser has no shortcut set for saving.');
  });
});
