import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { describeModelText } from '../../lib/anchor/model-anchor';
import { describe } from '../../lib/anchor/text-quote';
import { openTranscriptFile } from '../../lib/reader/open-file';
import { seedTranscript } from '../helpers/dom';

/** The content script's describe for the model's text gives the general describe's anchor, on the seed and on real documents. */
suite('describeModelText', () => {
  const ranges = (n: number, len: number) => {
    let x = 7;
    const out: [number, number][] = [];
    for (let i = 0; i < 300; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const s = x % n;
      out.push([s, Math.min(n, s + 1 + (x % len))]);
    }
    return out;
  };
  const same = (text: string) => {
    for (const [s, e] of ranges(text.length, 400)) {
      let general: unknown;
      try {
        general = describe(text, s, e);
      } catch (err) {
        general = (err as Error).name;
      }
      let model: unknown;
      try {
        model = describeModelText(text, s, e);
      } catch (err) {
        model = (err as Error).name;
      }
      expect(model, `${s}-${e}`).toEqual(general);
    }
  };
  it('on the seed, across paragraphs and turns', () => same(seedTranscript().text));
  for (const file of ['h-tk-20172018-61-10.xml', 'handelingen-tk-2023-2024-40-6.pdf']) {
    it(`on the real ${file}`, async () => {
      const r = await openTranscriptFile(
        { name: file, bytes: new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/real', file))) },
        { pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), parseHtml: () => document },
      );
      if (!r.ok) throw new Error(r.message);
      same(r.transcript.text);
    });
  }
});
