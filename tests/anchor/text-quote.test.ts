import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { textFragmentLink } from '../../lib/anchor/fragment-link';
import { anchor, CONTEXT_LENGTH, describe } from '../../lib/anchor/text-quote';
import { normalizeText } from '../../lib/transcript/normalize';
import { parseText } from '../../lib/transcript/parse';

const parsed = parseText(readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const seed = parsed.transcript;
const text = seed.text;

/** Offsets of `needle` in the seed text (the nth occurrence). */
function at(needle: string, nth = 0): [number, number] {
  let pos = -1;
  for (let i = 0; i <= nth; i++) {
    pos = text.indexOf(needle, pos + 1);
    if (pos < 0) throw new Error(`not in seed: ${needle}`);
  }
  return [pos, pos + needle.length];
}

const PASSAGE = 'Zweden heeft aangekondigd dat deportatie het uitgangspunt wordt bij veroordeling van criminelen.';

suite('describe / anchor on the seed transcript', () => {
  it('round-trips every tenth turn: same offsets, same selectors', () => {
    for (const turn of seed.turns.filter((_, i) => i % 10 === 0)) {
      const a = describe(text, turn.start, turn.end);
      expect(a.exact).toBe(normalizeText(text.slice(turn.start, turn.end)));
      expect(a.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
      expect(a.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
      const m = anchor(text, a);
      expect(m).toMatchObject({ start: turn.start, end: turn.end });
      expect(m!.score).toBe(1);
      expect(describe(text, m!.start, m!.end)).toEqual(a);
    }
  });

  it('trims white space at the ends of a selection', () => {
    const [s, e] = at(PASSAGE);
    const a = describe(text, s - 1, e + 1);
    expect(a.exact).toBe(PASSAGE);
    expect(text.slice(a.start, a.end)).toBe(PASSAGE);
  });

  it('finds the passage after white-space changes (double spaces, line breaks, nbsp, soft hyphens)', () => {
    const [s, e] = at(PASSAGE);
    const a = describe(text, s, e);
    const messy = text.replace(/ /g, (_, i: number) => (i % 7 === 0 ? '  \n ' : i % 5 === 0 ? '\u00a0' : ' ')).replace(/uitgangspunt/, 'uitgangs\u00adpunt');
    const m = anchor(messy, a);
    expect(m).not.toBeNull();
    expect(normalizeText(messy.slice(m!.start, m!.end))).toBe(PASSAGE);
  });

  it('finds the passage after paragraphs are inserted before it', () => {
    const [s, e] = at(PASSAGE);
    const a = describe(text, s, e);
    const inserted = 'Een ingevoegde alinea over iets anders, die de posities verschuift.\n'.repeat(40);
    const moved = inserted + text.slice(0, 4000) + '\n' + inserted + text.slice(4000);
    const m = anchor(moved, a);
    expect(m).toMatchObject({ start: s + 2 * inserted.length + 1, end: e + 2 * inserted.length + 1 });
    expect(m!.score).toBeGreaterThan(0.9);
  });

  it('finds the passage after a word in it is corrected (ongecorrigeerd → gecorrigeerd)', () => {
    // The uncorrected text had a typo and an extra word; the corrected one is the seed.
    const uncorrected = PASSAGE.replace('aangekondigd', 'aangekondgd').replace('van criminelen', 'van zware criminelen');
    const [s] = at(PASSAGE);
    const before = text.slice(0, s) + uncorrected + text.slice(s + PASSAGE.length);
    const a = describe(before, s, s + uncorrected.length);
    const m = anchor(text, a);
    expect(m).not.toBeNull();
    expect(text.slice(m!.start, m!.end)).toBe(PASSAGE);
    expect(m!.score).toBeLessThan(1);
  });

  it('a status word corrected inside the quote still anchors', () => {
    const v1 = `${text.slice(0, 3000)}\nDit verslag is ongecorrigeerd en wordt nog door de sprekers nagelezen.\n${text.slice(3000)}`;
    const quote = 'Dit verslag is ongecorrigeerd en wordt nog door de sprekers nagelezen.';
    const s = v1.indexOf(quote);
    const a = describe(v1, s, s + quote.length);
    const v2 = v1.replace('is ongecorrigeerd', 'is gecorrigeerd');
    const m = anchor(v2, a);
    expect(m && v2.slice(m.start, m.end)).toBe('Dit verslag is gecorrigeerd en wordt nog door de sprekers nagelezen.');
  });

  it('picks the occurrence whose context matches when the quote occurs twice', () => {
    const quote = 'Dank u wel. Dan geef ik nu het woord aan';
    const [s1] = at(quote, 0);
    const [s2, e2] = at(quote, 1);
    expect(s2).toBeGreaterThan(s1);
    const a = describe(text, s2, e2);
    // Shift everything so the hint points at nothing useful.
    const shift = 'Ingevoegd. '.repeat(300);
    const moved = shift + text;
    const m = anchor(moved, a);
    expect(m).toMatchObject({ start: s2 + shift.length, end: e2 + shift.length });
    // And the first occurrence is found as the first, not the second.
    const a1 = describe(text, s1, s1 + quote.length);
    expect(anchor(moved, a1)).toMatchObject({ start: s1 + shift.length });
  });

  it('returns null when the passage was deleted', () => {
    const [s, e] = at(PASSAGE);
    const a = describe(text, s, e);
    const gone = text.slice(0, s) + text.slice(e);
    expect(anchor(gone, a)).toBeNull();
  });

  it('finds a whole long turn after a correction', () => {
    const turn = [...seed.turns].sort((x, y) => y.end - y.start - (x.end - x.start))[0]!;
    const a = describe(text, turn.start, turn.end);
    const changed = text.slice(0, turn.start + 100) + 'XYZ' + text.slice(turn.start + 103);
    const m = anchor('Nieuwe kop.\n' + changed, a);
    expect(m).toMatchObject({ start: turn.start + 12, end: turn.end + 12 });
  });

  it('normalises exactly like normalizeText (the one normaliser), on the raw PDF text', () => {
    const raw = readFileSync(resolve(process.cwd(), 'seeds/committee-2026-03-03-jbz.txt'), 'utf8');
    expect(describe(raw, 0, raw.length).exact).toBe(normalizeText(raw));
  });

  it('throws on an empty range', () => {
    expect(() => describe(text, 10, 10)).toThrow(RangeError);
  });
});


suite('textFragmentLink', () => {
  it('percent-encodes -, & and , and drops an existing fragment', () => {
    expect(textFragmentLink('https://www.tweedekamer.nl/x?a=1#turn-3', 'GroenLinks-PvdA, D66 & CDA')).toBe(
      'https://www.tweedekamer.nl/x?a=1#:~:text=GroenLinks%2DPvdA%2C%20D66%20%26%20CDA',
    );
  });
  it('adds whole-word context as prefix- and -suffix', () => {
    const url = textFragmentLink('https://tweedekamer.nl/v', 'Dank u wel.', 'woord. ', ' Dan geef');
    expect(url).toBe('https://tweedekamer.nl/v#:~:text=woord.-,Dank%20u%20wel.,-Dan%20geef');
  });
  it('cuts a full-length context to whole words', () => {
    const a = describe(text, ...at(PASSAGE));
    const url = textFragmentLink('https://tweedekamer.nl/v', a.exact, a.prefix, a.suffix);
    const prefix = decodeURIComponent(url.split('text=')[1]!.split('-,')[0]!);
    expect(a.prefix.endsWith(prefix + ' ')).toBe(true);
    expect(prefix.split(' ').length).toBeLessThanOrEqual(3);
  });
  it('writes long quotes as textStart,textEnd', () => {
    const a = describe(text, ...at(PASSAGE));
    const url = textFragmentLink('https://tweedekamer.nl/v', a.exact);
    expect(url).toBe('https://tweedekamer.nl/v#:~:text=Zweden%20heeft%20aangekondigd%20dat,bij%20veroordeling%20van%20criminelen.');
  });
  it('drops a partial first word when the selection began inside a word', () => {
    expect(textFragmentLink('https://tweedekamer.nl/v', 'eden heeft het', 'Zw', '')).toBe('https://tweedekamer.nl/v#:~:text=heeft%20het');
  });
});
