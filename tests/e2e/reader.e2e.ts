import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness, selectText } from './harness';
import { readRepoFile } from '../helpers/dom';
import { passwordPdf, textToPdf } from '../reader/make-pdf';

/**
 * The reader page in real Chromium with the built extension: pdf.js runs with
 * its worker from the extension package, nothing goes over the network.
 * (Run with the e2e config; it reads .output/chrome-mv3.)
 */

const seedText = readRepoFile('seeds/committee-2026-03-03-jbz.txt');
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the reader page', () => {
  it('opens the seed as a PDF with pdf.js in its bundled worker, then refuses a locked PDF and stays usable', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html`);
    expect(await page.title()).toBe('Kamerlezer — Lezer');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    // pdf.js ends its worker when the document is done: record it as it starts.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const pdf = Buffer.from(await textToPdf(seedText));
    await page.setInputFiles('input[type=file]', { name: 'verslag.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForFunction(() => document.querySelectorAll('[data-kl-turn]').length === 126, null, { timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe('JBZ-Raad d.d. 5-6 maart 2026');
    expect(await page.locator('[data-kl-turn="0"]').textContent()).toBe('De voorzitter (Boomsma)');
    expect(await page.locator('.status-warning').textContent()).toMatch(/^Conceptverslag/);
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^chrome-extension://${h.extensionId}/assets/pdf\\.worker\\.min-[\\w-]+\\.mjs$`, 'u'))]);
    await page.locator('.recent li').first().waitFor();

    await page.setInputFiles('input[type=file]', { name: 'geheim.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await passwordPdf()) });
    await page.locator('[role=alert]', { hasText: 'Dit PDF-bestand is beveiligd met een wachtwoord.' }).waitFor();
    // The document shown stays, and the page still opens documents.
    expect(await page.locator('[data-kl-turn]').count()).toBe(126);
    // Set as a paste would (Playwright's fill() types 100 kB through insertText, which takes ~20 s).
    await page.locator('textarea').evaluate((el: HTMLTextAreaElement, v: string) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, seedText);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[role=alert]')?.textContent === '' && document.querySelector('[role=status]')?.textContent === '');
    expect(await page.locator('.recent li').count()).toBe(2);
    expect(h.blocked).toEqual([]);
    await page.close();
  });
});

