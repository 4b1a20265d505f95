import { browser, type Browser } from 'wxt/browser';
import { ANALYSES_PORT, AnalysesPortMessage, isExtensionPage, isOurContentScript, type SenderLike } from '@/lib/messages';
import { ANALYSIS_IDS, type AnalysisId, type LocatedPassage, type PageAnalyses } from '@/lib/analyses/page-shape';
import { runnersFailing, runPageAnalyses, type PageRunners } from '@/lib/analyses/run-page';
import { PANELS_CSS } from '@/components/terms/panels.css';
import { Transcript } from '@/lib/transcript/model';
import { fromTransport, type TranscriptOutline } from '@/lib/transcript/transport';

const INVALID = 'Ongeldig verslag ontvangen.';

/**
 * `css`: the stylesheet of the panels the analyses fill (Begrippen, Toezeggingen, Vragen, Moties, the
 * term tooltip). It comes with them rather than in the content script, which stays under its size
 * budget: nothing uses these styles before the analyses are there.
 */
export type AnalysesReply = { ok: true; analyses: PageAnalyses; css: string } | { ok: false; message: string };

interface SessionIo {
  sender: SenderLike;
  extensionId: string;
  extensionOrigin: string;
  reply: (r: AnalysesReply) => void;
  close: () => void;
  /** Where the sender's saved passages are in the transcript (the reading list's side); none when absent. */
  locate?: (transcript: Transcript) => Promise<LocatedPassage[]>;
  /** How the analyses run; the usual ones when absent (a test build passes others, see faultRunners). */
  runners?: PageRunners;
}

/**
 * One connection: the transcript arrives in pieces (outline, text slices,
 * end; see lib/transcript/transport.ts), so that sending it never holds the
 * page for long. Once whole it is validated like any data crossing a
 * boundary, and the analyses go back in one reply, with where the page's
 * saved passages are in the text.
 * Returns the handler for the port's messages, or null for a sender that is
 * not ours (the caller closes the port unheard).
 */
export function analysesSession(io: SessionIo): ((raw: unknown) => void) | null {
  const { sender, extensionId, extensionOrigin } = io;
  if (!isOurContentScript(sender, extensionId) && !isExtensionPage(sender, extensionId, extensionOrigin)) return null;
  let outline: TranscriptOutline | null = null;
  const text: string[] = [];
  let received = 0;
  let over = false;
  const end = (r: AnalysesReply) => {
    over = true;
    io.reply(r);
    io.close();
  };
  return (raw) => {
    if (over) return;
    const msg = AnalysesPortMessage.safeParse(raw);
    if (!msg.success) return end({ ok: false, message: INVALID });
    switch (msg.data.type) {
      case 'outline':
        if (outline) return end({ ok: false, message: INVALID });
        outline = msg.data.outline as TranscriptOutline;
        return;
      case 'text':
        received += msg.data.text.length;
        if (!outline || received > outline.textLength) return end({ ok: false, message: INVALID });
        text.push(msg.data.text);
        return;
      case 'end': {
        if (!outline) return end({ ok: false, message: INVALID });
        const rebuilt = fromTransport(outline, text.join(''));
        const parsed = rebuilt.ok ? Transcript.safeParse(rebuilt.transcript) : null;
        if (!parsed?.success) return end({ ok: false, message: INVALID });
        const analyses = runPageAnalyses(parsed.data, io.runners);
        over = true; // nothing more is heard while the passages are looked up
        void (io.locate ? io.locate(parsed.data) : Promise.resolve([]))
          .catch(() => [] as LocatedPassage[]) // the list failing leaves the analyses standing
          .then((located) => {
            io.reply({ ok: true, analyses: { ...analyses, located }, css: PANELS_CSS });
            io.close();
          });
      }
    }
  };
}

/** `locate`: the reading list's search for a page's saved passages in a text (see ReadingListService.locate). */
export function serveAnalyses(locate?: (url: string, text: string) => Promise<LocatedPassage[]>): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ANALYSES_PORT) return;
    const url = port.sender?.url ?? port.sender?.tab?.url ?? '';
    const onMessage = analysesSession({
      locate: locate && url ? (t) => locate(url, t.text) : undefined,
      runners: faultRunners(),
      sender: port.sender ?? {},
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      reply: (r) => port.postMessage(r),
      close: () => port.disconnect(),
    });
    if (onMessage) port.onMessage.addListener(onMessage);
    else port.disconnect();
  });
}

/** Set to true only in the test build (`KL_FAULTS=1 wxt build`, see wxt.config.ts); false in every shipped build. */
declare const __KL_FAULTS__: boolean | undefined;

/**
 * In the test build only: the analysis the end-to-end test names in the
 * service worker's `klFailAnalysis` is made to throw, so the test can check
 * that the other panels still arrive. In a shipped build `__KL_FAULTS__` is
 * the constant false and the minifier drops this code (tests/e2e/faults.e2e.ts
 * checks the shipped background has no trace of it).
 */
function faultRunners(): PageRunners | undefined {
  if (typeof __KL_FAULTS__ === 'undefined' || !__KL_FAULTS__) return undefined;
  const id = (globalThis as { klFailAnalysis?: unknown }).klFailAnalysis;
  return ANALYSIS_IDS.includes(id as AnalysisId) ? runnersFailing(id as AnalysisId) : undefined;
}
