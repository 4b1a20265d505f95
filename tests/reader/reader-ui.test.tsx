import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { FIRST_TURNS, TranscriptView, turnHeading } from '../../components/reader/TranscriptView';
import type { OpenDeps } from '../../lib/reader/open-file';
import { openRecentStore } from '../../lib/reader/recent';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';
import { readRepoFile } from '../helpers/dom';
import { withContainer } from '../helpers/preact';

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');
const parsed = parseText(seedText);
if (!parsed.ok) throw new Error(parsed.message);
const seed = parsed.transcript;

let container: HTMLDivElement;
withContainer((el) => (container = el));

const $ = (sel: string) => container.querySelector(sel) as HTMLElement | null;
const $$ = (sel: string) => [...container.querySelectorAll(sel)] as HTMLElement[];

/** A small model with markup where names and speech go: it must come out as text. */
const hostile: Transcript = {
  meta: {
    title: 'Debat <script>alert(1)</script>',
    kind: 'plenary',
    source: 'text',
    committees: [],
    date: '2026-03-03',
    status: 'Ongecorrigeerd',
    opened: '10:15',
    closed: null,
    attendance: [],
    clerk: null,
    complete: false,
  },
  speakers: [
    { id: 'img', name: '<img src=x onerror=alert(1)>', role: 'member', party: 'PVV', office: null },
    { id: 'bakker', name: 'Bakker', role: 'member', party: 'VVD', office: null },
  ],
  turns: [
    { index: 0, speakerId: 'bakker', asChair: true, label: 'De voorzitter:', paragraphs: ['Ik open de vergadering.'], start: 0, end: 23, interrupts: null },
    {
      index: 1,
      speakerId: 'img',
      asChair: false,
      label: 'De heer <img src=x onerror=alert(1)> (PVV):',
      paragraphs: ['<b>vet</b> & <i>schuin</i>'],
      start: 24,
      end: 50,
      interrupts: null,
    },
  ],
  events: [
    { type: 'chair-change', beforeTurn: 0, chair: 'Bakker', speakerId: 'bakker' },
    { type: 'suspension', beforeTurn: 1, from: '17:37', until: '18:15', text: 'De vergadering wordt van 17.37 uur tot 18.15 uur geschorst.' },
  ],
  closingList: [],
  motions: [],
  text: '',
};

describe('TranscriptView', () => {
  it('renders labels, paragraphs, chair changes and suspensions as text, never as markup', async () => {
    await act(() => render(<TranscriptView transcript={hostile} />, container));
    expect($('img, script, b, i')).toBeNull();
    expect($('h1')!.textContent).toBe('Debat <script>alert(1)</script>');
    const labels = $$('section.turn > h3');
    expect(labels.map((h) => [h.dataset.klTurn, h.textContent])).toEqual([
      ['0', 'De voorzitter (Bakker)'],
      ['1', 'De heer <img src=x onerror=alert(1)> (PVV)'],
    ]);
    expect($$('section.turn p').map((p) => p.textContent)).toEqual(['Ik open de vergadering.', '<b>vet</b> & <i>schuin</i>']);
    expect($$('.event').map((p) => p.textContent)).toEqual(['Voorzitter: Bakker', 'De vergadering wordt van 17.37 uur tot 18.15 uur geschorst.']);
    // The suspension stands between the two turns.
    expect($('.event-suspension')!.previousElementSibling!.matches('section.turn')).toBe(true);
    expect($('.status-warning')!.textContent).toMatch(/^Ongecorrigeerd verslag/);
    expect($('.facts')!.textContent).toBe('Plenaire vergadering · 3 maart 2026 · aanvang 10.15 uur');
  });

  it('shows the seed’s chair by name and members with their party', () => {
    const by = new Map(seed.speakers.map((s) => [s.id, s]));
    const heading = (i: number) => turnHeading(seed.turns[i]!, by.get(seed.turns[i]!.speakerId));
    expect(heading(0)).toBe('De voorzitter (Boomsma)');
    const kroger = seed.turns.find((t) => t.speakerId === 'kroger')!;
    expect(turnHeading(kroger, by.get('kroger'))).toBe('Mevrouw Kröger (GroenLinks-PvdA)');
    const minister = seed.turns.find((t) => t.speakerId === 'van-den-brink')!;
    expect(turnHeading(minister, by.get('van-den-brink'))).toBe('Minister Van den Brink');
  });

  it('renders a long debate progressively: the first turns at once, the rest when idle', async () => {
    const big: Transcript = { ...seed, turns: [...seed.turns, ...seed.turns.map((t) => ({ ...t, index: t.index + seed.turns.length }))] };
    const done = vi.fn();
    await act(() => render(<TranscriptView transcript={big} onRendered={done} />, container));
    expect($$('[data-kl-turn]')).toHaveLength(FIRST_TURNS);
    expect($('article')!.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect($$('[data-kl-turn]')).toHaveLength(252));
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect($$('[data-kl-turn]').map((h) => Number(h.dataset.klTurn))).toEqual(big.turns.map((t) => t.index));
    expect($('.event-closing')!.textContent).toBe('Sluiting 19.38 uur.');
  });
});

