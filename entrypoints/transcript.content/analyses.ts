import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { asPageAnalyses, type PageAnalyses } from '@/lib/page-analyses';
import type { Transcript } from '@/lib/transcript/model';

async function requestAnalyses(transcript: Transcript): Promise<PageAnalyses | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'analyze-transcript', transcript })) as { ok?: boolean; analyses?: unknown } | undefined;
    return reply?.ok ? asPageAnalyses(reply.analyses) : null;
  } catch {
    return null; // background asleep or reloading: the overlay works without the analyses
  }
}

/**
 * Terms, commitments and questions, computed by the background after the
 * overlay is up: the reader can navigate at once, and the page's main thread
 * never runs the analysers.
 */
export function useAnalyses(transcript: Transcript): PageAnalyses | null {
  const [analyses, setAnalyses] = useState<PageAnalyses | null>(null);
  useEffect(() => {
    let live = true;
    // Sending copies the whole transcript: wait until the page is idle so it is not part of start-up.
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
