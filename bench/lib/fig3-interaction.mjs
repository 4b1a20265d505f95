/**
 * Figure 3: interaction on the 200,000-word page with the extension: the
 * "next turn" shortcut (j) until the new current turn is marked, in view and
 * scrolled; hovering a term until its tooltip shows. Real input events
 * (CDP); times are taken in the page from the event's own timestamp, so the
 * Playwright round trip is not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from './browser.mjs';
import { termMarks } from './fig2-page.mjs';
import { NA_FEATURE } from './results.mjs';

const files = (dir) => {
  try {
    return readdirSync(join(dir, 'content-scripts')).map((f) => join(dir, 'content-scripts', f));
  } catch {
    return [];
  }
};

const SECTION = '3 interaction';
const OVERLAY = 'kamerlezer-overlay';

/** Installed in the page: arms one "next turn" measurement, resolved by window.__klNextResult. */
function armNext() {
  const before = document.querySelector('[data-kl-turn].kl-current, .kl-current');
  const res = { t0: null, listener: null, mark: null, view: null, end: null, endEvent: null, scrolled: false };
  let done;
  window.__klNextResult = new Promise((r) => (done = r));
  const deadline = performance.now() + 5000;
  const current = () => document.querySelector('[data-kl-turn].kl-current') ?? document.querySelector('.kl-current');
  const mo = new MutationObserver(() => {
    if (res.mark !== null || res.t0 === null) return;
    const cur = current();
    if (cur && cur !== before) res.mark = performance.now();
  });
  mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  const onEnd = () => {
    res.endEvent = performance.now();
  };
  document.addEventListener('scrollend', onEnd);
  let lastY = scrollY;
  let lastMove = null;
  let still = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    mo.disconnect();
    removeEventListener('keydown', onKey, true);
    document.removeEventListener('scrollend', onEnd);
    done(res);
  };
  const frame = () => {
    const now = performance.now();
    const cur = current();
    if (res.view === null && res.mark !== null && cur && cur !== before) {
      const r = cur.getBoundingClientRect();
      if (r.top >= -1 && r.top < innerHeight) res.view = now;
    }
    if (scrollY !== lastY) {
      lastY = scrollY;
      lastMove = now;
      res.scrolled = true;
      still = 0;
    } else still++;
    if (res.view !== null && res.end === null) {
      if (res.endEvent !== null && res.endEvent >= res.view - 50) res.end = res.endEvent;
      else if (still >= 8) res.end = lastMove ?? res.view; // no scrollend event: the last frame that moved
    }
    if (res.end !== null || now > deadline) return finish();
    requestAnimationFrame(frame);
  };
  function onKey(e) {
    if (res.t0 !== null) return;
    const now = performance.now();
    // The event's own timestamp (when the browser created it); the listener time if it looks off.
    res.t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
    res.listener = now;
    requestAnimationFrame(frame);
  }
  addEventListener('keydown', onKey, true);
  setTimeout(finish, 6000);
}

/** Installed in the page: arms one hover measurement, resolved by window.__klHoverResult. */
function armHover(overlay) {
  const root = document.querySelector(overlay)?.shadowRoot ?? null;
  const res = { t0: null, shown: null, taskStart: null, painted: null };
  let done;
  window.__klHoverResult = new Promise((r) => (done = r));
  // A message loop that runs between tasks: the last tick before the tooltip
  // appears is (within a tick) when the task that showed it began, i.e. the
  // end of any hover delay.
  let lastTick = performance.now();
  let ticking = true;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    lastTick = performance.now();
    if (ticking) ch.port2.postMessage(0);
  };
  ch.port2.postMessage(0);
  const tips = () => [...(root ? root.querySelectorAll('[role="tooltip"]') : []), ...document.querySelectorAll('[role="tooltip"]')];
  const isVisible = (el) => {
    if (el.hidden || el.closest('[hidden]')) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    ticking = false;
    mo.disconnect();
    removeEventListener('pointerover', onOver, true);
    removeEventListener('mouseover', onOver, true);
    done(res);
  };
  const check = (fromFrame) => {
    if (res.shown !== null || res.t0 === null) return;
    if (!tips().some(isVisible)) return;
    res.shown = performance.now();
    res.taskStart = lastTick;
    res.byFrame = fromFrame;
    ticking = false;
    requestAnimationFrame(() => {
      res.painted = performance.now();
      finish();
    });
  };
  const mo = new MutationObserver(() => check(false));
  mo.observe(root ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  if (root) mo.observe(document.body, { childList: true });
  const poll = () => {
    if (finished) return;
    check(true);
    if (res.shown === null) requestAnimationFrame(poll);
  };
  function onOver(e) {
    if (res.t0 !== null || !e.target?.closest?.('.kl-term')) return;
    const now = performance.now();
    res.t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
    requestAnimationFrame(poll);
  }
  addEventListener('pointerover', onOver, true);
  addEventListener('mouseover', onOver, true);
  setTimeout(finish, 3000);
}

