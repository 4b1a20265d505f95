import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';

const url = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/50';
const html = readRepoFile('tests/fixtures/pages/hostile.html');

describe('a hostile page', () => {
  const doc = loadPage(html, url);
  const imgsBefore = doc.querySelectorAll('img').length;
  const r = parseDocument(doc, url);
  if (!r.ok) throw new Error(r.message);
  const t = r.transcript;

  it('keeps markup in a name as literal text and adds no element to the page', () => {
    const jansen = t.speakers.find((s) => s.name.startsWith('Jansen'));
    expect(jansen?.name).toBe('Jansen<img src=x onerror="window.__pwned=1">');
    expect(doc.querySelectorAll('img').length).toBe(imgsBefore);
  });

  it('reads labels through non-breaking and zero-width spaces as one speaker', () => {
    const laan = t.speakers.filter((s) => s.name.replace(/\s/g, '') === 'VanderLaan');
    expect(laan).toHaveLength(1);
    expect(laan[0]!.name).toBe('Van der Laan');
    expect(t.turns.filter((x) => x.speakerId === laan[0]!.id)).toHaveLength(2);
  });

  it('never reads script text and keeps a 200 KB paragraph whole', () => {
    // The page quotes "<script>window.__pwned=1</script>" once as text; the real <script> element is not read.
    expect(t.text.match(/__pwned/g)).toHaveLength(1);
    expect(t.text).toContain('<script>window.__pwned=1</script> is overigens');
    const longest = Math.max(...t.turns.flatMap((x) => x.paragraphs.map((p) => p.length)));
    expect(longest).toBeGreaterThan(150_000);
  });

  it('does not take a bare "Minister:" for a turn', () => {
    expect(t.turns.some((x) => x.label === 'Minister:')).toBe(false);
  });
});

describe('a label with markup-like text where the party goes', () => {
  it('is her label: her words are hers, the party is that text', () => {
    const text = [
      'Voorzitter: Jansen',
      '',
      'De voorzitter:',
      'Het woord is aan mevrouw Ağca.',
      '',
      'Mevrouw Ağca (<img src=x onerror=alert(1)>):',
      'Voorzitter, dit zijn mijn woorden.',
      '',
      'De heer Bakker (VVD):',
      'En dit de mijne.',
      '',
      'Sluiting 12.00 uur.',
    ].join('\n');
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    const t = r.transcript;
    const agca = t.speakers.find((s) => s.name === 'Ağca');
    expect(agca?.party).toBe('<img src=x onerror=alert(1)>');
    const hers = t.turns.find((x) => x.speakerId === agca?.id);
    expect(hers?.paragraphs).toEqual(['Voorzitter, dit zijn mijn woorden.']);
    // The chair's turn before hers holds only the chair's words.
    expect(t.turns[0]!.paragraphs).toEqual(['Het woord is aan mevrouw Ağca.']);
  });
});
