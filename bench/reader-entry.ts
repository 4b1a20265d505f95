/**
 * Figure 6's page script: the reader's router on documents made in the page,
 * timed with the browser's own parsers, as the reader page runs it. Forms:
 * text (the seed's turns repeated), a site page, Handelingen XML (the real
 * item's turns repeated), and the worst cases found by the fault probe: a
 * text of short lines without blank lines, and XML that declares entities
 * (refused before parsing). Each is built at two sizes: time per MB must
 * stay flat from one to the other.
 */
import '../lib/zod-jitless';
import { openContent, type SourceKind } from '../lib/reader/open-file';

const deps = {
  parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  parseXml: (xml: string) => new DOMParser().parseFromString(xml, 'application/xml'),
};

declare global {
  // eslint-disable-next-line no-var
  var measureReader: (content: string, kind: SourceKind, runs: number) => { ms: number[]; ok: boolean; turns: number };
}

globalThis.measureReader = (content, kind, runs) => {
  const ms: number[] = [];
  let last = openContent(content, kind, 'bench', deps); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = openContent(content, kind, 'bench', deps);
    ms.push(performance.now() - t0);
  }
  return { ms, ok: last.ok, turns: last.ok ? last.transcript.turns.length : 0 };
};
