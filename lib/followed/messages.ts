import { z } from 'zod';
import type { Followed } from './schema';
import { FollowedDraft } from './schema';

/**
 * Messages of the commitments tracker. A page's content script may only add
 * a commitment of its own page (on the reader's click); the popup lists,
 * marks done and unfollows.
 */
const Id = z.string().min(1).max(200);
export const FollowedMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('follow-commitment'), commitment: FollowedDraft }),
  z.object({ type: z.literal('followed-list') }),
  z.object({ type: z.literal('followed-update'), id: Id, done: z.boolean(), note: z.string().max(10_000) }),
  z.object({ type: z.literal('followed-unfollow'), id: Id }),
]);
export type FollowedMessage = z.infer<typeof FollowedMessage>;

type Reply<T extends object> = ({ ok: true } & T) | { ok: false; message: string };
export interface FollowedReplies {
  'follow-commitment': Reply<{ created: boolean }>;
  'followed-list': Reply<{ items: Followed[]; invalid: number }>;
  'followed-update': Reply<{ item: Followed }>;
  'followed-unfollow': Reply<object>;
}

export const FOLLOWED_TYPES: ReadonlySet<string> = new Set(['follow-commitment', 'followed-list', 'followed-update', 'followed-unfollow']);
/** The one a web page's content script may send. */
export const FOLLOWED_CONTENT_TYPES: ReadonlySet<string> = new Set(['follow-commitment']);
