#!/usr/bin/env node
/**
 * `npm run demo`: on a fresh machine, installs what is missing (npm packages,
 * Debian's Chromium), builds the extension and opens the seed demo pages in
 * Chromium with the extension loaded, served locally at their tweedekamer.nl
 * URLs. Without a display it writes screenshots instead: to docs/screenshots/tmp/ (ignored
 * by git, so the clone stays clean), or over the README's own in docs/screenshots/ with
 * `npm run demo -- --update-screenshots`. Each is taken with animations finished.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (!existsSync('node_modules/.bin/wxt')) run('npm ci --no-audit --no-fund');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log('Chromium ontbreekt: installeren met apt-get (Debian)…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
run('npx wxt build');

const { chromium } = await import('playwright-core');
const PAGES = [
  ['https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456', 'seeds/demo/tk-committee.html', 'overlay-committee'],
  ['https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/63', 'seeds/demo/tk-plenary-form.html', 'overlay-plenary-form'],
  ['https://zoek.officielebekendmakingen.nl/kst-32317-999.html', 'seeds/demo/okb-handelingen-form.html', 'overlay-officielebekendmakingen'],
];
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const ext = realpathSync('.output/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kl-demo-')), {
  executablePath: chromiumPath,
  headless,
  viewport: { width: 1280, height: 860 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: ['--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const files = new Map(PAGES.map(([url, file]) => [url, file]));
await context.route('**/*', (route) => {
  const url = route.request().url().split('#')[0];
  const file = files.get(url);
  if (file) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
  if (url.startsWith('chrome-extension://')) return route.continue();
  return route.abort(); // the demo never touches the network
});

const OUT = process.argv.includes('--update-screenshots') ? 'docs/screenshots' : 'docs/screenshots/tmp';
mkdirSync(OUT, { recursive: true });
// Transitions and animations run to their end before the shot (no picture taken mid-fade).
const shoot = (page, name) => page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled' });
for (const [url, , shot] of PAGES) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.locator('kamerlezer-overlay[data-kl-ready]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.getByRole('navigation', { name: 'Sprekers' }).waitFor({ timeout: 15_000 });
  if (headless) {
    await shoot(page, shot);
    console.log(`${OUT}/${shot}.png  ←  ${url}`);
    if (shot === 'overlay-committee') await moreShots(page);
    await page.close();
  }
}

/** The other panels, a term tooltip and dark mode, on the seed committee page. */
async function moreShots(page) {
  const save = async (name) => {
    await shoot(page, name);
    console.log(`${OUT}/${name}.png`);
  };
  await page.getByRole('tab', { name: 'Toezeggingen' }).click();
  await page.waitForTimeout(300);
  await save('overlay-commitments');
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((x) => /\bvtl\b/.test(x.textContent ?? ''));
    p?.scrollIntoView({ block: 'center' });
  });
  const vtl = page.locator('span.kl-term', { hasText: /^vtl$/ }).first();
  await vtl.waitFor({ timeout: 10_000 });
  await vtl.hover();
  await page.getByRole('tooltip').waitFor({ timeout: 5_000 });
  await save('term-tooltip');
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await page.locator('kamerlezer-overlay canvas[data-drawn]').waitFor({ state: 'attached', timeout: 15_000 });
  await save('overlay-map');
  await page.getByRole('tab', { name: 'Sprekers' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 380, height: 760 });
  await page.waitForTimeout(300);
  await save('overlay-dark-narrow');
}
/**
 * The seed page at each width the README shows (wide, laptop, phone), light and dark, in Dutch and
 * English: one small JPEG each, so the layout of every combination can be seen without running it.
 */
async function layoutShots() {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  for (const lang of ['nl', 'en']) {
    await options.getByLabel(/^(?:Taal|Language)$/u).selectOption(lang);
    for (const colorScheme of ['light', 'dark']) {
      for (const [width, height] of [[1280, 860], [1024, 768], [380, 760]]) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height });
        await page.goto(PAGES[0][0]);
        await page.locator('kamerlezer-overlay[data-kl-ready]').waitFor({ state: 'attached', timeout: 15_000 });
        // Every tab there: the analyses' tabs arrive after the overlay is ready.
        await page.getByRole('tab', { name: lang === 'en' ? 'Questions' : 'Vragen' }).waitFor({ timeout: 20_000 });
        const name = `layout-${lang}-${colorScheme}-${width}`;
        await page.screenshot({ path: `${OUT}/${name}.jpg`, type: 'jpeg', quality: 55, animations: 'disabled' });
        console.log(`${OUT}/${name}.jpg`);
        await page.close();
      }
    }
  }
  await options.getByLabel(/^(?:Taal|Language)$/u).selectOption('nl');
  await options.close();
}
if (headless) {
  await layoutShots();
  await context.close();
  console.log(`Geen scherm gevonden: schermafbeeldingen geschreven in ${OUT}/.`);
} else {
  console.log('Chromium is open met Kamerlezer op de demopagina\'s. Sluit het venster om te stoppen.');
  await new Promise((r) => context.on('close', r));
}
