import { render } from 'preact';
import { App } from '@/components/overlay-app/App';
import { loadSettings } from '@/components/overlay-app/settings-store';
import { OVERLAY_APP_CSS } from '@/components/overlay-app/styles';
import { LazyMarker } from '@/lib/page/lazy-marks';
import { ensurePageStyle, removeAllMarks } from '@/lib/page/marks';
import { PageTurns } from '@/lib/page/turns';
import { createOverlayHost } from '@/lib/page/overlay-host';
import type { Layout } from '@/lib/transcript/build';
import type { Transcript } from '@/lib/transcript/model';
import { wordCount } from '@/lib/transcript/words';

/** Where each turn of the reader's rendered document is: the `h3[data-kl-turn]` label and the paragraphs after it. */
function readerLayout(root: ParentNode, transcript: Transcript): Layout<Element> | null {
  const turns: Layout<Element>['turns'] = [];
  for (const turn of transcript.turns) {
    const label = root.querySelector(`h3[data-kl-turn="${turn.index}"]`);
    if (!label) return null;
    const paragraphs = Array.from(label.parentElement?.querySelectorAll(':scope > p') ?? []);
    if (paragraphs.length !== turn.paragraphs.length) return null;
    turns.push({ label, paragraphs, words: wordCount(transcript.text, turn.start, turn.end) });
  }
  return { turns };
}

let unmount: (() => void) | null = null;

/**
 * The site's overlay over the reader's document: the same App, in its own
 * shadow root, on the layout the reader rendered. Passages saved here point at
 * the document's reader address (`reader.html?doc=<id>`) and reopen here.
 */
export async function mountReaderOverlay(transcript: Transcript, root: ParentNode = document): Promise<void> {
  const layout = readerLayout(root, transcript);
  // After the layout is taken: removing the old marks also strips the labels' data-kl-turn (tag() puts it back).
  unmount?.();
  if (!layout) return;
  const settings = await loadSettings();
  ensurePageStyle(document);
  const turns = new PageTurns(layout, transcript);
  turns.tag();
  const marker = new LazyMarker(transcript, layout);
  const { host, container } = createOverlayHost(document, OVERLAY_APP_CSS);
  render(<App transcript={transcript} layout={layout} turns={turns} marker={marker} initialSettings={settings} inReader />, container);
  host.setAttribute('data-kl-ready', '');
  unmount = () => {
    render(null, container);
    marker.disconnect();
    host.remove();
    removeAllMarks(document);
  };
}