export async function figure3({ results, withExt, extDir, url, runs, log }) {
  const page = await withExt.context.newPage();
  try {
    // Start deep in the debate: the deep link makes a turn in the middle current.
    await page.goto(`${url}#kl-turn-600`, { waitUntil: 'load', timeout: 60_000 });
    const ready = await page
      .locator(`${OVERLAY}[data-kl-ready]`)
      .waitFor({ state: 'attached', timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!ready) {
      results.na('interaction.nextTurn.scrolled', SECTION, '3 next turn (j): keydown → scrolled', 'ms', withExt.whyNot());
      results.na('interaction.tooltip.afterDelay', SECTION, '3 tooltip: shown after hover (after any delay)', 'ms', withExt.whyNot());
      return;
    }
    // The analyses (and with them the term marks) arrive after the overlay is up.
    const terms = await termMarks(page, 15_000);
    await sleep(1000);
    await nextTurn(page, results, runs, log);
    const built = files(extDir).some((p) => readFileSync(p, 'utf8').includes('kl-term'));
    if (terms === null) results.na('interaction.tooltip.afterDelay', SECTION, '3 tooltip: shown after hover (after any delay)', 'ms', built ? withExt.whyNot('n/a (no term marks within 15 s)') : NA_FEATURE);
    else await tooltip(page, results, runs, log);
    await debateMap(page, results, runs, log);
  } finally {
    await page.close();
  }
}

async function nextTurn(page, results, runs, log) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    await page.evaluate(armNext);
    await page.keyboard.press('j');
    const r = await page.evaluate(() => window.__klNextResult);
    if (i === 0) continue; // warm-up
    samples.push(r);
  }
  const marked = samples.filter((r) => r.mark !== null);
  if (marked.length === 0) {
    results.na('interaction.nextTurn.scrolled', SECTION, '3 next turn (j): keydown → scrolled', 'ms');
    return;
  }
  const d = (f) => marked.map(f).filter((x) => typeof x === 'number' && x >= 0);
  results.add('interaction.nextTurn.marked', SECTION, '3 next turn (j): keydown → turn marked current', 'ms', d((r) => r.mark - r.t0));
  results.add('interaction.nextTurn.inView', SECTION, '3 next turn (j): keydown → turn in view', 'ms', d((r) => (r.view === null ? null : r.view - r.t0)));
  results.add('interaction.nextTurn.scrolled', SECTION, '3 next turn (j): keydown → scrolled (scroll end)', 'ms', d((r) => (r.end === null ? null : r.end - r.t0)), 'smooth scrolling: mostly the scroll animation');
  log(`  fig 3 next turn: ${marked.length} presses`);
}

