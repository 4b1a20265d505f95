import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, OVERLAY, type Harness } from './harness';

/**
 * Issue #14 items 4 and 7: English in the overlay of a site's page (whose
 * content script carries Dutch only and gets English from the background),
 * and the options page reaching an open tab without a reload.
 */
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
});
afterAll(async () => {
  await h?.close();
});

const tabs = (page: import('playwright-core').Page) => page.getByRole('tab').allInnerTexts();

describe('English', () => {
  it('the options page switches an open tab to English and back; a page opened in English speaks English from the start', async () => {
    const page = await h.open(SEED_URL);
    await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => tabs(page)).toEqual(expect.arrayContaining(['Sprekers', 'Kaart', 'Toezeggingen']));

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Taal').selectOption('en');
    // The open tab follows without a reload, panels and all.
    await expect.poll(() => tabs(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Speakers', 'Outline', 'Map', 'Commitments', 'Questions', 'Reading list']));
    await page.getByRole('tab', { name: 'Commitments' }).click();
    await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('Follow this commitment');
    expect(await page.getByRole('tabpanel').innerText()).not.toMatch(/Toegezegd aan het eind|Volg deze toezegging/u);

    // A page opened now starts in English.
    const fresh = await h.open(SEED_URL);
    await fresh.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => tabs(fresh)).toEqual(expect.arrayContaining(['Speakers', 'Map']));
    await fresh.getByRole('tab', { name: 'Map' }).click();
    expect(await fresh.getByRole('slider').getAttribute('aria-label')).toMatch(/^Debate map/u);

    // Back to Dutch.
    await options.getByLabel('Language').selectOption('nl');
    await expect.poll(() => tabs(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Sprekers', 'Kaart']));
  });
});
