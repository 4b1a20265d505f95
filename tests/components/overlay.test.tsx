import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../components/overlay/Overlay';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import { buildOverlayData, withPhases } from '../../lib/overlay-data';
import { phasesOf } from '../../lib/overlay/phases';
import { defaultSettings } from '../../lib/settings';
import { parseText } from '../../lib/transcript/parse';
import { withContainer } from '../helpers/preact';

const parsed = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const transcript = parsed.transcript;
// With the terms of the debate, as the overlay has them once the background's analyses are in.
const data = withPhases(buildOverlayData(transcript), transcript, phasesOf(transcript));

let container: HTMLDivElement;
withContainer((el) => (container = el));

function props(over: Partial<OverlayProps> = {}): OverlayProps {
  return {
    data,
    lang: 'nl',
    settings: defaultSettings(),
    currentTurn: null,
    selectedSpeaker: null,
    foldedTo: null,
    collapsed: false,
    helpOpen: false,
    onToggleCollapsed: vi.fn(),
    onSelectSpeaker: vi.fn(),
    onNext: vi.fn(),
    onPrev: vi.fn(),
    onJump: vi.fn(),
    onFoldOthers: vi.fn(),
    onCopyLink: vi.fn(),
    onToggleHelp: vi.fn(),
    ...over,
  };
}

async function show(p: OverlayProps) {
  await act(() => {
    render(<Overlay {...p} />, container);
  });
}

const $ = (sel: string) => container.querySelector(sel) as HTMLElement | null;
const $$ = (sel: string) => [...container.querySelectorAll(sel)] as HTMLElement[];
const byText = (sel: string, text: string | RegExp) =>
  $$(sel).find((el) => (typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? '')));
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('no element to click');
  await act(() => {
    el.click();
  });
}
async function key(el: HTMLElement, k: string) {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}

