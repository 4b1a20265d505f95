/**
 * Figure 4: the reading list's popup with 10,000 saved passages: opening it
 * until the first passage is on screen, and filtering on a keystroke.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from './browser.mjs';
import { breakdown, tasksOf, timeBetween, traced } from './trace.mjs';

const SECTION = '4 reading list';
/** A saved passage in the popup's list (first match wins). */
export const ITEM_SELECTOR = 'li.kl-passage, [data-passage-id]';
/** The popup's search box. */
const SEARCH_SELECTOR = 'input[type="search"], [role="searchbox"], input[type="text"]';
/** Typed one character at a time; each keystroke narrows the list. */
const QUERY = 'minister';

/**
 * Registered in every page of the extension context: in the popup, the time
 * (since navigation start) the first passage appears, and the next frame.
 */
export const POPUP_INIT = (selector) => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const state = { first: null, painted: null };
  window.__klPopup = state;
  const check = () => {
    if (state.first !== null || !document.querySelector(selector)) return;
    state.first = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      state.painted = performance.now();
    });
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true });
};

/** Installed in the popup: arms one keystroke measurement, resolved by window.__klFilterResult. */
function armFilter(searchSelector) {
  const input = document.querySelector(searchSelector);
  const res = { t0: null, updated: null, painted: null, mutations: 0 };
  let done;
  window.__klFilterResult = new Promise((r) => (done = r));
  let finished = false;
  let quiet = null;
  const finish = () => {
    if (finished) return;
    finished = true;
    mo.disconnect();
    removeEventListener('keydown', onKey, true);
    done(res);
  };
  const mo = new MutationObserver((records) => {
    if (res.t0 === null) return;
    // Typing changes the input itself; the list changing is what counts.
    if (records.every((r) => r.target === input)) return;
    res.mutations++;
    if (res.updated === null) {
      res.updated = performance.now();
      requestAnimationFrame(() => {
        res.painted = performance.now();
      });
    }
    // Done when the DOM has been quiet for 150 ms (a debounced or chunked update counts to its end).
    clearTimeout(quiet);
    res.last = performance.now();
    quiet = setTimeout(finish, 150);
  });
  mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  function onKey(e) {
    if (res.t0 !== null) return;
    const now = performance.now();
    res.t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
  }
  addEventListener('keydown', onKey, true);
  setTimeout(finish, 2000);
}

/** Written into the bench's copy of the extension only (see run.mjs). */
export const BLANK_PAGE = 'kl-bench-blank.html';

