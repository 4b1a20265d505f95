import { browser } from 'wxt/browser';
import { FOLLOWED_CONTENT_TYPES, FOLLOWED_TYPES, FollowedMessage, type FollowedReplies } from '@/lib/followed/messages';
import { overdueCount } from '@/lib/followed/status';
import { followCommitment, listFollowed, unfollow, updateFollowed } from '@/lib/followed/store';
import { isExtensionPage, isOurContentScript, type SenderLike } from '@/lib/messages';
import type { ReadingListDb } from '@/lib/reading-list/db';
import { pageUrl } from '@/lib/reading-list/schema';

type AnyReply = FollowedReplies[keyof FollowedReplies];

export interface FollowedOptions {
  extensionId?: string;
  extensionOrigin?: string;
  now?: () => Date;
  /** The toolbar badge's text when no tab sets its own: how many followed commitments are overdue. */
  setOverdueBadge?: (count: number) => Promise<void>;
}

/**
 * The commitments tracker's background side: validates each message against
 * its sender (a page may only follow a commitment of its own page; listing,
 * marking done and unfollowing are for the extension's pages) and keeps the
 * badge's overdue count current.
 */
export function createFollowedService(getDb: () => Promise<ReadingListDb>, opts: FollowedOptions = {}) {
  const extensionId = opts.extensionId ?? browser.runtime.id;
  const now = opts.now ?? (() => new Date());
  const refreshOverdue = async () => {
    const { items } = await listFollowed(await getDb());
    await opts.setOverdueBadge?.(overdueCount(items, now()));
  };

  async function handle(raw: unknown, sender: SenderLike): Promise<AnyReply> {
    const parsed = FollowedMessage.safeParse(raw);
    if (!parsed.success) return { ok: false, message: 'Ongeldig bericht.' };
    const msg = parsed.data;
    const fromPage = isOurContentScript(sender, extensionId);
    const fromExtension = isExtensionPage(sender, extensionId, opts.extensionOrigin);
    if (!(fromExtension || (fromPage && FOLLOWED_CONTENT_TYPES.has(msg.type)))) return { ok: false, message: 'Afzender niet toegestaan.' };
    const db = await getDb();
    try {
      switch (msg.type) {
        case 'follow-commitment': {
          // A page may only add what was said on that page.
          if (fromPage && pageUrl(msg.commitment.url) !== pageUrl(sender.url ?? sender.tab?.url ?? '')) return { ok: false, message: 'Dit bericht hoort niet bij deze pagina.' };
          const r = await followCommitment(db, msg.commitment, now());
          await refreshOverdue();
          return { ok: true, created: r.created };
        }
        case 'followed-list': {
          const r = await listFollowed(db);
          await opts.setOverdueBadge?.(overdueCount(r.items, now()));
          return { ok: true, ...r };
        }
        case 'followed-update': {
          const item = await updateFollowed(db, msg.id, { done: msg.done, note: msg.note }, now());
          await refreshOverdue();
          return item ? { ok: true, item } : { ok: false, message: 'Deze toezegging staat niet (meer) in de lijst.' };
        }
        case 'followed-unfollow':
          await unfollow(db, msg.id);
          await refreshOverdue();
          return { ok: true };
      }
    } catch (e) {
      return { ok: false, message: `De lijst met toezeggingen kon niet worden bijgewerkt: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { handle, refreshOverdue };
}

export const isFollowedMessage = (msg: unknown): boolean => {
  const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
  return typeof type === 'string' && FOLLOWED_TYPES.has(type);
};
