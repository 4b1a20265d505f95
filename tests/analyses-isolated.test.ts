import { describe, expect, it } from 'vitest';
import { analyze } from '../lib/analyze';
import { analyzers } from '../lib/analyzers';
import { asPageAnalyses } from '../lib/analyses/page-shape';
import { PAGE_RUNNERS, runPageAnalyses } from '../lib/analyses/run-page';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openTranscriptFile, type OpenDeps } from '../lib/reader/open-file';
import { seedTranscript } from './helpers/dom';

const NO_PDF: OpenDeps = { pdfjs: () => Promise.reject(new Error('no pdf here')), parseHtml: () => document };

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

  it('motions (on the real XML, which has six): failing, they leave the others; working, both sides agree', async () => {
    const file = 'h-tk-20172018-61-10.xml';
    const r = await openTranscriptFile({ name: file, bytes: new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/real', file))) }, NO_PDF);
    if (!r.ok) throw new Error(r.message);
    const page = runPageAnalyses(r.transcript, { ...PAGE_RUNNERS, motions: boom });
    expect(page.failed).toEqual(['motions']);
    expect(page.motions).toEqual([]);
    expect(page.commitments.length).toBeGreaterThan(0);
    const a = analyze(r, { ...analyzers, motions: boom });
    expect(a.errors).toEqual([{ analysis: 'motions', message: 'kapot' }]);
    const working = runPageAnalyses(r.transcript);
    expect(working.motions.map((m) => m.number)).toEqual(analyze(r, analyzers).motions.map((m) => m.number));
    expect(analyze(r, analyzers).motions.filter((m) => m.judgement).length).toBe(working.motions.filter((m) => m.judgement).length);
  });

  it('no errors field when every analysis works', () => {
    expect(analyze({ ok: true, transcript: seed }, analyzers).errors).toBeUndefined();
    expect(runPageAnalyses(seed).failed).toEqual([]);
  });
});
