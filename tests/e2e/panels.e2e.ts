import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, OVERLAY, selectText, type Harness } from './harness';

/**
 * Issue #14 item 7, what had no end-to-end test: folding the page to one
 * speaker, copying a link to the current turn, the Overzicht and Vragen
 * panels' jumps, and undoing a delete in the popup. Used as a reader would:
 * clicks and keys on the real overlay of the seed page.
 */
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const QUOTE = 'Het is overduidelijk dat de coalitiepartijen';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.tweedekamer.nl' });
  page = await h.open(SEED_URL);
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
});

afterAll(async () => {
  await h?.close();
});

const currentTurn = () =>
  page.evaluate(() => {
    const el = document.querySelector('[data-kl-turn].kl-current');
    return el ? Number(el.getAttribute('data-kl-turn')) : null;
  });

/** Turn numbers of the page's turns that are not folded away. */
const shownTurns = () =>
  page.evaluate(() => Array.from(document.querySelectorAll('[data-kl-turn]:not(.kl-folded)'), (el) => Number(el.getAttribute('data-kl-turn'))));

describe('the panels, used as a reader would', () => {
  it('folds the page to one speaker and unfolds it again', async () => {
    await page.getByRole('tab', { name: 'Sprekers' }).click();
    const nav = page.getByRole('navigation', { name: 'Sprekers' });
    await nav.getByRole('button', { name: /Kröger/ }).first().click();
    const fold = nav.getByRole('checkbox', { name: 'Alleen deze spreker tonen' });
    await fold.check();
    await expect.poll(() => page.locator('.kl-fold-stub').count()).toBeGreaterThan(0);
    const shown = await shownTurns();
    const all = await page.locator('[data-kl-turn]').count();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    // Every turn still shown is Kröger's: its label names her.
    const labels = await page.evaluate(
      (turns) => turns.map((i) => document.querySelector(`[data-kl-turn="${i}"]`)?.textContent?.slice(0, 80) ?? ''),
      shown,
    );
    const labelled = labels.filter((l) => /^\s*(?:De heer|Mevrouw|Minister|Staatssecretaris|De voorzitter)/u.test(l));
    expect(labelled.length).toBeGreaterThan(0);
    for (const l of labelled) expect(l).toContain('Kröger');
    await fold.uncheck();
    await expect.poll(() => page.locator('.kl-folded').count()).toBe(0);
    expect(await page.locator('.kl-fold-stub').count()).toBe(0);
  });

  it('copies a link to the current turn that opens the page at that turn', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const turn = await currentTurn();
    expect(turn).not.toBeNull();
    await page.getByRole('tab', { name: 'Sprekers' }).click();
    await page.getByRole('button', { name: 'Kopieer link naar deze beurt' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`#kl-turn-${turn}`);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const other = await h.open(link);
    await other.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
    await expect
      .poll(() => other.evaluate(() => Number(document.querySelector('[data-kl-turn].kl-current')?.getAttribute('data-kl-turn'))))
      .toBe(turn);
    await other.close();
  });

  it('Overzicht: an item of the outline jumps to its turn', async () => {
    await page.getByRole('tab', { name: 'Overzicht' }).click();
    const items = page.getByRole('tabpanel').locator('ol.outline-list button');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    await items.last().click();
    const last = await currentTurn();
    await items.first().click();
    await expect.poll(currentTurn).not.toBe(last);
    expect(await currentTurn()).not.toBeNull();
  });

  it('Vragen: a question jumps to where it was asked, and its answer to the government\'s turn', async () => {
    await page.getByRole('tab', { name: 'Vragen' }).click();
    const panel = page.getByRole('tabpanel');
    const toQuestion = panel.getByRole('button', { name: /^Naar de vraag \(beurt \d+\)$/u }).first();
    await toQuestion.waitFor({ timeout: 15_000 });
    const n = Number(/\d+/u.exec(await toQuestion.innerText())![0]);
    await toQuestion.click();
    // Buttons count turns from 1; the page's turn numbers from 0.
    await expect.poll(currentTurn).toBe(n - 1);
    const toAnswer = panel.getByRole('button', { name: /^Antwoord in beurt \d+$/u }).first();
    const m = Number(/\d+/u.exec(await toAnswer.innerText())![0]);
    await toAnswer.click();
    await expect.poll(currentTurn).toBe(m - 1);
  });

  it('popup: a deleted passage comes back with Ongedaan maken', async () => {
    await selectText(page, QUOTE);
    await page.getByRole('button', { name: 'Bewaar selectie' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Bewaard in de leeslijst.');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText()).toContain(QUOTE);
    await popup.getByRole('button', { name: 'Verwijderen' }).first().click();
    await expect.poll(() => popup.getByRole('status').allInnerTexts().then((t) => t.join(' '))).toContain('Passage verwijderd.');
    expect(await popup.locator('blockquote').allInnerTexts()).not.toContain(QUOTE);
    await popup.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => popup.locator('blockquote').allInnerTexts()).toContain(QUOTE);
    // Kept for good: the background has it again after the popup is opened anew.
    await popup.reload();
    await expect.poll(() => popup.locator('body').innerText()).toContain(QUOTE);
    await popup.close();
  });
});