describe('Overlay: speakers', () => {
  it('lists the 9 speakers in a navigation landmark named Sprekers', async () => {
    await show(props());
    const nav = $('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Sprekers');
    const speakers = $$('nav .speaker');
    expect(speakers).toHaveLength(9);
    expect(speakers[0]!.textContent).toContain('Boomsma (JA21)');
    expect(speakers[0]!.textContent).toContain('44 beurten (41 als voorzitter)');
    expect(speakers.some((b) => b.textContent?.includes('Van den Brink, minister van Asiel en Migratie'))).toBe(true);
    expect(speakers.every((b) => b.tagName === 'BUTTON')).toBe(true);
  });

  it('adds interruptions and questions per speaker once the questions analysis is in', async () => {
    const { analyzeQuestions } = await import('../../lib/questions');
    if (!parsed.ok) throw new Error('seed');
    const stats = new Map(analyzeQuestions(parsed.transcript).stats.map((x) => [x.speakerId, x]));
    await show(props({ stats }));
    const kroger = byText('nav .speaker', 'Kröger')!;
    const k = stats.get('kroger')!;
    expect(k.interruptionsMade).toBeGreaterThan(0);
    expect(kroger.textContent).toContain(`interrupties: ${k.interruptionsMade} gepleegd, ${k.interruptionsReceived} gekregen`);
    expect(kroger.textContent).toContain(`vragen: ${k.questionsAsked} gesteld, ${k.questionsAnswered} beantwoord`);
  });

  it('calls onSelectSpeaker with the id of the speaker clicked', async () => {
    const p = props();
    await show(p);
    await click(byText('nav .speaker', 'Kröger'));
    expect(p.onSelectSpeaker).toHaveBeenCalledWith('kroger');
  });

  it('offers prev/next for anyone and for the chosen speaker, folding and copying a link', async () => {
    const p = props({ selectedSpeaker: 'kroger', currentTurn: 11 });
    await show(p);
    expect(byText('nav .speaker', 'Kröger')!.getAttribute('aria-pressed')).toBe('true');
    await click(byText('button', 'Volgende beurt van Kröger'));
    expect(p.onNext).toHaveBeenCalledWith('kroger');
    await click(byText('button', 'Vorige beurt van Kröger'));
    expect(p.onPrev).toHaveBeenCalledWith('kroger');
    await click(byText('button', /^Volgende beurt$/));
    expect(p.onNext).toHaveBeenLastCalledWith(null);
    const fold = byText('label', 'Alleen deze spreker tonen')!.querySelector('input')!;
    expect(fold.checked).toBe(false);
    await click(fold);
    expect(p.onFoldOthers).toHaveBeenCalledWith('kroger');
    await click(byText('button', 'Kopieer link naar deze beurt'));
    expect(p.onCopyLink).toHaveBeenCalledWith(11);
  });

  it('keeps the chosen-speaker controls in place, disabled, until a speaker is chosen', async () => {
    await show(props());
    expect(byText('button', 'Volgende beurt van de gekozen spreker')!.hasAttribute('disabled')).toBe(true);
    expect(byText('label', 'Alleen deze spreker tonen')!.querySelector('input')!.disabled).toBe(true);
    expect(byText('button', 'Kopieer link naar deze beurt')!.hasAttribute('disabled')).toBe(true);
  });

  it('unfolds when the box is cleared', async () => {
    const p = props({ selectedSpeaker: 'kroger', foldedTo: 'kroger' });
    await show(p);
    const fold = byText('label', 'Alleen deze spreker tonen')!.querySelector('input')!;
    expect(fold.checked).toBe(true);
    await click(fold);
    expect(p.onFoldOthers).toHaveBeenCalledWith(null);
  });

  it('announces the current turn politely', async () => {
    await show(props());
    const live = $('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    const kroger = data.speakers.find((s) => s.id === 'kroger')!.turns[0]!;
    await show(props({ currentTurn: kroger }));
    expect(live.textContent).toBe(`Beurt ${kroger + 1} van 126: Kröger (GroenLinks-PvdA)`);
    await show(props({ currentTurn: 0 }));
    expect(live.textContent).toBe('Beurt 1 van 126: Boomsma (JA21), als voorzitter');
  });
});

describe('Overlay: outline and header', () => {
  it('warns that a Concept must not be quoted verbatim', async () => {
    await show(props());
    expect($('.head .warning')?.textContent).toContain('Concept: niet letterlijk citeren');
    const final = buildOverlayData({ ...transcript, meta: { ...transcript.meta, status: 'Gecorrigeerd' } });
    await show(props({ data: final }));
    expect($('.warning')).toBeNull();
  });

  it('lists the outline as jumps', async () => {
    const p = props({ currentTurn: 30 });
    await show(p);
    await click(byText('[role="tab"]', 'Overzicht'));
    expect($('[role="tabpanel"]')!.textContent).toContain('dinsdag 3 maart 2026');
    await click(byText('.outline-item', 'Schorsing 17:37–18:15'));
    expect(p.onJump).toHaveBeenCalledWith(24);
    // The reader is in the minister's first term.
    expect($('.outline-item[aria-current="location"]')!.textContent).toBe('Eerste termijn van de regering');
    await click(byText('.outline-item', 'Toezeggingen'));
    expect(p.onJump).toHaveBeenLastCalledWith(125);
  });
});

describe('Overlay: tabs', () => {
  it('is a tablist with arrow keys, and takes extra panels', async () => {
    const extra = { id: 'terms', label: 'Begrippen', render: () => <p class="terms-body">termen</p> };
    await show(props({ extraPanels: [extra] }));
    const tabs = $$('[role="tab"]');
    expect(tabs.map((x) => x.textContent)).toEqual(['Sprekers', 'Overzicht', 'Begrippen']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs.map((x) => x.tabIndex)).toEqual([0, -1, -1]);
    await key(tabs[0]!, 'ArrowLeft');
    expect($('[role="tab"][aria-selected="true"]')!.textContent).toBe('Begrippen');
    expect($('[role="tabpanel"] .terms-body')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('Begrippen');
    await key(tabs[2]!, 'Home');
    expect($('[role="tab"][aria-selected="true"]')!.textContent).toBe('Sprekers');
    expect($('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
  });

  it('hides features switched off in the settings', async () => {
    const settings = defaultSettings();
    settings.features.speakers = false;
    settings.features.terms = false;
    const extra = { id: 'terms', label: 'Begrippen', render: () => <p>termen</p> };
    await show(props({ settings, extraPanels: [extra] }));
    expect($$('[role="tab"]').map((x) => x.textContent)).toEqual(['Overzicht']);
    expect($('nav')).toBeNull();
  });
});

describe('Overlay: collapsed, help, language', () => {
  it('shows only the tab when collapsed', async () => {
    const p = props({ collapsed: true });
    await show(p);
    const buttons = $$('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.textContent).toBe('Kamerlezer');
    expect(buttons[0]!.getAttribute('aria-expanded')).toBe('false');
    expect($('.panel')).toBeNull();
    await click(buttons[0]);
    expect(p.onToggleCollapsed).toHaveBeenCalled();
  });

  it('moves focus between the tab and the collapse button', async () => {
    const p = props({ collapsed: true });
    await show(p);
    $('.tab')!.focus();
    await show({ ...p, collapsed: false });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Kamerlezer inklappen');
    await show({ ...p, collapsed: true });
    expect(document.activeElement).toBe($('.tab'));
  });

  it('opens the help sheet and closes it with Escape', async () => {
    const p = props();
    await show(p);
    await click($('button[aria-label="Sneltoetsen tonen"]'));
    expect(p.onToggleHelp).toHaveBeenCalledWith(true);
    await show({ ...p, helpOpen: true });
    const dialog = $('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('kl-ov-help-title');
    expect($('#kl-ov-help-title')!.textContent).toBe('Sneltoetsen');
    expect(dialog.textContent).toContain('Volgende beurt van dezelfde spreker');
    expect($$('[role="dialog"] kbd').map((k) => k.textContent)).toEqual(['j', 'k', 'n', 'p', 'o', '?', 's']);
    expect($('[role="dialog"]')!.textContent).toContain('Selectie bewaren in de leeslijst');
    expect(document.activeElement).toBe(dialog);
    await key(dialog, 'Escape');
    expect(p.onToggleHelp).toHaveBeenLastCalledWith(false);
    await show({ ...p, helpOpen: false });
    expect($('[role="dialog"]')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sneltoetsen tonen');
  });

  it('speaks English when asked', async () => {
    const en = buildOverlayData(transcript, 'en');
    await show(props({ lang: 'en', data: en, currentTurn: 0 }));
    expect($$('[role="tab"]').map((x) => x.textContent)).toEqual(['Speakers', 'Outline']);
    expect($('nav')!.getAttribute('aria-label')).toBe('Speakers');
    expect($('nav .speaker')!.textContent).toContain('44 turns (41 as chair)');
    expect($('.warning')!.textContent).toContain('Concept: do not quote verbatim');
    expect($('[aria-live="polite"]')!.textContent).toBe('Turn 1 of 126: Boomsma (JA21), as chair');
    expect($('.root')!.getAttribute('lang')).toBe('en');
  });

  it('gives every button an accessible name', async () => {
    await show(props({ selectedSpeaker: 'kroger', helpOpen: true }));
    for (const b of $$('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
  });
});

describe('overlay styles', () => {
  it('reset the host, follow dark mode, show focus, respect reduced motion and fit 320 px', () => {
    expect(OVERLAY_CSS).toContain(':host');
    expect(OVERLAY_CSS).toMatch(/all:\s*initial/);
    expect(OVERLAY_CSS).toContain('prefers-color-scheme: dark');
    expect(OVERLAY_CSS).toContain(':focus-visible');
    expect(OVERLAY_CSS).toContain('prefers-reduced-motion: no-preference');
    expect(OVERLAY_CSS).toContain('max-width: 100vw');
  });
});
