import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/text/fold';
import { foldedSlice } from '../../lib/text/folded-text';

describe('foldedSlice: a slice of the folded document, always equal to folding the slice itself', () => {
  it('slices a plain Dutch text at any span, and a copy with the same text, or a new text, alike', () => {
    const doc = { text: 'Mevrouw Kröger (GroenLinks-PvdA): Geïnformeerd? Ja. De minister zegt toe: een brief vóór 1 juni.' };
    expect(foldedSlice(doc, 8, 14)).toBe('kroger');
    expect(foldedSlice(doc, 34, 46)).toBe('geinformeerd');
    expect(foldedSlice({ ...doc }, 8, 14)).toBe('kroger');
    expect(foldedSlice({ text: 'Één Brief' }, 4, 9)).toBe('brief');
    // A document whose text is replaced is folded anew, not read from what was kept for its old text.
    const changing = { text: 'De Minister' };
    expect(foldedSlice(changing, 3, 11)).toBe('minister');
    changing.text = 'De Staatssecretaris';
    expect(foldedSlice(changing, 3, 19)).toBe('staatssecretaris');
  });

  // Marks written apart ("e" + U+0301) are dropped by folding, a Hangul syllable decomposes into two or three units, a
  // compatibility ideograph grows (U+FA6C) or shrinks (U+2F800), a Deseret capital (U+10400) changes beyond the BMP, where a
  // slice may cut it, and "Σ" lower-cases by its neighbour: a document with any of these is folded slice by slice.
  it('holds for any text and span, with the characters that change length or fold by context', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '.', 'é', 'e\u0301', 'Ö', 'İ', 'Σ', 'ß', '’', '–', '€', '\u{1D400}', 'ĳ', '한', '\u{2F800}', '\uFA6C', '\u{10400}');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const doc = { text: parts.join('') };
        const n = doc.text.length + 1;
        const [start, end] = [a % n, b % n].sort((x, y) => x - y) as [number, number];
        expect(foldedSlice(doc, start, end)).toBe(fold(doc.text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
