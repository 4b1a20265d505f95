import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterComments, sniffText } from '../../lib/reader/open-file';
import { motionFacts } from '../../lib/reader/handelingen-xml-parts';
import { announcesClosingList } from '../../lib/transcript/closing-list';
import { normalizeText } from '../../lib/transcript/normalize';
import { check } from '../fuzz/config';

/**
 * The regular expressions rewritten for the ReDoS check (scripts/lint-redos.mjs) give what the
 * old ones gave, on random input (each old form is kept here as the reference), and the new
 * forms finish on the attack strings the checker found against the old ones.
 */
const text = (chars: string[], max = 40) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));

describe('rewritten regular expressions behave as before', () => {
  it('a printed label: the space before ":" or ")" goes (normalised text has single spaces)', () => {
    check(fc.property(text(['a', ' ', ':', ')', '(', '\t', '\u00A0']), (s) => {
      const t = normalizeText(s);
      expect(t.replace(/ ([:)])/gu, '$1')).toBe(t.replace(/\s+([:)])/gu, '$1'));
    }));
  });

  it('a motion id: number and dossier from its end', () => {
    check(fc.property(text(['1', '2', '-', 'A', 'M', 'x']), (s) => {
      const old = /(\d+(?:-[A-Z]+)?)-(\d+)$/iu.exec(s);
      const now = /(?<!\d)(\d+(?:-[A-Z]+)?)-(\d+)$/iu.exec(s);
      expect(now?.slice(0, 3) ?? null).toEqual(old?.slice(0, 3) ?? null);
    }));
  });

  it('a motion’s submitters, as the Handelingen print them', () => {
    const doc = new DOMParser().parseFromString('<motie id="M-31311-199"/>', 'application/xml');
    const facts = motionFacts(doc.documentElement, null, 'Zij krijgt nr. 199 (31311). Voorgesteld door de leden Kröger, Van Asten en Vondeling. Zij wordt rondgedeeld.');
    expect(facts).toEqual({ number: '199', kamerstuk: '31311', submitters: ['Kröger', 'Van Asten', 'Vondeling'] });
  });

  it('HTML after leading comments: the same verdict as the old pattern when no comment is followed by text', () => {
    const comment = text(['a', ' ', '-', '<', '>', '!'], 12).filter((c) => !c.includes('-->') && !c.endsWith('-') && !c.startsWith('>') && !c.startsWith('->')).map((c) => `<!--${c}-->`);
    const input = fc.tuple(fc.array(fc.tuple(comment, text([' ', '\n'], 3)), { maxLength: 4 }), fc.constantFrom('<html>', '<p>', '<!doctype html>', 'hallo', '<!-- open', '<xml>', ''));
    check(fc.property(input, ([parts, tail]) => {
      const head = parts.map(([c, ws]) => c + ws).join('') + tail;
      const old = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|section|article|h[1-6])\b/iu.test(head);
      const now = /^<(?:!doctype\s+html|html|head|body|meta|title|div|p|section|article|h[1-6])\b/iu.test(afterComments(head));
      expect(now).toBe(old);
    }));
    expect(sniffText('<!-- saved from url=(0014)about:internet -->\n<html><body><p>x</p></body></html>')).toBe('html');
  });

  it('a PDF line’s trailing white space, and the word a soft hyphen joins', () => {
    check(fc.property(text(['a', ' ', '\t', '\u00A0', '\u2003', 'b']), (s) => {
      expect(s.trimEnd()).toBe(s.replace(/[\s\u00A0]+$/u, ''));
      if (s === '' || /^\s/u.test(s)) return;
      const old = /^(\S+)\s*(.*)$/u.exec(s)!;
      const word = /^\S*/u.exec(s)![0];
      expect([word, s.slice(word.length).trimStart()]).toEqual([old[1], old[2]]);
    }));
  });

  it('a chair’s paragraph that thanks for commitments is still no list; words up to 30 letters after "zeg"/"dank"', () => {
    expect(announcesClosingList('Dan lees ik nu de toezeggingen voor.')).toBe(true);
    expect(announcesClosingList('Dank voor de toezeggingen, minister. Dan lees ik nu de toezeggingen voor.')).toBe(false);
    const words = fc.array(fc.constantFrom('zegt', 'zeggen', 'de', 'minister', 'toe', 'dankbaar', 'dankjewel', 'voor', 'toezegging', 'geen', '.', ','), { maxLength: 12 });
    check(fc.property(words, (ws) => {
      const s = ws.join(' ');
      expect(/toezegging|zeg\w{0,30}\s+(?:\w{1,30}\s+){0,4}toe\b/iu.test(s)).toBe(/toezegging|zeg\w*\s+(?:\w+\s+){0,4}toe\b/iu.test(s));
      expect(/\bdank\w{0,30}\b[^.]{0,60}\btoezegging/iu.test(s)).toBe(/\bdank\w*\b[^.]{0,60}\btoezegging/iu.test(s));
    }));
  });

  it('the new forms finish on the attack strings found against the old ones (100,000 characters)', () => {
    const n = 100_000;
    expect(afterComments('<!-' + '---><!--><!----><!-'.repeat(n / 20))).toMatch(/^<!-/u);
    expect('x'.repeat(n).replace(/ ([:)])/gu, '$1')).toHaveLength(n);
    expect(/(?<!\d)(\d+(?:-[A-Z]+)?)-(\d+)$/iu.exec('0'.repeat(n))).toBeNull();
    expect(/^\S*/u.exec('\x00'.repeat(n) + '\n\x00\n')![0]).toHaveLength(n);
    expect(/toezegging|zeg\w{0,30}\s+(?:\w{1,30}\s+){0,4}toe\b/iu.test('g' + 'zegz'.repeat(n / 4))).toBe(false);
  });
});
