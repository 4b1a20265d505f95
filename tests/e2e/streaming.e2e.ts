import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/generate';
import { parseDocument } from '../../lib/transcript/parse';
import { loadPage } from '../helpers/dom';
import { launch, OVERLAY, type Harness } from './harness';

/**
 * A long plenary day arrives over the network in pieces, and the content
 * script reads it while the browser parses it. Here a local HTTPS server
 * sends the page in chunks with pauses between them (a streamed response),
 * and Chromium resolves www.tweedekamer.nl to that server, so the content
 * script runs as on the site. Every chunk size must give what the same page
 * gives when it is served whole.
 */

const PAGE_URL = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/42';
const WHOLE_URL = `${PAGE_URL}?geheel`;
// From a few bytes per pause (a slow line) to large pieces; the pause lets the browser parse and paint.
const CHUNKINGS = [
  { bytes: 2_048, pauseMs: 4 },
  { bytes: 16_384, pauseMs: 25 },
  { bytes: 131_072, pauseMs: 120 },
];

let h: Harness;
let server: Server;
let certDir: string;
let html: string;
let expectedTurns = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  // About 60,000 words, some 380 turns: long enough that the overlay is mounted well before the page is in.
  html = generatePage(readFileSync('seeds/committee-2026-03-03-jbz.txt', 'utf8'), 60_000);
  const model = parseDocument(loadPage(html, PAGE_URL), PAGE_URL);
  expectedTurns = model.ok ? model.transcript.turns.length : 0;
  certDir = mkdtempSync(join(tmpdir(), 'kl-cert-'));
  // A throwaway self-signed certificate: Chromium is told to accept it (--ignore-certificate-errors).
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.tweedekamer.nl',
    '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  server = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, async (req, res) => {
    const chunking = CHUNKINGS[Number(new URL(req.url ?? '/', 'https://x').searchParams.get('chunking'))];
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (!chunking) return res.end(body);
    for (let at = 0; at < body.length; at += chunking.bytes) {
      res.write(body.subarray(at, at + chunking.bytes));
      await sleep(chunking.pauseMs);
    }
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  h = await launch({ args: [`--host-resolver-rules=MAP www.tweedekamer.nl 127.0.0.1:${port}`, '--ignore-certificate-errors'] });
  h.serveBody(WHOLE_URL, html, 'text/html; charset=utf-8');
});

afterAll(async () => {
  await h?.close();
  server?.close();
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

/** What the overlay read: turns marked in the page, and the speaker list as shown. */
async function readingOf(url: string) {
  const page = await h.open(url);
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 30_000 });
  // The check after load may read the page again: wait until the page has settled.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 30_000 });
  const turns = await page.locator('[data-kl-turn]').count();
  const speakers = await page.getByRole('navigation', { name: 'Sprekers' }).innerText();
  const overlays = await page.locator(OVERLAY).count();
  await page.close();
  return { turns, speakers, overlays };
}

describe('a long page that arrives in pieces', () => {
  let whole: Awaited<ReturnType<typeof readingOf>>;

  it('served whole, gives every turn of the page', async () => {
    whole = await readingOf(WHOLE_URL);
    expect(expectedTurns).toBeGreaterThan(300);
    expect(whole.turns).toBe(expectedTurns);
    expect(whole.overlays).toBe(1);
  });

  CHUNKINGS.forEach((c, i) => {
    it(`streamed in ${c.bytes}-byte pieces ${c.pauseMs} ms apart, gives the same reading`, async () => {
      h.passThrough(`${PAGE_URL}?chunking=${i}`);
      const streamed = await readingOf(`${PAGE_URL}?chunking=${i}`);
      expect(streamed).toEqual(whole);
    });
  });
});
