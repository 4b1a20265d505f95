#!/usr/bin/env node
/**
 * Time per MB of opening Handelingen XML (not a test; tests do not time):
 * the real item's turns repeated into documents of about 1, 4 and 10 MB,
 * opened with `openContent(…, 'handelingen-xml', …)` in a loop in Chromium
 * (the browser's own DOMParser, as in the extension). Prints ms per MB,
 * split into the XML parse and the reader.
 *
 *   node bench/handelingen-xml.mjs [--runs=5]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const xml = readFileSync(resolve(root, 'tests/fixtures/real/h-tk-20172018-61-10.xml'), 'utf8').replace(/^\uFEFF/u, '');
const open = xml.indexOf('<spreekbeurt');
const close = xml.lastIndexOf('</agendapunt>');
const [head, body, tail] = [xml.slice(0, open), xml.slice(open, close), xml.slice(close)];
const sized = (mb) => head + body.repeat(Math.max(1, Math.round((mb * 1024 * 1024) / body.length))) + tail;

// Extension pages forbid eval, so zod runs without its compiled fast path there: here too.
const entry = `
import './bench/zod-jitless';
import { Transcript } from './lib/transcript/model';
import { openContent } from './lib/reader/open-file';
import { parseHandelingenXml } from './lib/reader/handelingen-xml';
globalThis.measure = (text, runs) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const t1 = performance.now();
    const r = parseHandelingenXml(doc);
    const t2 = performance.now();
    const whole = openContent(text, 'handelingen-xml', 'x.xml', { parseHtml: () => { throw new Error('no HTML'); } });
    const t3 = performance.now();
    if (!r.ok || !whole.ok) throw new Error('not read');
    // The reader's last step, on its own: validating the model against its schema.
    Transcript.safeParse(r.transcript);
    const t4 = performance.now();
    out.push({ parse: t1 - t0, read: t2 - t1, open: t3 - t2, zod: t4 - t3, turns: r.transcript.turns.length });
  }
  return out;
};`;
const bundle = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'iife' });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><title>bench</title>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('MB\tturns\tparse ms/MB\treader ms/MB\t(of which zod)\topenContent ms/MB (median of %d)', runs);
for (const mb of [1, 4, 10]) {
  const text = sized(mb);
  const size = new TextEncoder().encode(text).length / (1024 * 1024);
  await page.evaluate(([t]) => globalThis.measure(t, 1), [text]); // warm-up
  const res = await page.evaluate(([t, n]) => globalThis.measure(t, n), [text, runs]);
  const per = (k) => (median(res.map((r) => r[k])) / size).toFixed(1);
  console.log(`${size.toFixed(2)}\t${res[0].turns}\t${per('parse')}\t${per('read')}\t${per('zod')}\t${per('open')}`);
}
await browser.close();
