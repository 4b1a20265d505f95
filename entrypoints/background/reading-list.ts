import { browser } from 'wxt/browser';
import {
  BackgroundToContent,
  CONTENT_TYPES,
  ContentToBackground,
  FRAME_TYPES,
  FrameToBackground,
  isExtensionPage,
  isOurContentScript,
  isOurFrameInSitePage,
  POPUP_TYPES,
  PopupToBackground,
  type Failure,
  type Replies,
  type SenderLike,
} from '@/lib/messages';
import type { ReadingListDb } from '@/lib/reading-list/db';
import { FIRST_SCREEN_KEY, FIRST_SCREEN_SIZE, type FirstScreen } from '@/lib/reading-list/first-screen';
import { completePassage, formatPath, isReaderUrl, pageUrl, type Passage } from '@/lib/reading-list/schema';
import {
  countForUrl,
  deletePassage,
  getPassage,
  importPassages,
  listForUrl,
  listPassages,
  listRecent,
  restorePassage,
  savePassage,
  updatePassage,
  type PassageList,
} from '@/lib/reading-list/store';
import { fromFrame } from './page-frame';
import { anchor } from '@/lib/anchor/text-quote';
import type { LocatedPassage } from '@/lib/analyses/page-shape';

/**
 * The reading list's background side: the only code that opens its database.
 * Messages arrive as `unknown`, are checked against their sender (a page's
 * content script may not list, delete or import) and validated with zod
 * before anything is read or written.
 */

type AnyReply = Replies[keyof Replies];

export interface ServiceOptions {
  /** Our runtime id; defaults to browser.runtime.id. */
  extensionId?: string;
  /** Our pages' origin (runtime.getURL('/')); needed in Firefox, whose page host is not the id. */
  extensionOrigin?: string;
  now?: () => Date;
  /** Where the popup's first screen is kept (storage.session); none in tests unless given. */
  session?: { set(items: Record<string, unknown>): Promise<void> } | null;
  /** How many passages the first screen holds (the popup's PAGE_SIZE). */
  firstScreenSize?: number;
}

export interface ReadingListService {
  /** Validate, check the sender, dispatch; never throws (failures are `{ ok: false, message }`). */
  handleMessage(msg: unknown, sender: SenderLike): Promise<AnyReply>;
  /** Open (or activate) the passage's page at the passage. */
  open(id: string): Promise<Replies['open']>;
  /** Where the saved passages of the page at `url` are in `text`; those not found are left out. */
  locate(url: string, text: string): Promise<LocatedPassage[]>;
  /** Set the toolbar badge of a tab to the number of passages saved from `url`. */
  refreshBadge(tabId: number, url: string): Promise<void>;
  /** Refresh the badge of every tab whose page we know (after a delete, import, …). */
  refreshAllBadges(): Promise<void>;
  forgetTab(tabId: number): void;
}

const fail = (message: string): Failure => ({ ok: false, message });

/** `url#kl-passage=<id>:~:text=…`: the content script reads the id; the browser scrolls by the text directive first. */
export function openUrl(p: Passage): string {
  const directive = p.fragmentUrl.includes('#:~:') ? p.fragmentUrl.slice(p.fragmentUrl.indexOf('#:~:') + 1) : '';
  return `${p.url}#kl-passage=${encodeURIComponent(p.id)}${directive}`;
}

function badgeApi() {
  // MV3 has `action`; Firefox MV2 builds still have `browserAction`.
  return browser.action ?? browser.browserAction;
}

