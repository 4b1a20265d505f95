import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Real headless Chromium with the built extension (.output/chrome-mv3).
 * Pages are served from local files at their real URLs by request routing;
 * every other request is refused and recorded, so a test can assert that
 * nothing went over the network.
 */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /**
   * Requests nothing should make: to any host other than the transcript sites,
   * any fetch/XHR (the fixture pages make none), and anything from the service worker.
   */
  blocked: string[];
  serve(url: string, file: string): void;
  /** Serves a body made by the test (a page variant, a generated PDF). */
  serveBody(url: string, body: string | Buffer, contentType: string): void;
  /** Lets requests for `url` go to the network stack (a test's own local server, see `launch`'s args). */
  passThrough(url: string): void;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');
/** The test build that lets a test make one analysis fail (`KL_FAULTS=1 wxt build`, see wxt.config.ts). */
export const FAULTS_EXTENSION_DIR = resolve(process.cwd(), '.output-faults/chrome-mv3');

/**
 * `args`: more Chromium switches (e.g. host resolver rules pointing a site at a local server).
 * `profile`: a profile folder to use again (a browser restart keeps what the extension stored).
 * `extensionDir`: another build to load (the shipped one when absent).
 */
export async function launch(opts: { args?: string[]; profile?: string; extensionDir?: string } = {}): Promise<Harness> {
  const dir = realpathSync(opts.extensionDir ?? EXTENSION_DIR);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'kl-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  const routes = new Map<string, string>();
  const bodies = new Map<string, { body: string | Buffer; contentType: string }>();
  const blocked: string[] = [];
  const passing = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (passing.has(url.split('#')[0]!)) return route.continue();
    const made = bodies.get(url.split('#')[0]!);
    if (made) {
      await route.fulfill({ status: 200, contentType: made.contentType, body: made.body });
      return;
    }
    const file = routes.get(url.split('#')[0]!);
    if (file) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      return;
    }
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const req = route.request();
    const ownHost = /^https:\/\/((www\.)?tweedekamer\.nl|zoek\.officielebekendmakingen\.nl)\//.test(url);
    // The fixture pages' own stylesheets, scripts and images: not served, not counted.
    if (!ownHost || ['fetch', 'xhr', 'websocket', 'eventsource'].includes(req.resourceType())) blocked.push(url);
    await route.abort();
  });
  context.on('request', (req) => {
    if (req.serviceWorker() && !req.url().startsWith('chrome-extension://')) blocked.push(`service worker: ${req.url()}`);
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    blocked,
    serve(url, file) {
      routes.set(url, resolve(process.cwd(), file));
    },
    serveBody(url, body, contentType) {
      bodies.set(url, { body, contentType });
    },
    passThrough(url) {
      passing.add(url);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      // A profile the caller gave is theirs to use again (a restart); a made one goes.
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The overlay's host element; locators pierce its open shadow root, which holds only what the
 * page shows anyway. The reader's own data (the page's saved passages, notes, tags) is in a frame
 * of the extension's origin inside it: `page.frameLocator(`${OVERLAY} iframe`)`.
 */
export const OVERLAY = 'kamerlezer-overlay';

/**
 * Selects `quote` in the first paragraph holding it, as a reader's drag would (mouseup included).
 * The quote may run over several text nodes: the overlay marks terms in the page as it goes.
 */
export async function selectText(page: Page, quote: string): Promise<void> {
  await page.evaluate(selectInPage, quote);
}

/** The in-page half of {@link selectText}, for any driver's `evaluate` (the Firefox tests use puppeteer). */
export function selectInPage(q: string): void {
  const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(q))!;
  p.scrollIntoView({ block: 'center' });
  const at = p.textContent!.indexOf(q);
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const r = document.createRange();
  let seen = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const end = seen + n.data.length;
    if (seen <= at && at < end) r.setStart(n, at - seen);
    if (seen < at + q.length && at + q.length <= end) r.setEnd(n, at + q.length - seen);
    seen = end;
  }
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(r);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}
