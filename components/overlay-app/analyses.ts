import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalysesPortMessage } from '@/lib/messages';
import { asPageAnalyses, type PageAnalyses } from '@/lib/analyses/page-shape';
import type { Transcript } from '@/lib/transcript/model';
import { yieldToMain } from '@/lib/transcript/page-waits';
import { toTransport } from '@/lib/transcript/transport';

// The name as in lib/messages.ts (ANALYSES_PORT), written out: importing it would bring zod into the content script.
const PORT = 'kl-analyses';
/** About a 200,000-word page's analysis on a slow machine, several times over. */
const REQUEST_TIMEOUT_MS = 60_000;

/** What the background sends back: the analyses and the stylesheet of the panels they fill. */
export interface AnalysesArrived {
  analyses: PageAnalyses;
  css: string;
}

/** Sends the transcript in pieces, a task each (see lib/transcript/transport.ts); resolves to the reply. */
function requestAnalyses(transcript: Transcript): Promise<AnalysesArrived | null> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: PORT });
    } catch {
      return resolve(null); // extension reloaded: the overlay works without the analyses
    }
    let done = false;
    const finish = (a: AnalysesArrived | null) => {
      if (done) return;
      done = true;
      port.disconnect();
      resolve(a);
    };
    port.onMessage.addListener((m: unknown) => {
      const reply = m as { ok?: boolean; analyses?: unknown; css?: unknown } | null;
      const analyses = reply?.ok ? asPageAnalyses(reply.analyses) : null;
      finish(analyses && { analyses, css: typeof reply?.css === 'string' ? reply.css : '' });
    });
    port.onDisconnect.addListener(() => finish(null));
    // A background that never answers (stuck, or gone without closing the port) must not leave the
    // request open: after this long the overlay goes on without the analyses.
    setTimeout(() => finish(null), REQUEST_TIMEOUT_MS);
    const send = (msg: AnalysesPortMessage) => port.postMessage(msg);
    void (async () => {
      const { outline, slices } = toTransport(transcript);
      send({ type: 'outline', outline });
      for (const text of slices) {
        await yieldToMain();
        if (done) return;
        send({ type: 'text', text });
      }
      send({ type: 'end' });
    })();
  });
}

/**
 * Terms, commitments and questions, computed by the background after the
 * overlay is up: the reader can navigate at once, and the page's main thread
 * never runs the analysers. With them comes the stylesheet of their panels.
 */
export function useAnalyses(transcript: Transcript): AnalysesArrived | null {
  const [analyses, setAnalyses] = useState<AnalysesArrived | null>(null);
  useEffect(() => {
    let live = true;
    // Wait until the page is idle: sending is not part of start-up.
    const go = () => void requestAnalyses(transcript).then((a) => live && setAnalyses(a));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(go, { timeout: 1000 }) : setTimeout(go, 1);
    return () => {
      live = false;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
  }, [transcript]);
  return analyses;
}