async function tooltip(page, results, runs, log) {
  const key = 'interaction.tooltip.afterDelay';
  const label = '3 tooltip: shown after hover (after any delay)';
  // Term marks are added lazily near the viewport: look where the reader is.
  const terms = () =>
    page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.kl-term')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.top < 40 || r.bottom > innerHeight - 40) continue;
        const x = r.left + Math.min(r.width / 2, 20);
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === el || el.contains(hit))) out.push({ x, y });
        if (out.length >= 20) break;
      }
      return out;
    });
  let spots = await terms();
  if (spots.length === 0) {
    const any = await page.evaluate(() => {
      const el = document.querySelector('.kl-term');
      el?.scrollIntoView({ block: 'center' });
      return !!el;
    });
    if (!any) {
      results.na(key, SECTION, label, 'ms');
      return;
    }
    await sleep(800);
    spots = await terms();
  }
  if (spots.length === 0) {
    results.na(key, SECTION, label, 'ms', 'n/a (no term mark on screen)');
    return;
  }
  // A resting place for the mouse that is no term.
  const away = await page.evaluate(() => {
    for (const [x, y] of [[2, 2], [innerWidth / 2, 2], [2, innerHeight - 2], [innerWidth - 2, innerHeight / 2]]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit?.closest('.kl-term') && hit?.tagName !== 'KAMERLEZER-OVERLAY') return { x, y };
    }
    return { x: 2, y: 2 };
  });
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const s = spots[i % spots.length];
    await page.mouse.move(away.x, away.y);
    await sleep(400); // any hide delay passes
    await page.evaluate(armHover, 'kamerlezer-overlay');
    await page.mouse.move(s.x, s.y);
    const r = await page.evaluate(() => window.__klHoverResult);
    if (i > 0) samples.push(r);
  }
  const shown = samples.filter((r) => r.shown !== null && r.t0 !== null);
  if (shown.length === 0) {
    results.na(key, SECTION, label, 'ms', 'n/a (no role=tooltip appeared)');
    return;
  }
  const afterDelay = shown.map((r) => r.shown - Math.max(r.t0, r.taskStart ?? r.t0));
  results.add('interaction.tooltip.shown', SECTION, '3 tooltip: hover → shown (incl. any hover delay)', 'ms', shown.map((r) => r.shown - r.t0));
  results.add(key, SECTION, label, 'ms', afterDelay, 'from the start of the task that showed it (after any hover delay) to the tooltip in the DOM and visible');
  results.add('interaction.tooltip.painted', SECTION, '3 tooltip: hover → next frame', 'ms', shown.map((r) => (r.painted ?? r.shown) - r.t0));
  log(`  fig 3 tooltip: ${shown.length}/${samples.length} hovers showed a tooltip`);
}

/**
 * In the page: opens the debate map tab (from the Sprekers tab) and resolves with the time from the
 * click to the first frame after the map was drawn, and the number of turns it shows. Rendering and
 * drawing happen in the tasks between; a frame after them means none of it was left undone.
 */
function openMap() {
  const root = document.querySelector('kamerlezer-overlay')?.shadowRoot;
  const tab = (name) => [...(root?.querySelectorAll('[role="tab"]') ?? [])].find((b) => b.textContent.trim() === name);
  return new Promise((resolve) => {
    tab('Sprekers')?.click();
    setTimeout(() => {
      const t0 = performance.now();
      tab('Kaart')?.click();
      const poll = () => {
        const strip = root?.querySelector('canvas[role="slider"]');
        if (strip?.dataset.drawn) requestAnimationFrame(() => resolve({ ms: performance.now() - t0, turns: Number(strip.getAttribute('aria-valuemax')) }));
        else if (performance.now() - t0 > 5000) resolve(null);
        else setTimeout(poll, 0);
      };
      poll();
    }, 100);
  });
}

async function debateMap(page, results, runs, log) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const r = await page.evaluate(openMap);
    if (r && i > 0) samples.push(r);
  }
  if (samples.length === 0) {
    results.na('interaction.map.open', SECTION, '3 debate map: tab click → map drawn and painted', 'ms', 'n/a (no map)');
    return;
  }
  results.add('interaction.map.open', SECTION, `3 debate map: tab click → map drawn and painted (${samples[0].turns} turns)`, 'ms', samples.map((r) => r.ms));
  log(`  fig 3 debate map: ${samples.length} openings of a ${samples[0].turns}-turn map`);
}
