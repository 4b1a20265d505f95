/**
 * Chromium for the benchmark, as in tests/e2e/harness.ts: Debian's
 * /usr/bin/chromium driven by playwright-core, pages served at their real
 * URLs by request routing, every other request refused (nothing goes over
 * the network).
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { NA_FEATURE } from './results.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // performance.memory without the 100 KB quantisation and delay.
  '--enable-precise-memory-info',
];

/** url (without #fragment) → file or string body; everything else but extension and data URLs is aborted. */
async function routeAll(context, routes, blocked) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = routes.get(url.split('#')[0]);
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: typeof body === 'string' ? body : readFileSync(body.file) });
      return;
    }
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    await route.abort();
  });
}

/**
 * A persistent context (the only kind that loads extensions), with the
 * extension at `extensionDir` or without any extension.
 */
export async function launchPersistent({ tmp, extensionDir = null, name }) {
  const profile = mkdtempSync(join(tmp, `profile-${name}-`));
  const extArgs = extensionDir
    ? [`--disable-extensions-except=${realpathSync(extensionDir)}`, `--load-extension=${realpathSync(extensionDir)}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args: [...COMMON_ARGS, ...extArgs],
  });
  const routes = new Map();
  const blocked = [];
  await routeAll(context, routes, blocked);
  // Uncaught errors in any page (a content script's errors surface in its page).
  const errors = [];
  const watch = (page) => page.on('pageerror', (e) => errors.push({ url: page.url(), message: String(e.message).split('\n')[0] }));
  context.pages().forEach(watch);
  context.on('page', watch);
  let extensionId = null;
  if (extensionDir) {
    let worker = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    blocked,
    errors,
    /** Why the extension did nothing on a page: its first uncaught error, or that the feature is missing. */
    whyNot(fallback = NA_FEATURE) {
      const e = errors.find((x) => !x.url.startsWith('chrome-extension://')) ?? errors[0];
      return e ? `n/a (extension error: ${e.message.slice(0, 60)})` : fallback;
    },
    /** Serve `body` (a string, or { file }) at `url`. */
    serve(url, body) {
      routes.set(url, body);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A plain (non-persistent) browser: figure 1 needs no extension. */
export async function launchPlain() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: COMMON_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const routes = new Map();
  const blocked = [];
  await routeAll(context, routes, blocked);
  return {
    browser,
    context,
    blocked,
    serve(url, body) {
      routes.set(url, body);
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

export async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const v = browser.version();
  await browser.close();
  return v;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
