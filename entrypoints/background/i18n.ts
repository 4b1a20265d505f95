import { browser } from 'wxt/browser';
import { ENGLISH } from '@/lib/i18n/en';
import { isExtensionPage, isOurContentScript, type SenderLike } from '@/lib/messages';

/**
 * The English tables, for a content script whose reader chose English: the
 * script a page loads carries Dutch only (see lib/i18n/translate.ts
 * installLanguage). Answered to our own content scripts and pages only.
 */
export function answerLanguageTables(msg: unknown, sender: SenderLike, extensionId: string, extensionOrigin: string): Record<string, Record<string, string>> | null {
  const m = msg as { type?: unknown; lang?: unknown } | null;
  if (m?.type !== 'i18n-tables' || m.lang !== 'en') return null;
  if (!isOurContentScript(sender, extensionId) && !isExtensionPage(sender, extensionId, extensionOrigin)) return null;
  return ENGLISH;
}

export function serveLanguageTables(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const tables = answerLanguageTables(msg, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!tables) return undefined;
    sendResponse(tables);
    return true;
  });
}
