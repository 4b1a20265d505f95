import { describe, expect, it } from 'vitest';
import { analyze } from '../lib/analyze';
import { analyzers } from '../lib/analyzers';
import { asPageAnalyses } from '../lib/analyses/page-shape';
import { PAGE_RUNNERS, runPageAnalyses } from '../lib/analyses/run-page';
import { seedTranscript } from './helpers/dom';

/** One failing analysis never takes the others down: in the extension's background and in `analyze`. */
const boom = () => {
  throw new Error('kapot');
};

describe('each analysis on its own', () => {
  const seed = seedTranscript();

  for (const id of ['terms', 'commitments', 'questions'] as const) {
    it(`the page analyses: ${id} fails, the other two still arrive`, () => {
      const r = runPageAnalyses(seed, { ...PAGE_RUNNERS, [id]: boom });
      expect(r.failed).toEqual([id]);
      if (id !== 'terms') expect(r.terms.length).toBeGreaterThan(10);
      if (id !== 'commitments') expect(r.commitments.length).toBeGreaterThan(5);
      if (id !== 'questions') expect(r.questions.questions.length).toBeGreaterThan(10);
      // What the content script accepts from the background keeps the failure.
      expect(asPageAnalyses(JSON.parse(JSON.stringify(r)))?.failed).toEqual([id]);
    });

    it(`analyze: ${id} fails, the others are there and "errors" names it`, () => {
      const a = analyze({ ok: true, transcript: seed }, { ...analyzers, [id]: boom });
      expect(a.errors).toEqual([{ analysis: id, message: 'kapot' }]);
      expect(a[id]).toEqual([]);
      for (const other of (['terms', 'commitments', 'questions'] as const).filter((x) => x !== id)) expect(a[other].length).toBeGreaterThan(5);
    });
  }

  it('a result its schema refuses counts as failed, not as data: the overlay never gets it', () => {
    const r = runPageAnalyses(seed, { ...PAGE_RUNNERS, commitments: () => [{ id: 7, text: null }] as never });
    expect(r.failed).toEqual(['commitments']);
    expect(r.commitments).toEqual([]);
    expect(r.terms.length).toBeGreaterThan(10);
  });

  it('analyze and the overlay read one registry: the same terms, commitments and questions', () => {
    const page = runPageAnalyses(seed);
    const a = analyze({ ok: true, transcript: seed }, analyzers);
    expect(a.terms.map((x) => x.term).sort()).toEqual(page.terms.map((x) => x.term).sort());
    expect(a.commitments.map((x) => x.text)).toEqual(page.commitments.map((x) => x.text));
    expect(a.questions.map((x) => x.text)).toEqual(page.questions.questions.map((x) => x.text));
  });

  it('no errors field when every analysis works', () => {
    expect(analyze({ ok: true, transcript: seed }, analyzers).errors).toBeUndefined();
    expect(runPageAnalyses(seed).failed).toEqual([]);
  });
});
