import { render } from 'preact';
import { classifyUrl, CONTENT_MATCHES } from '@/lib/transcript/detect';
import { parseDocumentSliced, yieldToMain } from '@/lib/transcript/parse';
import { ensurePageStyle, removeAllMarks } from '@/lib/page/marks';
import { PageTurns } from '@/lib/page/turns';
import { buildOverlayData } from '@/lib/overlay-data';
import { LazyMarker } from '@/lib/page/lazy-marks';
import { OVERLAY_CSS, READING_CSS, READING_LIST_CSS } from '@/components/overlay/styles';
import { PANELS_CSS } from '@/components/terms/panels.css';
import { App } from './App';
import { Reading } from './Reading';
import { loadSettings } from './settings-store';

export default defineContentScript({
  // The transcript URL forms of ../shared/PAGES.md only, both hosts.
  matches: CONTENT_MATCHES,

  // As soon as the DOM is parsed: reading starts before images and scripts finish loading.
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Non-transcript pages: nothing added, nothing logged.
    if (classifyUrl(location.href) === 'not-transcript') return;
    const settingsPromise = loadSettings();

    // The overlay appears as soon as the first turns have been read ("visible part first");
    // the rest of a long page is read in slices that leave the page responsive.
    let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
    let uiPromise: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
    let cleanup: () => void = () => undefined;
    const mountUi = () =>
      (uiPromise ??= createShadowRootUi(ctx, {
        name: 'kamerlezer-overlay',
        position: 'overlay',
        anchor: 'body',
        append: 'last',
        mode: 'open',
        zIndex: 2147483000,
        onMount(container, shadow) {
          const style = document.createElement('style');
          style.textContent = OVERLAY_CSS + PANELS_CSS + READING_LIST_CSS + READING_CSS;
          shadow.appendChild(style);
          render(<Reading />, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
          cleanup();
        },
      }).then((mounted) => {
        ui = mounted;
        mounted.mount();
        performance.mark('kamerlezer:shown');
        return mounted;
      }));

    const { result, layout } = await parseDocumentSliced(document, location.href, {
      onProgress: (turnsRead) => {
        if (turnsRead >= 3) void mountUi();
      },
    });
    if (!result.ok) {
      // Looked like a transcript at first, was not: take everything out again.
      // (Both are set inside callbacks, which TypeScript's narrowing cannot see.)
      const pending = uiPromise as Promise<ShadowRootContentScriptUi<HTMLElement>> | null;
      if (pending) (await pending).remove();
      return;
    }
    const transcript = result.transcript;
    const settings = await settingsPromise;
    // Each step below in a task of its own: none holds the page for long.
    await yieldToMain();
    ensurePageStyle(document);
    const turns = new PageTurns(layout, transcript);
    turns.tag();
    await yieldToMain();
    const marker = new LazyMarker(transcript, layout);
    const data = buildOverlayData(transcript);
    await yieldToMain();
    cleanup = () => {
      marker.disconnect();
      removeAllMarks(document);
    };
    const mounted = (ui as ShadowRootContentScriptUi<HTMLElement> | null) ?? (await mountUi());
    render(<App transcript={transcript} layout={layout} turns={turns} marker={marker} initialSettings={settings} data={data} />, mounted.uiContainer);
    // For the benchmark and tests: when the whole overlay is usable, on the page's own timeline.
    performance.mark('kamerlezer:ready');
    mounted.shadowHost.setAttribute('data-kl-ready', '');
  },
});
