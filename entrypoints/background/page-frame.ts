import { browser } from 'wxt/browser';
import type { BackgroundToContent, Failure, FrameToBackground, Replies, SenderLike } from '@/lib/messages';
import type { ReadingListDb } from '@/lib/reading-list/db';
import { pageUrl } from '@/lib/reading-list/schema';
import { listForUrl } from '@/lib/reading-list/store';

/**
 * The overlay's frame on a site (entrypoints/page-passages), after its sender was checked:
 * the passages of its own tab's page, notes and tags included (the frame is the extension's
 * origin, which the page's scripts cannot read), and "go to" passed on to that tab's page.
 */
export async function fromFrame(
  msg: FrameToBackground,
  sender: SenderLike,
  getDb: () => Promise<ReadingListDb>,
): Promise<Replies['list-for-tab'] | Replies['show-in-tab']> {
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'list-for-tab':
      return { ok: true, passages: await listForUrl(await getDb(), pageUrl(sender.tab?.url ?? '')) };
    case 'show-in-tab': {
      if (tabId === undefined || tabId < 0) return fail('Geen tabblad.');
      const show: BackgroundToContent = { type: 'show-passage', id: msg.id };
      try {
        await browser.tabs.sendMessage(tabId, show, { frameId: 0 });
        return { ok: true };
      } catch {
        return fail('De pagina luistert niet (meer).');
      }
    }
  }
}

const fail = (message: string): Failure => ({ ok: false, message });
