import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { selectInPage } from './harness';

/**
 * The Firefox build (.output/firefox-mv2, made by `npm run zip`) in real headless
 * Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi by
 * puppeteer-core and installed as a temporary add-on. Pages are served at their
 * real URLs by request interception; every other request is refused and recorded.
 *
 * Not automated here: the popup (BiDi refuses to open a moz-extension:// page
 * in a tab), so the saved passage is seen through the background another way:
 * a reloaded page asks the background for its passages and marks them. The
 * toolbar icon and badge and the keyboard command (browser UI, not page content)
 * are not reachable either; README "Firefox" says how they were checked.
 */

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
// A news item at a URL of the transcript form: the content script runs there and must decide it is not one.
const NEWS = 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z09999&did=2026D09999';
const PAGES = new Map([
  [SEED_URL, 'seeds/demo/tk-committee.html'],
  [NEWS, 'tests/fixtures/pages/tk-news-kamer-in-het-kort.html'],
]);
const QUOTE = 'Het is overduidelijk dat de coalitiepartijen';

let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // As wide as the Chromium tests' window: narrower, the overlay's panel lies over the text.
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // A fixed internal UUID: the add-on's pages get a known moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: '3c4f7a2e-5b1d-4e8f-9a6c-2d7e0b1f4a53' }),
    },
  });
  await browser.installExtension(realpathSync(resolve('.output/firefox-mv2')));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const at = req.url().split('#')[0]!;
    const file = PAGES.get(at);
    if (file) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    if (at.startsWith('moz-extension://') || at.startsWith('data:')) return void req.continue();
    // The fixture pages' own stylesheets and images are not served; anything else would be the add-on calling out.
    if (!/^https:\/\/(www\.)?tweedekamer\.nl\//.test(at)) blocked.push(at);
    return void req.abort();
  });
  await page.goto(url);
  return page;
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('kamerlezer-overlay[data-kl-ready]', { timeout: 15_000 });
}

/** Text of the first element matching `selector` in the page or the overlay's (open) shadow root. */
function deepText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const roots: ParentNode[] = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    for (const root of roots) {
      const el = root.querySelector(sel);
      if (el) return (el as HTMLElement).innerText;
    }
    return null;
  }, selector);
}

const currentTurn = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-kl-turn].kl-current');
    return el ? Number(el.getAttribute('data-kl-turn')) : null;
  });

describe('Firefox: on the seed transcript page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(SEED_URL);
    await ready(page);
  }, 30_000);

  it('shows the overlay with every speaker', async () => {
    const speakers = await deepText(page, 'nav[aria-label="Sprekers"]');
    for (const name of ['Boomsma', 'Van den Brink', 'Kröger', 'Vondeling', 'Russcher', 'Van der Plas', 'Ellian', 'Straatman', 'Van Asten']) {
      expect(speakers).toContain(name);
    }
    expect(await page.$$eval('[data-kl-turn]', (els) => els.length)).toBe(126);
  });

  it('j moves to the next turn', async () => {
    await page.keyboard.press('j');
    await expect.poll(() => currentTurn(page)).toBe(0);
    await page.keyboard.press('j');
    await expect.poll(() => currentTurn(page)).toBe(1);
  });

  it('saves a selected passage; after a reload the Leeslijst panel holds the extension frame of the page\'s passages', async () => {
    await page.evaluate(selectInPage, QUOTE);
    // A person's own click (the overlay ignores clicks a page script makes): puppeteer's input is trusted.
    const button = await page.waitForFunction(
      () => [...document.querySelector('kamerlezer-overlay')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Bewaar selectie'),
      { timeout: 5_000 },
    );
    await (button.asElement() as ElementHandle<Element>).click();
    await expect.poll(() => deepText(page, '[role="status"]')).toContain('Bewaard in de leeslijst.');

    // The page keeps nothing itself: after a reload its passages come from the background's list, shown
    // in the extension's own frame inside the Leeslijst panel (the page's DOM never holds them).
    await page.reload();
    await ready(page);
    const openTab = async () => {
      const tab = await page.waitForFunction(
        () => [...document.querySelector('kamerlezer-overlay')!.shadowRoot!.querySelectorAll('[role="tab"]')].find((b) => b.textContent!.trim() === 'Leeslijst'),
        { timeout: 5_000 },
      );
      await (tab.asElement() as ElementHandle<Element>).click();
    };
    await openTab();
    // What the frame lists is checked in Chromium (features.e2e.ts, private-data.e2e.ts): the Firefox
    // driver (WebDriver BiDi) reports an extension frame inside a web page as about:blank and cannot enter it.
    // On a loaded machine the panels may still be arriving when the tab is first clicked: click it again
    // while the frame is not there (a person would too).
    const src = async () => {
      const now = await page.evaluate(() => document.querySelector('kamerlezer-overlay')!.shadowRoot!.querySelector('iframe')?.src ?? '');
      if (!now) await openTab();
      return now;
    };
    await expect.poll(src, { timeout: 10_000 }).toMatch(/^moz-extension:\/\/[^/]+\/page-passages\.html/);
  });

  it('hovering a term shows its explanation in a tooltip', async () => {
    // Terms are marked in paragraphs near the viewport: bring the first "vtl" into view.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => /\bvtl\b/.test(x.textContent ?? ''))!;
      p.scrollIntoView({ block: 'center' });
    });
    const mark = await page.waitForSelector('::-p-xpath(//span[contains(@class,"kl-term") and text()="vtl"])', { timeout: 10_000 });
    // Firefox's text runs wider than Chromium's: this "vtl" lies under the open panel, so fold it (o) first.
    await page.keyboard.press('o');
    await mark!.hover();
    await expect.poll(() => deepText(page, '[role="tooltip"]'), { timeout: 5_000 }).toContain('verscherpttoezichtlocatie');
  });
});

describe('Firefox: a news page', () => {
  it('gets nothing: no overlay, no marks, the page unchanged', async () => {
    const page = await open(NEWS);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.$$('kamerlezer-overlay, [data-kl-turn], span.kl-term, #kl-page-style')).toHaveLength(0);
    await page.close();
  });

  it('sent nothing over the network', () => {
    expect(blocked).toEqual([]);
  });
});
