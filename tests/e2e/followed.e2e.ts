import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, OVERLAY, type Harness } from './harness';

/**
 * Issue #16 item 2, end to end in Chromium: follow a commitment from the
 * Toezeggingen panel, find it in the popup's second list after a browser
 * restart, mark it done with a note, and export the calendar file.
 */
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const profile = mkdtempSync(join(tmpdir(), 'kl-e2e-followed-'));
let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('following a commitment', () => {
  it('follow in the panel; after a restart the popup lists it; mark done with a note; export to a calendar file', async () => {
    h = await launch({ profile });
    h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
    const page = await h.open(SEED_URL);
    await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
    await page.getByRole('tab', { name: 'Toezeggingen' }).click();
    const panel = page.getByRole('tabpanel');
    const follow = panel.getByRole('button', { name: 'Volg deze toezegging' }).first();
    await follow.waitFor({ timeout: 15_000 });
    const promise = (await panel.locator('li.item').first().locator('.commitment-text').innerText()).trim();
    await follow.click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Gevolgd: te zien in de pop-up onder Toezeggingen.');
    expect(await panel.getByRole('button', { name: 'Gevolgd' }).count()).toBe(1);
    await h.close();

    // The browser restarts with the same profile: the followed commitment is still there.
    h = await launch({ profile });
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Toezeggingen' }).click();
    const list = popup.getByRole('tabpanel');
    await expect.poll(() => list.innerText()).toContain(promise.slice(0, 40));
    expect(await list.innerText()).toContain('1 gevolgde toezegging');
    expect(await list.innerText()).toMatch(/Termijn: .*(uiterlijk|geen termijn)/u);
    await list.getByRole('checkbox', { name: 'Gedaan' }).check();
    await list.getByRole('textbox', { name: 'Notitie' }).fill('Brief ontvangen.');
    await list.getByRole('textbox', { name: 'Notitie' }).blur();
    await expect.poll(() => list.locator('.kl-status').innerText()).toBe('gedaan');
    const [download] = await Promise.all([popup.waitForEvent('download'), list.getByRole('button', { name: /agenda/ }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('STATUS:CANCELLED');
    // Opened again: the mark and the note were kept by the background.
    await popup.reload();
    await popup.getByRole('tab', { name: 'Toezeggingen' }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Notitie' }).inputValue()).toBe('Brief ontvangen.');
    expect(await popup.getByRole('checkbox', { name: 'Gedaan' }).isChecked()).toBe(true);
  });
});
