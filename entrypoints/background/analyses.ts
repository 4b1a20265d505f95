import { browser } from 'wxt/browser';
import { isExtensionPage, isOurContentScript } from '@/lib/messages';
import { runPageAnalyses } from '@/lib/run-page-analyses';
import { Transcript } from '@/lib/transcript/model';

/**
 * Runs the analyses for a content script: it sends the parsed transcript,
 * which is validated like any data crossing a boundary, and gets terms (and
 * the other analyses) back. Other senders and messages are left alone.
 */
export function serveAnalyses(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if ((msg as { type?: unknown } | null)?.type !== 'analyze-transcript') return undefined;
    // Our content script on a transcript page, or our own reader page.
    const id = browser.runtime.id;
    if (!isOurContentScript(sender, id) && !isExtensionPage(sender, id, browser.runtime.getURL('/'))) return undefined;
    const parsed = Transcript.safeParse((msg as { transcript?: unknown }).transcript);
    if (!parsed.success) {
      sendResponse({ ok: false, message: 'Ongeldig verslag ontvangen.' });
      return true;
    }
    sendResponse({ ok: true, analyses: runPageAnalyses(parsed.data) });
    return true;
  });
}
