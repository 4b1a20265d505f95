import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, OVERLAY, type Harness } from './harness';

/**
 * The content script reads a page while the browser parses it and takes the
 * site's own root (div.content) from its first block. A page whose first
 * div.content is not the report must still come out whole: the guess is
 * checked once the page has loaded, and the page is read again.
 */
const TEASER_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09877&id=2026Z03457';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // A long site footer keeps the browser parsing after the report, so the reader starts while
  // the page is still loading (a small page is parsed before the first look).
  const footer = `<footer>${'<p>Tweede Kamer der Staten-Generaal · Postbus 20018 · 2500 EA Den Haag</p>'.repeat(40_000)}</footer>`;
  const html = readFileSync('seeds/demo/tk-committee.html', 'utf8')
    .replace(/<body([^>]*)>/, '<body$1><div class="content"><p>Lees ook: het verslag van de vorige JBZ-Raad.</p></div>')
    .replace('</body>', `${footer}</body>`);
  expect(html).toContain('Lees ook');
  h.serveBody(TEASER_URL, html, 'text/html; charset=utf-8');
});

afterAll(async () => {
  await h?.close();
});

describe('a page read while it loads', () => {
  it('reads the report again when the first div.content was a teaser', async () => {
    const page = await h.open(TEASER_URL);
    await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('[data-kl-turn]').count()).toBe(126);
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    expect(await nav.innerText()).toContain('Kröger');
    // One overlay, not one per reading.
    expect(await page.locator(OVERLAY).count()).toBe(1);
    await page.close();
  });
});
