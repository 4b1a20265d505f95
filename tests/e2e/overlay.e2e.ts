import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, OVERLAY, type Harness } from './harness';

const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const SEED_BARE_HOST = 'https://tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/63';
const HANDELINGEN = 'https://zoek.officielebekendmakingen.nl/h-tk-20252026-49-7.html';
const NEWS = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/kamer_in_het_kort/debat-over-wonen';
const ACTIVITY = 'https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2026A03244';
const HOSTILE = 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/50';
const NEWS_AT_TRANSCRIPT_URL = 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z09999&did=2026D09999';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
  h.serve(SEED_BARE_HOST, 'seeds/demo/tk-plenary-form.html');
  h.serve(HANDELINGEN, 'tests/fixtures/pages/okb-handelingen.html');
  h.serve(NEWS, 'tests/fixtures/pages/tk-news-kamer-in-het-kort.html');
  h.serve(ACTIVITY, 'tests/fixtures/pages/tk-activity.html');
  h.serve(HOSTILE, 'tests/fixtures/pages/hostile.html');
  h.serve(NEWS_AT_TRANSCRIPT_URL, 'tests/fixtures/pages/tk-news-kamer-in-het-kort.html');
});

afterAll(async () => {
  await h?.close();
});

async function ready(page: Page) {
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
}

/** Index of the turn marked current in the page, or null. */
function currentTurn(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-kl-turn].kl-current');
    return el ? Number(el.getAttribute('data-kl-turn')) : null;
  });
}

describe('on a transcript page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.open(SEED_URL);
    await ready(page);
  });

  it('lists every speaker of the seed in a navigation landmark named Sprekers', async () => {
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    await expect(nav.isVisible()).resolves.toBe(true);
    const text = await nav.innerText();
    for (const name of ['Boomsma', 'Van den Brink', 'Kröger', 'Vondeling', 'Russcher', 'Van der Plas', 'Ellian', 'Straatman', 'Van Asten']) {
      expect(text).toContain(name);
    }
    expect(await page.locator('[data-kl-turn]').count()).toBe(126);
  });

  it('moves through turns with j and k, and through one speaker’s turns with n', async () => {
    await page.keyboard.press('j');
    await expect.poll(() => currentTurn(page)).toBe(0);
    await page.keyboard.press('j');
    await expect.poll(() => currentTurn(page)).toBe(1);
    await page.keyboard.press('k');
    await expect.poll(() => currentTurn(page)).toBe(0);
    await page.keyboard.press('j'); // turn 1: Vondeling
    await page.keyboard.press('n'); // Vondeling's next turn is 3
    await expect.poll(() => currentTurn(page)).toBe(3);
    // Scrolling may be smooth: wait until the marked turn is in the viewport.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = document.querySelector('[data-kl-turn].kl-current')!.getBoundingClientRect();
          return r.top >= -1 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('choosing a speaker jumps to their next turn', async () => {
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    await nav.getByRole('button', { name: /Straatman/ }).first().click();
    await expect.poll(() => currentTurn(page)).toBe(5);
  });

  it('ignores shortcuts while the user types in a field', async () => {
    const before = await currentTurn(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.body.prepend(input);
    });
    await page.focus('#typing');
    await page.keyboard.type('jjj');
    expect(await currentTurn(page)).toBe(before);
    await page.evaluate(() => document.getElementById('typing')!.remove());
  });

  it('opens the help sheet with ?', async () => {
    await page.mouse.click(5, 5);
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });
});

describe('deep links and other forms', () => {
  it('#kl-turn-N opens the page at that turn (bare host, plenary form)', async () => {
    const page = await h.open(`${SEED_BARE_HOST}#kl-turn-40`);
    await ready(page);
    await expect.poll(() => currentTurn(page)).toBe(40);
    await page.close();
  });

  it('works on an officielebekendmakingen Handelingen page', async () => {
    const page = await h.open(HANDELINGEN);
    await ready(page);
    expect(await page.locator('[data-kl-turn]').count()).toBe(21);
    await page.close();
  });
});

describe('pages that are not transcripts', () => {
  for (const url of [NEWS, ACTIVITY, NEWS_AT_TRANSCRIPT_URL]) {
    it(`adds nothing and logs nothing: ${url}`, async () => {
      const page = await h.context.newPage();
      const logs: string[] = [];
      page.on('console', (m) => logs.push(m.text()));
      await page.goto(url);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await page.waitForTimeout(800);
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      expect(after).toBe(before);
      expect(await page.locator(OVERLAY).count()).toBe(0);
      expect(await page.locator('[data-kl-turn], #kl-page-style').count()).toBe(0);
      expect(logs.filter((l) => /kamerlezer/i.test(l))).toEqual([]);
      await page.close();
    });
  }
});

describe('a hostile page', () => {
  it('shows markup in names as text and runs nothing of it', async () => {
    const page = await h.open(HOSTILE);
    await ready(page);
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    expect(await nav.innerText()).toContain('Jansen<img src=x onerror="window.__pwned=1">');
    const injected = await page.evaluate(
      (sel) => document.querySelector(sel)!.shadowRoot!.querySelectorAll('img, script, iframe').length,
      OVERLAY,
    );
    expect(injected).toBe(0);
    await page.close();
  });
});

describe('privacy', () => {
  it('sent nothing over the network', () => {
    // Fixture pages load nothing external; anything blocked came from the extension or the browser.
    expect(h.blocked.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  });
});