describe('ReaderApp', () => {
  let dbn = 0;
  const deps: OpenDeps = {
    pdfjs: async () => {
      throw new Error('no PDFs in this test');
    },
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    parseXml: (xml) => new DOMParser().parseFromString(xml, 'application/xml'),
  };
  const mount = async () => {
    const name = `reader-ui-${++dbn}`;
    await act(() => render(<ReaderApp deps={deps} openStore={() => openRecentStore(name)} />, container));
  };
  const paste = async (text: string) => {
    const area = $('textarea') as HTMLTextAreaElement;
    await act(() => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      $('form.paste')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  };
  const choose = async (name: string, content: string) => {
    const input = $('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'text/plain' })] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const alertText = () => $('[role=alert]')!.textContent;

  it('shows a clear message for an empty paste, an empty file and a non-transcript, and stays usable', async () => {
    await mount();
    await paste('');
    await vi.waitFor(() => expect(alertText()).toBe('Er is geen tekst geplakt.'));
    await choose('leeg.txt', '');
    await vi.waitFor(() => expect(alertText()).toBe('Het bestand is leeg.'));
    await choose('lijst.txt', 'Melk\nBrood\n');
    await vi.waitFor(() => expect(alertText()).toBe('Dit document is geen verslag van een debat: geen sprekers gevonden.'));
    expect(($('textarea') as HTMLTextAreaElement).disabled).toBe(false);
    // Still usable: a real transcript opens after the failures, and the message goes.
    await choose('seed.txt', seedText);
    await vi.waitFor(() => expect($$('[data-kl-turn]').length).toBeGreaterThan(0));
    expect(alertText()).toBe('');
  });

  it('opens pasted text, lists it as recent, reopens and removes it', async () => {
    await mount();
    await paste(seedText);
    await vi.waitFor(() => expect($('h1')?.textContent).toBe('JBZ-Raad d.d. 5-6 maart 2026'));
    expect($$('section.turn h3')[0]!.textContent).toBe('De voorzitter (Boomsma)');
    await vi.waitFor(() => expect($$('.recent li')).toHaveLength(1));
    expect($('.recent-title')!.textContent).toBe('JBZ-Raad d.d. 5-6 maart 2026');
    expect($('.recent-meta')!.textContent).toBe('3 maart 2026 · geplakt · Geplakte tekst');
    // A failed open keeps the document that is shown.
    await paste('Geen verslag.');
    await vi.waitFor(() => expect(alertText()).not.toBe(''));
    expect($('h1')?.textContent).toBe('JBZ-Raad d.d. 5-6 maart 2026');
    await act(() => ($$('.recent button').find((b) => b.textContent === 'Openen') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(($('.recent button') as HTMLButtonElement).disabled).toBe(false));
    expect(alertText()).toBe('');
    await act(() => ($$('.recent button').find((b) => b.textContent === 'Verwijderen') as HTMLButtonElement).click());
    await vi.waitFor(() => expect($('.recent .empty')?.textContent).toBe('Nog geen documenten geopend.'));
  });

  it('stops reading a PDF that takes long when the reader asks, and says so', async () => {
    // pdf.js as the page sees a PDF that never ends: a page whose text never comes.
    const hanging = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 2,
          getPage: async () => ({ view: [0, 0, 595, 842], getTextContent: () => new Promise<{ items: unknown[] }>(() => undefined), cleanup: () => undefined }),
        }),
        destroy: async () => undefined,
      }),
    };
    const name = `reader-ui-${++dbn}`;
    await act(() => render(<ReaderApp deps={{ ...deps, pdfjs: async () => hanging }} openStore={() => openRecentStore(name)} />, container));
    const input = $('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File(['%PDF-1.7'], 'traag.pdf', { type: 'application/pdf' })] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const stop = await vi.waitFor(() => {
      const b = $$('button').find((x) => x.textContent === 'Stop met lezen');
      if (!b) throw new Error('no stop button yet');
      return b;
    });
    await act(() => stop.click());
    await vi.waitFor(() => expect(alertText()).toBe('Het lezen van het PDF-bestand is afgebroken.'));
    expect($$('button').some((x) => x.textContent === 'Stop met lezen')).toBe(false);
  });
});
