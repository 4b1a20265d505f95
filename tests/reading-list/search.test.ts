import { describe, expect, it } from 'vitest';
import { buildIndex, facets, filterPassages, groupByDebate } from '../../lib/reading-list/search';
import { fold } from '../../lib/text/fold';
import { passage, passages } from './fixtures';

describe('reading-list search', () => {
  const ps = [
    { ...passage(0), note: 'Vraag over de Dublinverordening', tags: ['asiel'] },
    { ...passage(1), tags: ['Motie', 'grens'] },
    passage(2),
    passage(3),
    passage(4),
  ];
  const index = buildIndex(ps);

  it('folds case and accents', () => {
    expect(fold('Kröger ÉÉN')).toBe('kroger een');
  });

  it('searches text, notes, speakers, parties, debates and tags; all words must match', () => {
    const ids = (q: string, f = {}) => filterPassages(index, { query: q, ...f }).map((p) => p.id);
    expect(ids('')).toEqual([...ps].reverse().map((p) => p.id)); // newest first
    expect(ids('dublin')).toEqual([ps[0]!.id]);
    expect(ids('KROGER')).toEqual([ps[4]!.id, ps[0]!.id]);
    expect(ids('groenlinks-pvda')).toHaveLength(2);
    expect(ids('klimaat en energie')).toEqual(ids('Klimaat').filter((id) => ids('energie').includes(id)));
    expect(ids('stemmingen')).toEqual([ps[2]!.id]);
    expect(ids('motie')).toContain(ps[1]!.id);
    expect(ids('dublin stemmingen')).toEqual([]);
    expect(ids('passage 3')).toEqual([ps[3]!.id]);
  });

  it('filters by speaker, party and tag (case-insensitive tag)', () => {
    expect(filterPassages(index, { query: '', speaker: 'Van den Brink' }).map((p) => p.id)).toEqual([ps[2]!.id]);
    expect(filterPassages(index, { query: '', party: 'PVV' }).map((p) => p.id)).toEqual([ps[1]!.id]);
    expect(filterPassages(index, { query: '', tag: 'motie' }).map((p) => p.id)).toEqual([ps[1]!.id]);
    expect(filterPassages(index, { query: 'dublin', party: 'PVV' })).toEqual([]);
  });

  it('offers the facets in Dutch order', () => {
    expect(facets(ps)).toEqual({
      speakers: ['Kröger', 'Russcher', 'Van den Brink', 'Vondeling'],
      parties: ['CDA', 'GroenLinks-PvdA', 'PVV'],
      tags: ['asiel', 'grens', 'Motie'],
    });
  });

  it('groups by debate, the debate with the newest passage first', () => {
    const groups = groupByDebate(filterPassages(index, { query: '' }));
    expect(groups.map((g) => g.debate.title)).toEqual(['Klimaat en Energie', 'JBZ-Raad d.d. 5-6 maart 2026', 'Stemmingen']);
    expect(groups[1]!.passages.map((p) => p.id)).toEqual([ps[3]!.id, ps[0]!.id]);
    // Unsorted input is sorted first.
    expect(groupByDebate([ps[0]!, ps[3]!])[0]!.passages[0]!.id).toBe(ps[3]!.id);
  });

  it('10,000 passages: each keystroke narrows the same index (speed: npm run bench)', () => {
    const many = passages(10_000);
    const big = buildIndex(many);
    const typed = 'passage 12 asiel';
    let previous = Infinity;
    for (let n = 1; n <= typed.length; n++) {
      const hits = filterPassages(big, { query: typed.slice(0, n) });
      expect(hits.length).toBeLessThanOrEqual(previous);
      previous = hits.length;
    }
    expect(previous).toBeGreaterThan(0);
  });
});
