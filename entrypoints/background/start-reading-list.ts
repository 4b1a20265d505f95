import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '@/lib/messages';
import { DB_NAME, openReadingListDb, type ReadingListDb } from '@/lib/reading-list/db';
import { CONTENT_MATCHES } from '@/lib/transcript/detect';
import { createReadingListService, isReadingListMessage, type ReadingListService } from './reading-list';
import { createFollowedService, isFollowedMessage } from './followed';

/** The reading list's wiring in the browser: its listeners, context menu, keyboard command and badge. */

export const SAVE_MENU_ID = 'kl-save-selection';
/** The keyboard command (manifest `commands`) that saves the selection. */
export const SAVE_COMMAND = 'save-selection';

async function askToSaveSelection(tabId: number | undefined, frameId?: number): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const msg: BackgroundToContent = { type: 'save-selection' };
  try {
    await browser.tabs.sendMessage(tabId, msg, frameId === undefined ? undefined : { frameId });
  } catch {
    // No content script there (not a transcript page): nothing to save.
  }
}

/**
 * Start the background: one database connection (reopened after a version
 * change closes it), the message listener, the context-menu item, the
 * keyboard command and badge updates. Returns the service for tests.
 */
export function startBackground(): ReadingListService {
  let dbPromise: Promise<ReadingListDb> | null = null;
  const getDb = () =>
    (dbPromise ??= openReadingListDb(DB_NAME, { onClose: () => (dbPromise = null) }).catch((e: unknown) => {
      dbPromise = null;
      throw e;
    }));
  const service = createReadingListService(getDb, {
    extensionOrigin: browser.runtime.getURL('/'),
    session: browser.storage.session ?? null,
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isReadingListMessage(msg)) return undefined;
    // sendResponse + `return true` works in every browser; a returned promise does not (older Chrome).
    void service.handleMessage(msg, sender).then(sendResponse);
    return true;
  });

  // The commitments tracker shares the database; its overdue count is the badge's global text.
  const badge = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  const followed = createFollowedService(getDb, {
    extensionOrigin: browser.runtime.getURL('/'),
    setOverdueBadge: async (n) => {
      await badge?.setBadgeText({ text: n ? String(n) : '' });
      // Red, as an RGBA array (the badge API's own form, not CSS): overdue is a warning.
      if (n) await badge?.setBadgeBackgroundColor({ color: [179, 38, 30, 255] });
    },
  });
  void followed.refreshOverdue().catch(() => undefined);
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isFollowedMessage(msg)) return undefined;
    void followed.handle(msg, sender).then(sendResponse);
    return true;
  });


  // Menus survive restarts in Chrome but not everywhere: recreate on every start.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: 'Bewaar in leeslijst',
        contexts: ['selection'],
        documentUrlPatterns: CONTENT_MATCHES,
      }),
    )
    .catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void askToSaveSelection(tab?.id, info.frameId);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    if (tab?.id !== undefined) void askToSaveSelection(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => askToSaveSelection(t?.id));
  });

  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A navigation: forget the page until its content script reports again (the browser clears the badge).
    if (change.status === 'loading') service.forgetTab(tabId);
    // tab.url is only visible with host access; otherwise the content script's count-for-url sets the badge.
    if (change.status === 'complete' && tab.url) void service.refreshBadge(tabId, tab.url).catch(() => undefined);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => (tab.url ? service.refreshBadge(tabId, tab.url) : undefined))
      .catch(() => undefined);
  });
  return service;
}