describe('the reader page, other sources', () => {
  it('opens VLOS XML and a saved page with the browser’s own parsers', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html`);
    const vlos = readRepoFile('seeds/reader/vlos-sample.xml');
    await page.setInputFiles('input[type=file]', { name: 'verslag.xml', mimeType: 'text/xml', buffer: Buffer.from(vlos) });
    await page.waitForFunction(() => document.querySelectorAll('[data-kl-turn]').length === 20);
    expect(await page.locator('.event-chair-change').allTextContents()).toEqual(['Voorzitter: Van Oordt', 'Voorzitter: Hazelhoff', 'Voorzitter: Van Oordt']);
    expect(await page.locator('[data-kl-turn="17"]').textContent()).toBe('De heer Van Oordt (D66)');
    expect(await page.locator('.status-warning').textContent()).toMatch(/^Ongecorrigeerd/);

    const html = readRepoFile('seeds/demo/tk-committee.html');
    await page.setInputFiles('input[type=file]', { name: 'verslag.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForFunction(() => document.querySelectorAll('[data-kl-turn]').length === 126);
    // The site's overlay over the reader's document: speakers, and j moves through the turns.
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    await expect.poll(() => nav.innerText().catch(() => '')).toContain('Van den Brink');
    await page.mouse.click(5, 5);
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('h3.kl-current').getAttribute('data-kl-turn')).toBe('0');
    // The analyses come from the background for the reader too: terms and commitments tabs appear.
    await expect.poll(() => page.getByRole('tab', { name: 'Toezeggingen' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByRole('tab', { name: 'Begrippen' }).count()).toBe(1);
    // One browser profile for the file: the list also holds the first test's documents.
    await page.locator('.recent-meta', { hasText: 'webpagina' }).waitFor();
    const recent = await page.locator('.recent-meta').allTextContents();
    expect(recent.slice(0, 2)).toEqual(['3 maart 2026 · webpagina · verslag.html', '11 februari 2026 · VLOS-XML · verslag.xml']);
    expect(h.blocked).toEqual([]);
    await page.close();
    // 120 s, not the suite's 60: in three of about twenty runs (session of 2026-12-06) this test went past 60 s with no
    // single wait timing out, on an otherwise idle machine, and passed in 2-4 s on every other run. Not yet traced
    // (the analyses of both documents take about 2 s in Node); recorded as open in the note on issue #18.
  }, 120_000);
});

describe('the reader page, real published documents', () => {
  // The publisher's files byte for byte (tests/fixtures/real), checked against their keys there.
  const key = (name: string) => JSON.parse(readRepoFile(`tests/fixtures/real/${name}.expected.json`)) as { turns: { asChair: boolean }[]; title: string };

  it('opens the real Handelingen XML and the real two-column Handelingen PDF with every turn', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html`);
    for (const [file, mime] of [
      ['h-tk-20172018-61-10.xml', 'text/xml'],
      ['handelingen-tk-2023-2024-40-6.pdf', 'application/pdf'],
    ] as const) {
      const k = key(file.replace(/\.(xml|pdf)$/u, ''));
      await page.setInputFiles('input[type=file]', { name: file, mimeType: mime, buffer: readFileSync(`tests/fixtures/real/${file}`) });
      await page.waitForFunction((n) => document.querySelectorAll('[data-kl-turn]').length === n, k.turns.length, { timeout: 30_000 });
      expect(await page.locator('h1').first().textContent()).toBe(k.title);
    }
    // The PDF's chair is named by surname on every chair turn.
    expect(await page.locator('[data-kl-turn="0"]').textContent()).toBe('De voorzitter (Bosma)');
    await page.close();
  });

  it('lists the real PDF\'s 16 motions in the Moties panel, marks them, jumps to one and to its judgement, and saves one', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html`);
    const file = 'handelingen-tk-2023-2024-40-6.pdf';
    await page.setInputFiles('input[type=file]', { name: file, mimeType: 'application/pdf', buffer: readFileSync(`tests/fixtures/real/${file}`) });
    await expect.poll(() => page.getByRole('tab', { name: 'Moties' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Moties' }).click();
    const panel = page.getByRole('tabpanel');
    expect(await panel.locator('.panel-count').innerText()).toBe('16 moties');
    expect(await panel.locator('li.item').count()).toBe(16);
    expect(await panel.locator('h4', { hasText: 'Motie nr. 1136' }).count()).toBe(1);
    // Jump to a motion: the turn that holds it becomes the current one, and the motion's text is marked
    // (marks are made as paragraphs near the viewport).
    const first = panel.locator('li.item').first();
    await first.getByRole('button', { name: /^Naar de motie/ }).click();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-kl-turn].kl-current').length)).toBe(1);
    await expect.poll(() => page.locator('span.kl-motion', { hasText: 'verzoekt' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // A motion with a judgement found jumps to the minister's turn.
    const judged = panel.locator('li.item', { has: page.getByRole('button', { name: /^Naar het oordeel/ }) }).first();
    const to = Number((await judged.getByRole('button', { name: /^Naar het oordeel/ }).innerText()).match(/beurt (\d+)/u)![1]) - 1;
    await judged.getByRole('button', { name: /^Naar het oordeel/ }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-kl-turn].kl-current')?.getAttribute('data-kl-turn'))).toBe(String(to));
    // Saved to the reading list with a person's click.
    await first.getByRole('button', { name: 'Bewaar in leeslijst' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');
    await page.close();
  });
});

describe('the build', () => {
  const out = join(process.cwd(), '.output/chrome-mv3');
  const read = (dir: string) => readdirSync(join(out, dir)).map((f) => readFileSync(join(out, dir, f), 'utf8'));

  it('has the reader page and the pdf.js worker as a packaged asset', () => {
    expect(existsSync(join(out, 'reader.html'))).toBe(true);
    expect(readdirSync(join(out, 'assets')).some((f) => /^pdf\.worker\.min-[\w-]+\.mjs$/u.test(f))).toBe(true);
  });

  it('keeps pdf.js (and the reader code) out of the content scripts', () => {
    for (const js of read('content-scripts')) expect(js).not.toMatch(/GlobalWorkerOptions|PasswordException|pdf\.worker|pdfjs/u);
  });

  it('loads pdf.js code from the package only (no CDN, no remote import)', () => {
    for (const js of read('chunks')) expect(js).not.toMatch(/import\(\s*[`'"]https?:|(?:cdn\.jsdelivr|unpkg\.com|cdnjs)/u);
  });
});

