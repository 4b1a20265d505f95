import { render } from 'preact';
import { classifyUrl } from '@/lib/transcript/detect';
import { parseDocumentWithLayout } from '@/lib/transcript/parse';
import { ensurePageStyle, removeAllMarks } from '@/lib/page/marks';
import { PageTurns } from '@/lib/page/turns';
import { LazyMarker } from '@/lib/page/lazy-marks';
import { OVERLAY_CSS, READING_LIST_CSS } from '@/components/overlay/styles';
import { PANELS_CSS } from '@/components/terms/panels.css';
import { App } from './App';
import { loadSettings } from './settings-store';

export default defineContentScript({
  // The transcript URL forms of ../shared/PAGES.md only, both hosts (kept literal: WXT reads them at build time).
  matches: [
    'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
    'https://tweedekamer.nl/kamerstukken/plenaire_verslagen/detail*',
    'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
    'https://tweedekamer.nl/kamerstukken/commissieverslagen/detail*',
    'https://www.tweedekamer.nl/kamerstukken/detail*',
    'https://tweedekamer.nl/kamerstukken/detail*',
    'https://zoek.officielebekendmakingen.nl/h-tk-*',
    'https://zoek.officielebekendmakingen.nl/dossier/h-tk-*',
    'https://zoek.officielebekendmakingen.nl/kst-*',
    'https://zoek.officielebekendmakingen.nl/dossier/kst-*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Non-transcript pages: nothing added, nothing logged.
    if (classifyUrl(location.href) === 'not-transcript') return;
    const { result, layout } = parseDocumentWithLayout(document, location.href);
    if (!result.ok) return;
    const transcript = result.transcript;

    const settings = await loadSettings();
    ensurePageStyle(document);
    const turns = new PageTurns(layout, transcript);
    turns.tag();
    const marker = new LazyMarker(transcript, layout);

    const ui = await createShadowRootUi(ctx, {
      name: 'kamerlezer-overlay',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      zIndex: 2147483000,
      onMount(container, shadow) {
        const style = document.createElement('style');
        style.textContent = OVERLAY_CSS + PANELS_CSS + READING_LIST_CSS;
        shadow.appendChild(style);
        render(<App transcript={transcript} layout={layout} turns={turns} marker={marker} initialSettings={settings} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
        marker.disconnect();
        removeAllMarks(document);
      },
    });
    ui.mount();
    // For the benchmark and tests: when the overlay is ready, measured against the page's own timeline.
    performance.mark('kamerlezer:ready');
    ui.shadowHost.setAttribute('data-kl-ready', '');
  },
});
