import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, OVERLAY, type Harness, selectText } from './harness';

const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const CLIMATE_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D10001&id=2026Z02001';
const NEWS = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/kamer_in_het_kort/debat-over-wonen';
const QUOTE = 'Het is overduidelijk dat de coalitiepartijen';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
  h.serve(CLIMATE_URL, 'tests/fixtures/pages/tk-committee-climate.html');
  h.serve(NEWS, 'tests/fixtures/pages/tk-news-kamer-in-het-kort.html');
});

afterAll(async () => {
  await h?.close();
});

async function ready(page: Page) {
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
}

/** Brings the first mark of a term into view (marks are made as paragraphs near the viewport). */
async function revealTerm(page: Page, term: string) {
  await page.evaluate((term) => {
    const p = [...document.querySelectorAll('[data-kl-turn] ~ p, p')].find((x) => new RegExp(`\\b${term}\\b`).test(x.textContent ?? ''));
    p?.scrollIntoView({ block: 'center' });
  }, term);
  const mark = page.locator('span.kl-term', { hasText: new RegExp(`^${term}$`) }).first();
  await mark.waitFor({ timeout: 10_000 });
  return mark;
}

describe('terms', () => {
  it('hovering a term shows its explanation in a tooltip; the debate’s own definition wins', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    const vtl = await revealTerm(page, 'vtl');
    await vtl.hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.innerText().catch(() => '')).toContain('verscherpttoezichtlocatie');
    expect(await tip.innerText()).toMatch(/uitgelegd in dit debat/i);
    // The pointer may move onto the tooltip to read it; it stays (WCAG 1.4.13), and goes once the pointer leaves.
    const box = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(200);
    expect(await tip.count()).toBe(1);
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  it('keyboard focus on a term shows the tooltip too, and Escape hides it', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    const ind = await revealTerm(page, 'IND');
    await ind.focus();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.innerText().catch(() => '')).toContain('Immigratie- en Naturalisatiedienst');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  it('in a climate debate PBL is the Planbureau voor de Leefomgeving', async () => {
    const page = await h.open(CLIMATE_URL);
    await ready(page);
    const pbl = await revealTerm(page, 'PBL');
    await pbl.hover();
    await expect.poll(() => page.getByRole('tooltip').innerText().catch(() => '')).toContain('Planbureau voor de Leefomgeving');
    await page.close();
  });

  it('marks nothing on a page that is not a transcript', async () => {
    const page = await h.open(NEWS);
    await page.waitForTimeout(800);
    expect(await page.locator('span.kl-term, span.kl-commitment').count()).toBe(0);
    await page.close();
  });
});

describe('mentions', () => {
  it('a mention of a member in the text is a link to that member’s next turn', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => /Mevrouw Kröger had daarnaast nog de vraag/.test(x.textContent ?? ''));
      p?.scrollIntoView({ block: 'center' });
    });
    const mention = page.locator('span.kl-mention', { hasText: /Kröger/ }).first();
    await mention.waitFor({ timeout: 10_000 });
    await mention.click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-kl-turn].kl-current')?.getAttribute('data-kl-speaker')))
      .toBe('kroger');
    await page.close();
  });
});

describe('debate map', () => {
  it('draws the whole debate; a click on the strip goes to the turn drawn there, and the keyboard moves and jumps', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    await page.getByRole('tab', { name: 'Kaart' }).click();
    const strip = page.getByRole('slider', { name: /Debatkaart/ });
    expect(await strip.getAttribute('aria-valuemax')).toBe('126');
    // Something is drawn: the canvas is not blank.
    const inked = await strip.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.2);
    // Click three quarters down: the page goes to a turn in the last part of the debate.
    const box = (await strip.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.75);
    const current = () => page.evaluate(() => Number(document.querySelector('[data-kl-turn].kl-current')?.getAttribute('data-kl-turn') ?? -1));
    await expect.poll(current).toBeGreaterThan(60);
    // Keyboard: Home, two down, Enter: turn 3.
    await strip.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await strip.getAttribute('aria-valuetext')).toMatch(/^Beurt 3 van 126: /u);
    await page.keyboard.press('Enter');
    await expect.poll(current).toBe(2);
    await page.close();
  });
});