export async function figure4({ results, withExt, extDir, seedJs, seedText, passages, runs, log }) {
  const key = 'readingList.firstScreen';
  const label = `4 popup: open → first passage rendered (${passages.toLocaleString('en')} passages)`;
  if (!extDir || !existsSync(join(extDir, 'popup.html'))) {
    results.na(key, SECTION, label, 'ms');
    results.na('readingList.filter', SECTION, '4 popup: keystroke → list filtered', 'ms');
    return;
  }
  if (!seedJs) {
    results.na(key, SECTION, label, 'ms', 'n/a (reading list store not built)');
    return;
  }
  const popupUrl = `chrome-extension://${withExt.extensionId}/popup.html`;
  // Fill the database from an extension page (same origin as the popup).
  const seeder = await withExt.context.newPage();
  await seeder.goto(popupUrl);
  await seeder.evaluate(seedJs); // CDP evaluation: not subject to the page's CSP
  const seeded = await seeder.evaluate(([text, n]) => globalThis.__klSeed(text, n), [seedText, passages]);
  await seeder.close();
  if (seeded.total < passages) {
    results.na(key, SECTION, label, 'ms', `n/a (seeding failed: ${seeded.message ?? `${seeded.total} passages`})`);
    return;
  }
  results.one('readingList.seed', SECTION, `4 writing ${passages.toLocaleString('en')} passages (one import)`, 'ms', seeded.ms, 'set-up, not budgeted');
  log(`  fig 4: ${seeded.total} passages in the list (${Math.round(seeded.ms)} ms to import)`);

  const first = [];
  const painted = [];
  /** The browser's part: navigation start until popup.html is parsed, before any of the popup's script runs. */
  const opened = [];
  const listReply = [];
  let lastPage = null;
  for (let i = 0; i <= runs; i++) {
    const page = await withExt.context.newPage();
    await page.goto(popupUrl, { waitUntil: 'load' });
    const r = await page
      .waitForFunction(() => (window.__klPopup?.painted ?? null) !== null && window.__klPopup, null, { timeout: 10_000, polling: 50 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!r) {
      // Not even one passage in 10 s: no point in waiting for the others.
      await page.close();
      results.na(key, SECTION, label, 'ms', withExt.whyNot('n/a (no passage appeared in the popup within 10 s)'));
      return;
    }
    if (i > 0) {
      first.push(r.first);
      painted.push(r.painted);
      const started = await page.evaluate(() => {
        // The popup marks its first line; a build without the mark: when its page was parsed.
        const mark = performance.getEntriesByName('kamerlezer:popup-start')[0];
        return mark ? mark.startTime : (performance.getEntriesByType('navigation')[0]?.domInteractive ?? null);
      });
      if (typeof started === 'number') opened.push(started);
    }
    await page.close();
  }
  // The yardstick: an empty page of the same extension (written into the bench's copy of the build,
  // never the product), opened the same way in the same browser: navigation start → its first paint.
  const blank = [];
  if (existsSync(join(extDir, BLANK_PAGE))) {
    for (let i = 0; i <= runs; i++) {
      const page = await withExt.context.newPage();
      await page.goto(`chrome-extension://${withExt.extensionId}/${BLANK_PAGE}`, { waitUntil: 'load' });
      const ms = await page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null, null, { timeout: 5000, polling: 50 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      if (i > 0 && typeof ms === 'number') blank.push(ms);
      await page.close();
    }
  }
  if (blank.length && first.length) {
    results.add('readingList.blankPage', SECTION, '4   an empty extension page: open → first paint', 'ms', blank);
    const n = Math.min(blank.length, first.length);
    results.add('readingList.firstScreenVsBlank', SECTION, '4 popup first screen ÷ an empty extension page\u2019s first paint', '×', first.slice(0, n).map((ms, i) => ms / blank[i]));
  }
  const traceRow = await tracedOpen(withExt, popupUrl).catch((e) => {
    log(`  fig 4 trace failed: ${e.message}`);
    return null;
  });
  lastPage = await withExt.context.newPage();
  await lastPage.goto(popupUrl, { waitUntil: 'load' });
  // The last popup stays open: once it has settled (the whole list loaded), time the
  // background's reply with the whole list (diagnosis), then filtering.
  await sleep(2000);
  const firstPageReply = [];
  for (let i = 0; i < 3 && lastPage; i++) {
    for (const [limit, out] of [
      [50, firstPageReply],
      [null, listReply],
    ]) {
      const ms = await lastPage
        .evaluate(async (limit) => {
          const t0 = performance.now();
          const msg = limit ? { type: 'list', limit } : { type: 'list' };
          const reply = await Promise.race([chrome.runtime.sendMessage(msg), new Promise((r) => setTimeout(() => r(null), 10_000))]);
          return reply?.ok && Array.isArray(reply.passages) ? performance.now() - t0 : null;
        }, limit)
        .catch(() => null);
      if (typeof ms === 'number') out.push(ms);
    }
  }
  if (first.length === 0) {
    await lastPage.close();
    results.na(key, SECTION, label, 'ms', 'n/a (no passage appeared in the popup)');
    return;
  }
  results.add(key, SECTION, label, 'ms', first, `from navigation start to the first element matching the item selector`);
  if (opened.length) {
    results.add('readingList.pageParsed', SECTION, '4   of which before the popup\u2019s script starts', 'ms', opened, 'navigation start → the popup\u2019s performance mark kamerlezer:popup-start (its first line): the browser opening popup.html as a tab and loading the script');
  }
  results.add('readingList.firstPaint', SECTION, '4 popup: open → next frame after the first passage', 'ms', painted);
  results.jsonOnly('readingList.firstPaint');
  if (traceRow) {
    const r = traceRow;
    const kinds = breakdown(r, 3);
    results.one('readingList.firstScreenTrace', SECTION, `4   open → first passage (traced): busy ${Math.round(r.extension + r.other)} (${kinds}), waiting ${Math.round(r.idle)}`, 'ms', r.total, 'popup main thread from navigation start to the first passage: busy in tasks, or idle (waiting for the background\u2019s reply, files)');
  }
  if (firstPageReply.length) {
    results.add('readingList.firstPageReply', SECTION, `4   the background's reply with the newest 50`, 'ms', firstPageReply, "runtime.sendMessage({ type: 'list', limit: 50 }) from the settled popup, 3 times");
  }
  if (listReply.length) {
    results.add('readingList.listReply', SECTION, `4   the background's reply with the whole list`, 'ms', listReply, "runtime.sendMessage({ type: 'list' }) from the settled popup, 3 times");
  }
  await filter(lastPage, results, runs, log);
}

/** One popup load under Chrome tracing: where its main thread's time went until the first passage. */
async function tracedOpen(withExt, popupUrl) {
  const page = await withExt.context.newPage();
  try {
    const cdp = await withExt.context.newCDPSession(page);
    let r = null;
    const events = await traced(cdp, async () => {
      await page.goto(popupUrl, { waitUntil: 'load' });
      r = await page
        .waitForFunction(() => (window.__klPopup?.painted ?? null) !== null && window.__klPopup, null, { timeout: 10_000, polling: 100 })
        .then((h) => h.jsonValue())
        .catch(() => null);
    });
    await cdp.detach();
    if (process.env.BENCH_TRACE_DIR) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.BENCH_TRACE_DIR}/popup-trace-${Date.now()}.json`, JSON.stringify({ traceEvents: events }));
    }
    const t = tasksOf(events, popupUrl);
    if (!r || !t || t.navStart === null) return null;
    return timeBetween(t.tasks, t.navStart, t.navStart + r.first * 1000);
  } finally {
    await page.close();
  }
}

async function filter(page, results, runs, log) {
  const key = 'readingList.filter';
  const label = '4 popup: keystroke → list filtered';
  const search = page.locator(SEARCH_SELECTOR).first();
  if ((await search.count()) === 0) {
    results.na(key, SECTION, label, 'ms', 'n/a (no search box)');
    await page.close();
    return;
  }
  await search.click();
  const samples = [];
  const ends = [];
  const chars = (QUERY.repeat(2) + QUERY).slice(0, runs + 1);
  for (let i = 0; i < chars.length; i++) {
    if (i > 0 && i % QUERY.length === 0) {
      await search.fill('');
      await sleep(300);
    }
    await page.evaluate(armFilter, SEARCH_SELECTOR);
    await page.keyboard.type(chars[i]);
    const r = await page.evaluate(() => window.__klFilterResult);
    if (i === 0) continue; // warm-up (first search may build an index)
    if (r.t0 !== null && r.updated !== null) {
      samples.push(r.updated - r.t0);
      ends.push((r.last ?? r.updated) - r.t0);
    }
  }
  await page.close();
  if (samples.length === 0) {
    results.na(key, SECTION, label, 'ms', 'n/a (the list did not change on typing)');
    return;
  }
  results.add(key, SECTION, label, 'ms', samples, `keydown → first change of the list (typing "${QUERY}")`);
  results.add('readingList.filterSettled', SECTION, '4 popup: keystroke → list settled (last change)', 'ms', ends);
  if (Math.abs(results.get('readingList.filterSettled').median - results.get(key).median) < 1) results.jsonOnly('readingList.filterSettled');
  log(`  fig 4 filter: ${samples.length} keystrokes`);
}
