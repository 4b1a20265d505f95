import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOverlayData, outlineLabel, speakerDisplay, withPhases } from '../../lib/overlay-data';
import { nextTurn, prevTurn, turnAnchorId, turnFromHash, turnLink } from '../../lib/overlay/navigation';
import { detectPhases, phasesOf } from '../../lib/overlay/phases';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

function seed(): Transcript {
  const r = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const transcript = seed();
// The terms of the debate come with the background's analyses; the overlay adds them to its data.
const data = withPhases(buildOverlayData(transcript), transcript, phasesOf(transcript));
const by = Object.fromEntries(data.speakers.map((s) => [s.name, s]));

describe('buildOverlayData on the seed', () => {
  it('lists the 9 speakers in order of first appearance with their turns', () => {
    expect(data.speakers).toHaveLength(9);
    expect(data.speakers[0]!.name).toBe('Boomsma');
    const firsts = data.speakers.map((s) => s.turns[0]!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(by['Boomsma']!.turns).toHaveLength(44);
    expect(by['Boomsma']!.chairTurns).toHaveLength(41);
    expect(by['Van den Brink']!.turns).toHaveLength(36);
    expect(data.speakers.reduce((n, s) => n + s.turns.length, 0)).toBe(126);
  });

  it('shows people with party or office; the chair as the person', () => {
    expect(by['Kröger']!.display).toBe('Kröger (GroenLinks-PvdA)');
    expect(by['Van den Brink']!.display).toBe('Van den Brink, minister van Asiel en Migratie');
    expect(by['Boomsma']!.display).toBe('Boomsma (JA21)');
    expect(data.header.chairs).toEqual(['Boomsma (JA21)', 'Ellian (VVD)']);
  });

  it('gives shares of words that sum to 1', () => {
    const sum = data.speakers.reduce((n, s) => n + s.share, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(data.speakers.reduce((n, s) => n + s.words, 0)).toBe(data.totalWords);
    // The minister answers at length: the largest share.
    expect(Math.max(...data.speakers.map((s) => s.share))).toBe(by['Van den Brink']!.share);
  });

  it('reads the header and warns for a Concept', () => {
    expect(data.header).toMatchObject({ date: '2026-03-03', status: 'Concept', opened: '17:01', closed: '19:38' });
    expect(data.statusWarning).toBe(true);
    const corrected = { ...transcript, meta: { ...transcript.meta, status: 'Gecorrigeerd' as const } };
    expect(buildOverlayData(corrected).statusWarning).toBe(false);
  });

  it('has an outline with the header, 5 chair changes, the suspension and the commitments', () => {
    const kinds = data.outline.map((o) => o.kind);
    expect(kinds[0]).toBe('header');
    expect(kinds.filter((k) => k === 'chair-change')).toHaveLength(5);
    const suspension = data.outline.filter((o) => o.kind === 'suspension');
    expect(suspension).toEqual([expect.objectContaining({ from: '17:37', until: '18:15', turnIndex: 24, label: 'Schorsing 17:37–18:15' })]);
    expect(data.outline.at(-1)).toMatchObject({ kind: 'commitments', turnIndex: 125, count: 7, label: 'Toezeggingen (7)' });
    const idx = data.outline.map((o) => o.turnIndex);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });

  it('has no terms of the debate before the background told them (the page does not read them at start-up)', () => {
    expect(buildOverlayData(transcript).phases).toEqual([]);
    expect(buildOverlayData(transcript).outline.some((o) => o.kind === 'phase')).toBe(false);
  });

  it('finds the eerste and tweede termijn of members and government', () => {
    expect(data.phases.map((p) => [p.round, p.side, p.turnIndex, p.inferred])).toEqual([
      [1, 'kamer', 0, true],
      [1, 'regering', 24, false],
      [2, 'kamer', 100, false],
      [2, 'regering', 114, true],
    ]);
    const labels = data.outline.filter((o) => o.kind === 'phase').map((o) => o.label);
    expect(labels).toEqual([
      'Eerste termijn van de Kamer',
      'Eerste termijn van de regering',
      'Tweede termijn van de Kamer',
      'Tweede termijn van de regering',
    ]);
    // The suspension comes before the term it precedes.
    const at24 = data.outline.filter((o) => o.turnIndex === 24).map((o) => o.kind);
    expect(at24).toEqual(['suspension', 'phase']);
  });

  it('relabels the outline in English', () => {
    const en = withPhases(buildOverlayData(transcript, 'en'), transcript, phasesOf(transcript), 'en');
    expect(en.outline.find((o) => o.kind === 'phase')!.label).toBe('First round: members');
    expect(outlineLabel(data.outline[0]!, 'en')).toBe('Start of the record');
  });
});

describe('detectPhases', () => {
  const turn = (index: number, speakerId: string, asChair: boolean, text: string, at: number) => ({
    index,
    speakerId,
    asChair,
    label: '',
    paragraphs: [text],
    start: at,
    end: at + text.length,
    interrupts: null,
  });
  function phasesOf(lines: [string, boolean, string][]) {
    let text = '';
    const turns = lines.map(([id, chair, s], i) => {
      const t = turn(i, id, chair, s, text.length);
      text += s + '\n';
      return t;
    });
    return detectPhases(turns, text, (id) => (id === 'min' ? 'minister' : 'member')).map((p) => [p.round, p.side, p.turnIndex]);
  }

  it('does not take a later mention of an earlier term as its start', () => {
    expect(
      phasesOf([
        ['vz', true, 'We beginnen met de tweede termijn van de Kamer.'],
        ['a', false, 'Dank.'],
        ['vz', true, 'In de eerste termijn van de Kamer zei u iets anders.'],
      ]),
    ).toEqual([[2, 'kamer', 0]]);
  });

  it('finds nothing when the chair does not say', () => {
    expect(phasesOf([['vz', true, 'Dank u wel.'], ['a', false, 'Voorzitter.']])).toEqual([]);
  });

  it('reads "van de zijde van de regering" and a term without its number', () => {
    expect(
      phasesOf([
        ['vz', true, 'Dan is nu de eerste termijn van de zijde van de regering.'],
        ['min', false, 'Dank.'],
        ['vz', true, 'Dat was het einde van de termijn van de minister. Dan de tweede termijn van de Kamer.'],
      ]),
    ).toEqual([
      [1, 'kamer', 0],
      [1, 'regering', 0],
      [2, 'kamer', 2],
    ]);
  });
});

describe('navigation helpers', () => {
  const turns = data.turns;
  it('moves to the next and previous turn of anyone', () => {
    expect(nextTurn(null, turns)).toBe(0);
    expect(nextTurn(10, turns)).toBe(11);
    expect(nextTurn(125, turns)).toBeNull();
    expect(prevTurn(null, turns)).toBe(125);
    expect(prevTurn(10, turns)).toBe(9);
    expect(prevTurn(0, turns)).toBeNull();
  });

  it('moves within one speaker, optionally wrapping round', () => {
    const kroger = by['Kröger']!;
    expect(nextTurn(null, turns, 'kroger')).toBe(kroger.turns[0]);
    expect(nextTurn(kroger.turns[0]!, turns, 'kroger')).toBe(kroger.turns[1]);
    expect(prevTurn(kroger.turns[1]!, turns, 'kroger')).toBe(kroger.turns[0]);
    expect(nextTurn(kroger.turns.at(-1)!, turns, 'kroger')).toBeNull();
    expect(nextTurn(kroger.turns.at(-1)!, turns, 'kroger', { wrap: true })).toBe(kroger.turns[0]);
    expect(prevTurn(kroger.turns[0]!, turns, 'kroger', { wrap: true })).toBe(kroger.turns.at(-1));
    // The transcript's own turns work as well.
    expect(nextTurn(null, transcript.turns, 'kroger')).toBe(kroger.turns[0]);
    expect(nextTurn(0, turns, 'nobody')).toBeNull();
  });

  it('makes stable turn links', () => {
    expect(turnAnchorId(12)).toBe('kl-turn-12');
    expect(turnLink('https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026D1&did=2026D2#top', 12)).toBe(
      'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026D1&did=2026D2#kl-turn-12',
    );
    expect(turnLink('not a url#x', 3)).toBe('not a url#kl-turn-3');
    expect(turnFromHash('#kl-turn-12')).toBe(12);
    expect(turnFromHash('#top')).toBeNull();
  });

  it('names ministers without a name or office', () => {
    expect(speakerDisplay({ name: 'minister', role: 'minister', party: null, office: null })).toBe('minister');
    expect(speakerDisplay({ name: 'Jansen', role: 'state-secretary', party: null, office: null })).toBe('Jansen, staatssecretaris');
    expect(speakerDisplay({ name: 'De voorzitter', role: 'chair', party: null, office: null })).toBe('De voorzitter');
  });
});