describe('Open in Kamerlezer', () => {
  it('on the reader’s click, fetches the transcript PDF from the page’s own site and opens it in the reader with the overlay', async () => {
    const pageUrl = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D55555&id=2026Z05555';
    const pdfUrl = 'https://www.tweedekamer.nl/downloads/document?id=2026D55555';
    const html = readRepoFile('seeds/demo/tk-committee.html').replace(
      '<div class="content">',
      '<p class="download"><a href="/downloads/document?id=2026D55555">Verslag van een commissiedebat (PDF)</a></p>\n<div class="content">',
    );
    h.serveBody(pageUrl, html, 'text/html; charset=utf-8');
    h.serveBody(pdfUrl, Buffer.from(await textToPdf(readRepoFile('seeds/committee-2026-03-03-jbz.txt'))), 'application/pdf');
    const page = await h.context.newPage();
    await page.goto(pageUrl);
    await page.locator('kamerlezer-overlay[data-kl-ready]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: 'Bestand' }).click();
    const [reader] = await Promise.all([h.context.waitForEvent('page'), page.getByRole('button', { name: 'Open in Kamerlezer' }).click()]);
    await reader.waitForFunction(() => document.querySelectorAll('h3[data-kl-turn]').length === 126, null, { timeout: 30_000 });
    await expect.poll(() => reader.getByRole('navigation', { name: 'Sprekers' }).innerText().catch(() => '')).toContain('Kröger');
    expect(h.blocked).toEqual([]);
    await reader.close();
    await page.close();
  });
});

describe('the reading list in the reader', () => {
  it('saves a passage of a file, lists it in the popup with the document’s metadata, and reopens it in the reader', async () => {
    const quote = 'Het is overduidelijk dat de coalitiepartijen';
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html`);
    await page.setInputFiles('input[type=file]', { name: 'jbz-raad.html', mimeType: 'text/html', buffer: Buffer.from(readRepoFile('seeds/demo/tk-committee.html')) });
    await page.locator('kamerlezer-overlay[data-kl-ready]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('doc')).toBeTruthy();
    await selectText(page, quote);
    await page.getByRole('button', { name: 'Bewaar selectie' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');

    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText()).toContain(quote);
    expect(await popup.locator('body').innerText()).toContain('JBZ-Raad');

    const docUrl = page.url().split('#')[0]!;
    await page.close();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /JSON/ }).first().click()]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')).passages.find((p: { exact: string }) => p.exact === quote);
    expect(saved.url).toBe(docUrl);
    const again = await h.context.newPage();
    await again.goto(`${docUrl}#kl-passage=${encodeURIComponent(saved.id)}`);
    await again.locator('kamerlezer-overlay[data-kl-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect
      .poll(() =>
        again.evaluate(() => {
          const r = document.querySelector('span.kl-passage')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await again.close();
    await popup.close();
  });
});
