import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, OVERLAY, type Harness } from './harness';

/** Issue #14, item 1: the panel and the page share the screen; no transcript text lies under the panel. */
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
});
afterAll(async () => {
  await h?.close();
});

async function open(width: number, height: number): Promise<Page> {
  const page = await h.open(SEED_URL);
  await page.setViewportSize({ width, height });
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** The panel's box, and the right edge of the rightmost transcript paragraph in view. */
function boxes(page: Page) {
  return page.evaluate((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    let right = 0;
    let bottom = 0;
    for (const el of Array.from(document.querySelectorAll('[data-kl-turn], [data-kl-turn] ~ p, p'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
    const tabs = document.querySelector(tag)?.shadowRoot?.querySelector('[role="tablist"]');
    const tabsFit = !!tabs && tabs.scrollWidth <= tabs.clientWidth + 1;
    return { panel: panel ? { left: panel.left, top: panel.top, height: panel.height } : null, right, vh: innerHeight, room: document.documentElement.classList.contains('kl-room'), tabsFit };
  }, OVERLAY);
}

describe('room for both', () => {
  for (const width of [1280, 1024]) {
    it(`at ${width} px no paragraph reaches under the open panel; collapsing gives the page its width back`, async () => {
      const page = await open(width, 900);
      const b = await boxes(page);
      expect(b.panel).not.toBeNull();
      expect(b.room).toBe(true);
      expect(b.right).toBeLessThanOrEqual(b.panel!.left + 0.5);
      // Issue #14, item 2: every panel's tab in view, no sideways scrolling.
      expect(b.tabsFit).toBe(true);
      const shadowButton = page.locator(`${OVERLAY} .panel button[aria-expanded="true"]`).first();
      await shadowButton.click();
      await expect.poll(async () => (await boxes(page)).room).toBe(false);
      // Open again: the choice is remembered, and the next page should start open.
      await page.locator(`${OVERLAY} button.tab`).click();
      await expect.poll(async () => (await boxes(page)).room).toBe(true);
      await page.close();
    });
  }

  it('at 380 px the sheet takes at most 45 % of the height', async () => {
    const page = await open(380, 800);
    const b = await boxes(page);
    expect(b.panel).not.toBeNull();
    expect(b.panel!.height).toBeLessThanOrEqual(0.45 * b.vh + 1);
    expect(b.tabsFit).toBe(true);
    await page.close();
  });
});
