import { browser } from 'wxt/browser';
import { isExtensionPage, isOurContentScript } from '@/lib/messages';

interface Pending {
  name: string;
  base64: string;
}

const MAX_BASE64 = 56 * 1024 * 1024;

/** A URL's origin, or null when the string is no URL (a message field is anything its sender put there). */
function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Hands a transcript file from a page to the reader: the content script sends
 * the bytes it fetched from its own site, the background opens reader.html
 * with a one-time id, and the reader takes the bytes once. Nothing is stored.
 */
export function serveOpenInReader(): void {
  const pending = new Map<string, Pending>();
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const m = msg as { type?: unknown; url?: unknown; name?: unknown; base64?: unknown; id?: unknown } | null;
    if (m?.type === 'open-in-reader') {
      if (!isOurContentScript(sender, browser.runtime.id)) return undefined;
      const from = sender.tab?.url ?? sender.url;
      const origin = originOf(m.url);
      const valid =
        origin !== null && typeof m.name === 'string' && typeof m.base64 === 'string' && m.base64.length <= MAX_BASE64 && origin === originOf(from);
      if (!valid) {
        sendResponse({ ok: false });
        return true;
      }
      const id = crypto.randomUUID();
      pending.set(id, { name: (m.name as string).slice(0, 200), base64: m.base64 as string });
      void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?pending=${id}`) }).then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
      return true;
    }
    if (m?.type === 'take-pending') {
      if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')) || typeof m.id !== 'string') return undefined;
      const file = pending.get(m.id) ?? null;
      pending.delete(m.id);
      sendResponse(file);
      return true;
    }
    return undefined;
  });
}
