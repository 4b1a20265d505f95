import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../lib/reading-list/export';
import { PassageDebate } from '../../lib/reading-list/schema';
import { groupByDebate } from '../../lib/reading-list/search';
import { passage } from './fixtures';

/**
 * Passages of the Eerste Kamer (issue #16). Both chambers vote on Tuesdays: the
 * Senate's "Stemmingen" of a day is another debate than the Tweede Kamer's.
 */
describe('reading list: the Senate', () => {
  const tk = { title: 'Stemmingen', committees: [], date: '2013-03-26', status: 'Gecorrigeerd' as const, kind: 'plenary' as const };
  const ek = { ...tk, house: 'eerste-kamer' as const };

  it("keeps the Senate's debate apart from the Tweede Kamer's of the same title and day", () => {
    const groups = groupByDebate([passage(1, { debate: tk }), passage(2, { debate: ek }), passage(3, { debate: { ...tk, house: 'tweede-kamer' } })]);
    expect(groups.map((g) => g.passages.length).sort()).toEqual([1, 2]);
  });

  it('names the Senate in the export, above its debate and in each citation', () => {
    const md = exportMarkdown([passage(2, { debate: ek })], new Date('2026-03-06T12:00:00Z'));
    expect(md).toContain('Eerste Kamer · Plenair debat · 26 maart 2013 · Gecorrigeerd');
    expect(md).toContain('*Stemmingen (Eerste Kamer)*, 26 maart 2013');
    expect(exportMarkdown([passage(1, { debate: tk })])).not.toContain('Eerste Kamer');
  });

  it('reads a saved debate without a house (saved before the Senate was read) as before', () => {
    expect(PassageDebate.parse(tk)).toEqual(tk);
    expect(PassageDebate.parse(ek)).toEqual(ek);
    expect(PassageDebate.safeParse({ ...tk, house: 'verenigde-vergadering' }).success).toBe(false);
  });
});
