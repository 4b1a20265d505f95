import { render } from 'preact';
import { classifyUrl, CONTENT_MATCHES } from '@/lib/transcript/detect';
import { guessHolds, parseDocumentSliced, type PageRead } from '@/lib/transcript/parse';
import { yieldToMain } from '@/lib/transcript/page-waits';
import { ensurePageStyle, removeAllMarks } from '@/lib/page/marks';
import { PageTurns } from '@/lib/page/turns';
import { buildOverlayData } from '@/lib/overlay-data';
import { LazyMarker } from '@/lib/page/lazy-marks';
import { createOverlayHost, type OverlayHost } from '@/lib/page/overlay-host';
import { App } from '@/components/overlay-app/App';
import { Reading } from '@/components/overlay-app/Reading';
import { loadSettings } from '@/components/overlay-app/settings-store';
import { OVERLAY_APP_CSS } from '@/components/overlay-app/styles';

export default defineContentScript({
  // The transcript URL forms of ../shared/PAGES.md only, both hosts.
  matches: CONTENT_MATCHES,

  // From the start of the page: it is read while the browser parses it, so that on a
  // 200,000-word page the overlay is ready about when the page is (lib/transcript/parse.ts).
  runAt: 'document_start',
  // The overlay's styles are in its shadow root (below); 'ui' would fetch a stylesheet we do
  // not have, which also made mounting wait for a later task.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Non-transcript pages: nothing added, nothing logged.
    if (classifyUrl(location.href) === 'not-transcript') return;
    const settingsPromise = loadSettings();

    // The overlay appears as soon as the first turns have been read ("visible part first");
    // the rest of a long page is read in slices that leave the page responsive.
    let ui: OverlayHost | null = null;
    let cleanup: () => void = () => undefined;
    const mountUi = (): OverlayHost => {
      if (ui) return ui;
      const mounted = createOverlayHost(document, OVERLAY_APP_CSS);
      render(<Reading />, mounted.container);
      performance.mark('kamerlezer:shown');
      const remove = () => {
        render(null, mounted.container);
        cleanup();
        mounted.remove();
        ui = null;
      };
      // The extension reloaded or was removed: this copy of the script takes its overlay away.
      ctx.onInvalidated(remove);
      ui = { ...mounted, remove };
      return ui;
    };

    const read = () =>
      parseDocumentSliced(document, location.href, {
        onProgress: (turnsRead) => {
          if (turnsRead >= 3) mountUi();
        },
      });
    const removeUi = () => ui?.remove();

    /** Marks the turns, renders the overlay; returns how to take both out again. */
    const show = async ({ result, layout, withPage }: PageRead) => {
      if (!result.ok) return null;
      const transcript = result.transcript;
      const settings = await settingsPromise;
      // Each step below in a task of its own, so none holds the page for long; but read along
      // with the page, the little left is done at once, before the page's first full layout.
      const step = () => (withPage ? Promise.resolve() : yieldToMain());
      await step();
      const turns = new PageTurns(layout, transcript);
      const marker = new LazyMarker(transcript, layout);
      const data = buildOverlayData(transcript, 'nl', layout.turns);
      await step();
      cleanup = () => {
        marker.disconnect();
        removeAllMarks(document);
      };
      const mounted = mountUi();
      render(<App transcript={transcript} layout={layout} turns={turns} marker={marker} initialSettings={settings} data={data} />, mounted.container);
      // For the benchmark and tests: when the whole overlay is usable, on the page's own timeline.
      performance.mark('kamerlezer:ready');
      mounted.host.setAttribute('data-kl-ready', '');
      // The page's style for turns and marks, and the turns' tags, in a task of their own: they
      // make the browser restyle the whole page, which it is about to do anyway.
      await yieldToMain();
      ensurePageStyle(document);
      turns.tag();
      return () => {
        render(null, mounted.container);
        cleanup();
        mounted.host.removeAttribute('data-kl-ready');
      };
    };

    let page = await read();
    // Read while loading, the page may hold a better body or title further on: check once it is all there.
    const recheck = async () => {
      if (!page.guess) return false;
      await pageLoaded();
      if (guessHolds(document, page.guess)) return false;
      page = await read();
      return true;
    };
    if (!page.result.ok) await recheck();
    const hide = await show(page);
    if (hide && (await recheck())) {
      hide();
      if (!(await show(page))) removeUi();
    }
    // Looked like a transcript at first, was not: take everything out again.
    if (!hide) removeUi();
  },
});

/** Resolves once the browser has parsed the whole page. */
function pageLoaded(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
