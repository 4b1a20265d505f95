import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Figure 6: the reader's time per MB on each form it opens, and on the worst
 * cases the fault probe found, each at two sizes (ms/MB must stay flat).
 * Plain Chromium, no extension: the router and readers are the reader page's.
 */
const SECTION = '6 reader';
const MB = 1024 * 1024;

/** `unit` repeated until the document is about `mb` MB, between `head` and `tail`. */
const sized = (head, unit, tail, mb) => head + unit.repeat(Math.max(1, Math.round((mb * MB) / unit.length))) + tail;

function documents(root, seedText, generatePage) {
  const xml = readFileSync(`${root}/tests/fixtures/real/h-tk-20172018-61-10.xml`, 'utf8').replace(/^\uFEFF/u, '');
  const open = xml.indexOf('<spreekbeurt');
  const close = xml.lastIndexOf('</agendapunt>');
  const firstLabel = seedText.indexOf('De voorzitter:');
  const closing = seedText.search(/^Sluiting \d/mu);
  // The fault probe's worst case: one speaker's text as short lines without a blank line, so
  // every line joins one paragraph.
  const shortHead = 'De voorzitter:\nIk open de vergadering.\n\nMevrouw Kröger (GroenLinks-PvdA):\n';
  const entity = '<!DOCTYPE x [<!ENTITY e "' + 'x'.repeat(50_000) + '">]><officiele-publicatie>' ;
  return [
    { key: 'text', label: 'text (the seed repeated)', kind: 'text', sizes: [1, 4], make: (mb) => sized(seedText.slice(0, firstLabel), seedText.slice(firstLabel, closing), 'Sluiting 19.38 uur.\n', mb) },
    { key: 'page', label: 'site page (plenary form)', kind: 'html', sizes: [1, 4], make: (mb) => generatePage(seedText, Math.round(mb * 150_000)) },
    { key: 'hxml', label: 'Handelingen XML (the real item repeated)', kind: 'handelingen-xml', sizes: [1, 4], make: (mb) => sized(xml.slice(0, open), xml.slice(open, close), xml.slice(close), mb) },
    { key: 'shortLines', label: 'worst case: short lines, no blank lines', kind: 'text', sizes: [0.25, 1], make: (mb) => sized(shortHead, 'Dat is zo, voorzitter.\n', '', mb) },
    { key: 'entities', label: 'worst case: XML declaring a 50 kB entity (refused)', kind: 'handelingen-xml', sizes: [0.25, 1], make: (mb) => sized(entity, '<al>&e;</al>', '</officiele-publicatie>', mb) },
  ];
}

export async function figure6({ results, root, seedText, generatePage, entryJs, runs, log }) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><title>bench</title>');
    await page.addScriptTag({ content: entryJs });
    const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const d of documents(root, seedText, generatePage)) {
      const perMb = [];
      for (const mb of d.sizes) {
        const content = d.make(mb);
        const size = new TextEncoder().encode(content).length / MB;
        const r = await page.evaluate(([c, k, n]) => globalThis.measureReader(c, k, n), [content, d.kind, runs]);
        const samples = r.ms.map((ms) => ms / size);
        perMb.push(median(samples));
        results.add(`reader.${d.key}.${mb}mb`, SECTION, `6 ${d.label}, ${size.toFixed(2)} MB`, 'ms/MB', samples, r.ok ? `${r.turns} turns` : 'refused');
        log(`  ${d.key} ${size.toFixed(2)} MB: ${median(samples).toFixed(1)} ms/MB (${r.ok ? `${r.turns} turns` : 'refused'})`);
      }
      results.one(`reader.${d.key}.growth`, SECTION, `6 ${d.label}: ms/MB, larger ÷ smaller`, '×', perMb[1] / perMb[0]);
    }
  } finally {
    await browser.close();
  }
}
