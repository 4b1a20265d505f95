import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS_EXTENSION_DIR, launch, OVERLAY, type Harness } from './harness';

/**
 * Issue #18 done-when, in the extension: each analysis made to throw in turn,
 * in the background of a real Chromium, and the overlay used as a reader
 * would: the failed analysis's tab says so in words, the other tabs show
 * their content. The fault comes from a test build (`KL_FAULTS=1`, made here
 * into .output-faults) whose background reads which analysis to fail from
 * the service worker's `klFailAnalysis`; the shipped build has no such code.
 */
const SEED_URL = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456';
const FAILED = 'Dit onderdeel kon voor dit verslag niet worden berekend.';
const TABS = { terms: 'Begrippen', commitments: 'Toezeggingen', questions: 'Vragen' } as const;

let h: Harness;

beforeAll(async () => {
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['wxt', 'build'], { env: { ...process.env, KL_FAULTS: '1' }, stdio: 'ignore' });
  h = await launch({ extensionDir: FAULTS_EXTENSION_DIR });
  h.serve(SEED_URL, 'seeds/demo/tk-committee.html');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Opens the seed page with `failing` made to throw in the background, once the analyses' tabs are there. */
async function openFailing(failing: string) {
  const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
  await worker.evaluate((id) => {
    (globalThis as { klFailAnalysis?: string }).klFailAnalysis = id;
  }, failing);
  const page = await h.open(SEED_URL);
  await page.locator(`${OVERLAY}[data-kl-ready]`).waitFor({ state: 'attached', timeout: 15_000 });
  await page.getByRole('tab', { name: TABS.questions }).waitFor({ timeout: 20_000 });
  return page;
}

async function panelText(page: Awaited<ReturnType<typeof openFailing>>, tab: string) {
  await page.getByRole('tab', { name: tab }).click();
  const panel = page.getByRole('tabpanel');
  await panel.waitFor();
  return { text: (await panel.textContent()) ?? '', items: await panel.locator('li').count() };
}

describe('one analysis fails in the background, the others still reach the reader', () => {
  for (const failing of ['terms', 'commitments', 'questions'] as const) {
    it(`${failing} throws: its tab says so in words, the other tabs show their content`, async () => {
      const page = await openFailing(failing);
      for (const [id, tab] of Object.entries(TABS)) {
        const { text, items } = await panelText(page, tab);
        if (id === failing) {
          expect(text).toContain(FAILED);
          expect(await page.getByRole('tabpanel').getByRole('alert').count()).toBe(1);
        } else {
          expect(text, tab).not.toContain(FAILED);
          expect(items, tab).toBeGreaterThan(0);
        }
      }
      await page.close();
    });
  }

  it('motions throws: a Moties tab appears to say so, and the other three work', async () => {
    const page = await openFailing('motions');
    expect((await panelText(page, 'Moties')).text).toContain(FAILED);
    for (const tab of Object.values(TABS)) expect((await panelText(page, tab)).items, tab).toBeGreaterThan(0);
    await page.close();
  });

  it('the shipped build carries no trace of the switch', () => {
    const shipped = readFileSync('.output/chrome-mv3/background.js', 'utf8');
    expect(shipped).not.toContain('klFailAnalysis');
    expect(readFileSync(`${FAULTS_EXTENSION_DIR}/background.js`, 'utf8')).toContain('klFailAnalysis');
  });
});
