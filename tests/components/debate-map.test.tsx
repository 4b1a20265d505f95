import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DebateMap } from '../../components/overlay/DebateMap';
import { debateMap, PALETTE_SIZE, turnAt, type MapInput } from '../../lib/overlay/debate-map';
import { runPageAnalyses } from '../../lib/analyses/run-page';
import { seedTranscript } from '../helpers/dom';
import { withContainer } from '../helpers/preact';


/** A plenary day of `n` turns: the chair, twelve parties' members, a minister; interruptions, a suspension. */
function day(n: number): MapInput {
  const speakers = [
    { id: 'chair', role: 'chair' as const, party: null },
    { id: 'min', role: 'minister' as const, party: null },
    ...Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, role: 'member' as const, party: `P${i}` })),
  ];
  let at = 0;
  const turns = Array.from({ length: n }, (_, i) => {
    const len = i % 7 === 0 ? 40 : 400 + (i % 13) * 50;
    const t = { speakerId: i % 5 === 0 ? 'chair' : i % 5 === 1 ? 'min' : `m${i % 12}`, asChair: i % 5 === 0, start: at, end: at + len, interrupts: i % 9 === 0 ? 'min' : null };
    at += len + 1;
    return t;
  });
  return { turns, speakers, events: [{ type: 'suspension', beforeTurn: Math.floor(n / 2) }, { type: 'chair-change', beforeTurn: 10 }], commitmentTurns: [1, 6], openQuestionTurns: [3], motionTurns: [12] };
}

describe('debate map model', () => {
  it('a 2,000-turn day: one block per turn, in order, filling the strip, each visible; parties past eight are hatched', () => {
    const m = debateMap(day(2000));
    expect(m.blocks).toHaveLength(2000);
    let top = 0;
    for (const b of m.blocks) {
      expect(b.top).toBeCloseTo(top, 9);
      expect(b.height).toBeGreaterThan(0);
      top += b.height;
    }
    expect(top).toBeCloseTo(1, 9);
    // Longer turns are taller.
    expect(m.blocks[2]!.height).toBeGreaterThan(m.blocks[7]!.height);
    expect(m.blocks.filter((b) => b.kind === 'chair')).toHaveLength(400);
    expect(m.legend.filter((l) => l.kind === 'member')).toHaveLength(12);
    expect(m.legend.filter((l) => l.hatched).map((l) => l.party)).toHaveLength(12 - PALETTE_SIZE);
    expect(m.marks.filter((x) => x.kind === 'interruption')).toHaveLength(Math.ceil(2000 / 9));
    expect(m.marks.map((x) => x.kind)).toEqual(expect.arrayContaining(['suspension', 'chair-change', 'commitment', 'open-question', 'motion']));
  });
  it('turnAt finds the block under a height', () => {
    const m = debateMap(day(50));
    for (const b of m.blocks) expect(turnAt(m, b.top + b.height / 2)).toBe(b.turn);
    expect(turnAt(m, 0)).toBe(0);
    expect(turnAt(m, 1)).toBe(49);
    expect(turnAt(debateMap({ ...day(0), events: [] }), 0.5)).toBeNull();
  });
  it('on the seed: its speakers\' parties in the legend, the chair and the government apart; the background sends it with the analyses', () => {
    const t = seedTranscript();
    const m = debateMap({ turns: t.turns, speakers: t.speakers, events: t.events });
    expect(m.blocks).toHaveLength(t.turns.length);
    expect(m.legend.map((l) => l.party ?? l.kind)).toEqual(expect.arrayContaining(['chair', 'government', 'PVV']));
    const page = runPageAnalyses(t);
    expect(page.map!.blocks).toHaveLength(t.turns.length);
    expect(page.map!.marks.filter((x) => x.kind === 'commitment').length).toBeGreaterThan(5);
    expect(page.map!.marks.some((x) => x.kind === 'open-question')).toBe(true);
  });
});

let container: HTMLDivElement;
withContainer((el) => (container = el));

describe('DebateMap', () => {
  it('is one keyboard control: arrows, Page keys, Home/End move, Enter jumps; it says who in words', async () => {
    const onJump = vi.fn();
    const m = debateMap(day(30));
    await act(() => {
      render(<DebateMap model={m} lang="nl" current={4} describe={(i) => `Spreker ${i}`} onJump={onJump} />, container);
    });
    const strip = container.querySelector('[role="slider"]') as HTMLElement;
    expect(strip.getAttribute('aria-valuemax')).toBe('30');
    expect(strip.getAttribute('aria-valuetext')).toBe('Beurt 5 van 30: Spreker 4');
    await act(() => strip.focus());
    const key = async (k: string) =>
      act(() => {
        strip.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    await key('ArrowDown');
    expect(strip.getAttribute('aria-valuenow')).toBe('6');
    await key('PageDown');
    expect(strip.getAttribute('aria-valuenow')).toBe('16');
    await key('End');
    expect(strip.getAttribute('aria-valuetext')).toBe('Beurt 30 van 30: Spreker 29');
    await key('Enter');
    expect(onJump).toHaveBeenCalledWith(29);
    await key('Home');
    await key('ArrowUp');
    expect(strip.getAttribute('aria-valuenow')).toBe('1');
    // The legend names the parties and the marks, not colour alone.
    const legend = [...container.querySelectorAll('.map-legend li')].map((li) => li.textContent);
    expect(legend).toEqual(expect.arrayContaining(['P1', 'Voorzitter', 'Kabinet', 'schorsing', 'interruptie', 'open vraag']));
  });
});