/** The reading-list service over a database getter (tests pass a fake-indexeddb one). */
export function createReadingListService(getDb: () => Promise<ReadingListDb>, opts: ServiceOptions = {}): ReadingListService {
  const now = opts.now ?? (() => new Date());
  const extensionId = () => opts.extensionId ?? browser.runtime.id;
  /** Tab id → page URL, learned from our content scripts (no "tabs" permission needed). */
  const tabPages = new Map<number, string>();

  // The validated whole list, kept while the worker lives: reading and validating 10,000
  // records takes the worker a second, and every popup opening asks for it.
  let listCache: Promise<PassageList> | null = null;
  const listAll = (db: ReadingListDb) => {
    const p = (listCache ??= listPassages(db));
    p.catch(() => {
      if (listCache === p) listCache = null;
    });
    return p;
  };
  /** Run a write; the cached list is dropped before (no stale reads during it) and after. */
  async function writing<T>(write: () => Promise<T>): Promise<T> {
    listCache = null;
    firstScreenStored = false;
    try {
      return await write();
    } finally {
      listCache = null;
      firstScreenStored = false;
      void storeFirstScreen();
    }
  }

  // The popup's first screen, kept in session storage (first-screen.ts): refreshed after every
  // write, and when a popup's own request finds it missing (a new browser session).
  const firstScreenSize = opts.firstScreenSize ?? FIRST_SCREEN_SIZE;
  let firstScreenStored = false;
  let storing: Promise<void> | null = null;
  async function storeFirstScreen(known?: PassageList): Promise<void> {
    if (!opts.session || firstScreenStored) return;
    // One at a time; a write meanwhile marks it stale again and the loop goes round once more.
    if (storing) return storing;
    storing = (async () => {
      try {
        let list = known;
        while (!firstScreenStored) {
          firstScreenStored = true;
          list ??= await listRecent(await getDb(), firstScreenSize);
          const screen: FirstScreen = { passages: list.passages, total: list.total, quarantined: list.quarantined, complete: list.complete };
          await opts.session!.set({ [FIRST_SCREEN_KEY]: screen });
          list = undefined;
        }
      } catch {
        firstScreenStored = false; // the popup then waits for the background, as without it
      } finally {
        storing = null;
      }
    })();
    return storing;
  }

  async function refreshBadge(tabId: number, url: string): Promise<void> {
    const count = await countForUrl(await getDb(), url);
    try {
      // No passages here: the tab's own text is cleared, so the badge shows the global one (followed commitments overdue).
      await badgeApi()?.setBadgeText({ tabId, text: count ? String(count) : (null as unknown as string) });
    } catch {
      // The tab closed meanwhile.
    }
  }

  async function refreshAllBadges(): Promise<void> {
    await Promise.all([...tabPages].map(([tabId, url]) => refreshBadge(tabId, url)));
  }

  async function open(id: string): Promise<Replies['open']> {
    const p = await getPassage(await getDb(), id);
    if (!p) return fail('Deze passage staat niet (meer) in de leeslijst.');
    const target = openUrl(p);
    const known = [...tabPages].find(([, url]) => url === p.url)?.[0];
    if (known !== undefined) {
      try {
        const tab = await browser.tabs.update(known, { active: true });
        if (tab?.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
        try {
          const show: BackgroundToContent = { type: 'show-passage', id };
          await browser.tabs.sendMessage(known, show);
        } catch {
          // No content script listening (page reloading, or a different page now): navigate instead.
          await browser.tabs.update(known, { url: target });
        }
        return { ok: true, tabId: known };
      } catch {
        tabPages.delete(known); // the tab is gone: open a new one
      }
    }
    const tab = await browser.tabs.create({ url: target, active: true });
    return { ok: true, tabId: tab.id ?? -1 };
  }

  async function fromContent(msg: ContentToBackground, sender: SenderLike): Promise<AnyReply> {
    const page = pageUrl(sender.url ?? sender.tab?.url ?? '');
    const tabId = sender.tab?.id;
    // A page may only read and write its own passages.
    const claimed = msg.type === 'save-passage' ? msg.passage.url : msg.url;
    if (pageUrl(claimed) !== page) return fail('Dit bericht hoort niet bij deze pagina.');
    if (tabId !== undefined && tabId >= 0) tabPages.set(tabId, page);
    // What the reader wrote (notes, tags) never goes into a web page, where the page's own scripts
    // could read it from the overlay: a content script gets the passage without them. The reader
    // page is the extension's own, out of any site's reach.
    const inWebPage = /^https?:/iu.test(page);
    const forSender = (p: Passage): Passage => (inWebPage ? { ...p, note: '', tags: [] } : p);
    const db = await getDb();
    switch (msg.type) {
      case 'save-passage': {
        const r = await writing(() => savePassage(db, completePassage(msg.passage, now()), now()));
        if (!r.ok) return r;
        const count = await countForUrl(db, page);
        await refreshAllBadges();
        return { ok: true, passage: forSender(r.passage), created: r.created, count };
      }
      case 'list-for-url': {
        // The content script asks for its passages on load: a good moment for the tab's badge too.
        if (tabId !== undefined && tabId >= 0) await refreshBadge(tabId, page);
        return { ok: true, passages: (await listForUrl(db, page)).map(forSender) };
      }
      case 'count-for-url': {
        if (tabId !== undefined && tabId >= 0) await refreshBadge(tabId, page);
        return { ok: true, count: await countForUrl(db, page) };
      }
    }
  }

  async function fromPopup(msg: PopupToBackground): Promise<AnyReply> {
    const db = await getDb();
    switch (msg.type) {
      case 'list': {
        if (!msg.limit) return { ok: true, ...(await listAll(db)) };
        const recent = await listRecent(db, msg.limit);
        if (msg.limit === firstScreenSize) void storeFirstScreen(recent);
        return { ok: true, ...recent };
      }
      case 'update':
        return writing(() => updatePassage(db, msg.id, { note: msg.note, tags: msg.tags }, now()));
      case 'delete': {
        const passage = await writing(() => deletePassage(db, msg.id));
        await refreshAllBadges();
        return { ok: true, passage };
      }
      case 'restore': {
        const r = await writing(() => restorePassage(db, msg.passage));
        await refreshAllBadges();
        return r.ok ? { ok: true, passage: r.passage } : r;
      }
      case 'import': {
        const r = await writing(() => importPassages(db, msg.json, now()));
        if (r.ok) await refreshAllBadges();
        return r;
      }
      case 'open':
        return open(msg.id);
    }
  }

  async function handleMessage(msg: unknown, sender: SenderLike): Promise<AnyReply> {
    const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
    try {
      if (typeof type === 'string' && CONTENT_TYPES.has(type)) {
        // Our content script on a transcript page, or our reader page showing a document. The reader
        // puts the document in its address with history.replaceState, which Chrome's sender.url does
        // not follow (it keeps the address the page loaded at); the tab's address does.
        const readerUrl = sender.tab?.url ?? sender.url ?? '';
        const fromReader = isExtensionPage(sender, extensionId(), opts.extensionOrigin) && isReaderUrl(readerUrl);
        if (!isOurContentScript(sender, extensionId()) && !fromReader) return fail('Afzender niet toegestaan.');
        const parsed = ContentToBackground.safeParse(msg);
        if (!parsed.success) return fail(`Ongeldig bericht: ${issue(parsed.error)}`);
        return await fromContent(parsed.data, fromReader ? { ...sender, url: readerUrl } : sender);
      }
      if (typeof type === 'string' && FRAME_TYPES.has(type)) {
        if (!isOurFrameInSitePage(sender, extensionId(), opts.extensionOrigin)) return fail('Afzender niet toegestaan.');
        const parsed = FrameToBackground.safeParse(msg);
        if (!parsed.success) return fail(`Ongeldig bericht: ${issue(parsed.error)}`);
        return await fromFrame(parsed.data, sender, getDb);
      }
      if (typeof type === 'string' && POPUP_TYPES.has(type)) {
        if (!isExtensionPage(sender, extensionId(), opts.extensionOrigin)) return fail('Afzender niet toegestaan.');
        const parsed = PopupToBackground.safeParse(msg);
        if (!parsed.success) return fail(`Ongeldig bericht: ${issue(parsed.error)}`);
        return await fromPopup(parsed.data);
      }
      return fail('Onbekend bericht.');
    } catch (e) {
      return fail(`Er ging iets mis in de leeslijst: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The page's passages found again in its current text (exactly, or fuzzily after a correction). */
  async function locate(url: string, text: string): Promise<LocatedPassage[]> {
    return (await listForUrl(await getDb(), pageUrl(url))).flatMap((p) => {
      const m = anchor(text, p.anchor);
      return m ? [{ id: p.id, start: m.start, end: m.end }] : [];
    });
  }

  return { handleMessage, open, locate, refreshBadge, refreshAllBadges, forgetTab: (tabId) => void tabPages.delete(tabId) };
}

function issue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  return i ? `${formatPath(i.path)}: ${i.message}` : 'ongeldig';
}

/** Whether a message is one the reading list answers (others belong to other features' listeners). */
export function isReadingListMessage(msg: unknown): boolean {
  const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (CONTENT_TYPES.has(type) || POPUP_TYPES.has(type) || FRAME_TYPES.has(type));
}