describe('commitments', () => {
  it('lists the seven closing commitments with the deadline resolved, and highlights promises in the text', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    await page.getByRole('tab', { name: 'Toezeggingen' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText()).toContain('11 maart 2026');
    expect(await panel.innerText()).toContain('Clingendael');
    // Jump to where the first closing item was said, then the page has commitment marks near it.
    await panel.getByRole('button', { name: /Gezegd in beurt/ }).first().click();
    await expect.poll(() => page.locator('span.kl-commitment').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The closing list is read by the background (not by the page's own parse): its place in the outline comes with it.
    await page.getByRole('tab', { name: 'Overzicht' }).click();
    await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('Toezeggingen (7)');
    await page.close();
  });
});

describe('reading list', () => {
  it('select, save, see it in the popup, reopen it and land on the passage; export and re-import', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    await selectText(page, QUOTE);
    await page.getByRole('button', { name: 'Bewaar selectie' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');
    // Listed in the overlay's frame of the extension's own page; not marked in the site's page.
    await page.getByRole('tab', { name: 'Leeslijst' }).click();
    await expect.poll(() => page.frameLocator(`${OVERLAY} iframe`).locator('blockquote').allInnerTexts()).toEqual([QUOTE]);
    expect(await page.locator('span.kl-passage').count()).toBe(0);

    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText()).toContain(QUOTE);
    expect(await popup.locator('body').innerText()).toContain('Vondeling (PVV)');

    // Export as JSON, then delete and re-import: the passage comes back once.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /JSON/ }).first().click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'kl-export-')), 'leeslijst.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('kamerlezer-reading-list');
    expect(exported.passages).toHaveLength(1);
    expect(exported.passages[0].exact).toBe(QUOTE);

    // A broken file is refused whole and names the problem; the list stays.
    const broken = join(mkdtempSync(join(tmpdir(), 'kl-broken-')), 'kapot.json');
    writeFileSync(broken, JSON.stringify({ ...exported, passages: [{ ...exported.passages[0], debate: { ...exported.passages[0].debate, date: 'gisteren' } }] }));
    await popup.locator('input[type="file"]').setInputFiles(broken);
    await expect.poll(() => popup.getByRole('alert').allInnerTexts().then((t) => t.join(' '))).toMatch(/passages\[0\]\.debate\.date/);
    expect(await popup.locator('body').innerText()).toContain(QUOTE);

    await popup.locator('input[type="file"]').setInputFiles(file);
    await popup.waitForTimeout(500);
    expect(await popup.locator('body').innerText()).toMatch(/1 passage\b/);

    // Open with the page still open: the background brings that tab forward and it scrolls to the passage.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.getByRole('button', { name: 'Openen' }).first().click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = document.querySelector('span.kl-passage')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);

    // Reopened later from its link (the background opens `url#kl-passage=<id>`; Playwright cannot route
    // tabs an extension creates, so the test follows the same link itself).
    await page.close();
    const opened = await h.open(`${SEED_URL}#kl-passage=${encodeURIComponent(exported.passages[0].id)}`);
    await ready(opened);
    await expect
      .poll(() =>
        opened.evaluate(() => {
          const r = document.querySelector('span.kl-passage')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await opened.close();
    await popup.close();
  });

  it('the page\'s own save key (s) saves the selection where the browser\'s command does not arrive', async () => {
    const page = await h.open(SEED_URL);
    await ready(page);
    await selectText(page, 'Dank u wel, voorzitter');
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^(Bewaard in de leeslijst\.|Stond al in de leeslijst\.)$/u)]));
    await page.close();
  });

  it('saves nothing on clicks a page script makes, and saves on a person’s own click', async () => {
    const quote = 'waarschuwde het PBL dat Nederland het klimaatdoel';
    const page = await h.open(CLIMATE_URL);
    await ready(page);
    await selectText(page, quote);
    const button = page.getByRole('button', { name: 'Bewaar selectie' });
    await button.waitFor();
    // The page's own script finds the overlay's buttons and clicks them, 20 times.
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('kamerlezer-overlay')?.shadowRoot;
      const buttons = [...(root?.querySelectorAll('button') ?? [])].filter((b) => /Bewaar/u.test(b.textContent ?? ''));
      for (let i = 0; i < 20; i++) for (const b of buttons) b.click();
      return buttons.length;
    });
    expect(clicked).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.getByRole('status').allInnerTexts()).not.toContain('Bewaard in de leeslijst.');
    expect(await page.locator('span.kl-passage').count()).toBe(0);
    // The reader's own click does save.
    await button.click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');
    await page.close();
  });

  it('a broken #kl-passage= fragment is ignored: the keys still work on that page', async () => {
    // The earlier test saved a passage of this page, so the fragment is looked at.
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${SEED_URL}#kl-passage=%ZZ`);
    await ready(page);
    await page.waitForTimeout(300);
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('[data-kl-turn].kl-current').count()).toBe(1);
    expect(errors.filter((m) => /URI/u.test(m))).toEqual([]);
    await page.close();
  });
});
