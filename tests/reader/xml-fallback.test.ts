import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { loadPage } from '../helpers/dom';

/**
 * A publisher's XML in a structure the dedicated reader does not know (here
 * the real Handelingen XML with its elements renamed, as another year's
 * schema might) is still read, through its text: labels and turns.
 */
const DIR = resolve(process.cwd(), 'tests/fixtures/real');
const deps: OpenDeps = { pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), parseHtml: (html) => loadPage(html, 'about:blank') };
const real = readFileSync(resolve(DIR, 'h-tk-20172018-61-10.xml'), 'utf8');

describe('XML in an unknown structure', () => {
  it('reads the real item through its text when its turn elements have other names', async () => {
    const renamed = real.replace(/<(\/?)spreekbeurt\b/gu, '<$1beurt').replace(/<(\/?)spreker\b/gu, '<$1wie');
    const r = await openTranscriptFile({ name: 'onbekend.xml', bytes: new TextEncoder().encode(renamed) }, deps);
    if (!r.ok) throw new Error(r.message);
    const key = JSON.parse(readFileSync(resolve(DIR, 'h-tk-20172018-61-10.expected.json'), 'utf8')) as { turns: { speaker: string | null; asChair: boolean }[] };
    const t = r.transcript;
    const got = t.turns.map((x) => (x.asChair ? null : t.speakers.find((s) => s.id === x.speakerId)!.name));
    // Every turn of the key, in order, with its speaker (the chair as chair).
    expect(got).toEqual(key.turns.map((k) => (k.asChair ? null : k.speaker)));
  });

  it('an XML that is no transcript at all still says so', async () => {
    const r = await openTranscriptFile({ name: 'x.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><officiele-publicatie><p>Geen debat.</p></officiele-publicatie>') }, deps);
    expect(r.ok).toBe(false);
  });
});
