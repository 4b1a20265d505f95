import { describe, expect, it } from 'vitest';
import { Transcript } from '../../lib/transcript/model';
import { parseDocument } from '../../lib/transcript/parse';
import { fromTransport, toTransport } from '../../lib/transcript/transport';
import { loadPage, readRepoFile, seedTranscript } from '../helpers/dom';

const seed = seedTranscript;

describe('a transcript sent in pieces', () => {
  it('arrives as the same transcript: the seed, in slices smaller than one turn', () => {
    const t = seed();
    const { outline, slices } = toTransport(t, 1000);
    expect(slices.length).toBeGreaterThan(100);
    // The outline carries no text at all; the slices carry it once.
    expect(JSON.stringify(outline)).not.toContain(t.turns[5]!.paragraphs[0]!.slice(0, 40));
    expect(slices.join('')).toBe(t.text);
    const back = fromTransport(JSON.parse(JSON.stringify(outline)), slices.join(''));
    expect(back).toEqual({ ok: true, transcript: t });
    if (back.ok) expect(Transcript.safeParse(back.transcript).success).toBe(true);
  });

  it('arrives as the same transcript from a page (plenary fixture)', () => {
    const html = readRepoFile('tests/fixtures/pages/tk-plenary.html');
    const r = parseDocument(loadPage(html, 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42'));
    if (!r.ok) throw new Error(r.message);
    const { outline, slices } = toTransport(r.transcript);
    expect(fromTransport(outline, slices.join(''))).toEqual({ ok: true, transcript: r.transcript });
  });

  it('refuses text that is short, or that does not fit the turns', () => {
    const t = seed();
    const { outline, slices } = toTransport(t);
    const text = slices.join('');
    expect(fromTransport(outline, text.slice(1))).toMatchObject({ ok: false, message: expect.stringContaining('characters') });
    // Same length, but one separator between paragraphs replaced: the turn no longer tiles.
    const turn = t.turns.find((x) => x.paragraphs.length > 1)!;
    const sep = turn.start + turn.paragraphs[0]!.length;
    const bent = text.slice(0, sep) + ' ' + text.slice(sep + 1);
    expect(fromTransport(outline, bent)).toEqual({ ok: false, message: `turn ${turn.index} does not match the text` });
  });
});
