import { browser, type Browser } from 'wxt/browser';
import { ANALYSES_PORT, AnalysesPortMessage, isExtensionPage, isOurContentScript, type SenderLike } from '@/lib/messages';
import type { PageAnalyses } from '@/lib/analyses/page-shape';
import { runPageAnalyses } from '@/lib/analyses/run-page';
import { Transcript } from '@/lib/transcript/model';
import { fromTransport, type TranscriptOutline } from '@/lib/transcript/transport';

const INVALID = 'Ongeldig verslag ontvangen.';

export type AnalysesReply = { ok: true; analyses: PageAnalyses } | { ok: false; message: string };

interface SessionIo {
  sender: SenderLike;
  extensionId: string;
  extensionOrigin: string;
  reply: (r: AnalysesReply) => void;
  close: () => void;
}

/**
 * One connection: the transcript arrives in pieces (outline, text slices,
 * end; see lib/transcript/transport.ts), so that sending it never holds the
 * page for long. Once whole it is validated like any data crossing a
 * boundary, and terms, commitments and questions go back in one reply.
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
        end({ ok: true, analyses: runPageAnalyses(parsed.data) });
      }
    }
  };
}

export function serveAnalyses(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ANALYSES_PORT) return;
    const onMessage = analysesSession({
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
