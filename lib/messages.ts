import { z } from 'zod';
import { Passage, PassageDraft } from './reading-list/schema';
import { Transcript, Turn } from './transcript/model';
import { TEXT_SLICE } from './transcript/transport';

/**
 * Every message between the extension's parts, one discriminated union per
 * direction, validated with safeParse on arrival. The reading list lives in
 * the background; content scripts and the popup only ask.
 *
 * Content scripts should import only the *types* from here (`import type`):
 * the zod schemas are for the receiving side and would bloat their bundle.
 */

const Id = z.string().min(1).max(64);
const Url = z.string().min(1).max(4096);

/** Content script → background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  /** Save a selection or a turn; the background completes id, fragmentUrl and timestamps. */
  z.object({ type: z.literal('save-passage'), passage: PassageDraft }),
  /** The passages saved from this page (to mark them, and to scroll to one after "open"); also sets the tab's badge. */
  z.object({ type: z.literal('list-for-url'), url: Url }),
  /** How many passages this page has; also refreshes the toolbar badge of the sender's tab. */
  z.object({ type: z.literal('count-for-url'), url: Url }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Popup (or another extension page) → background. */
export const PopupToBackground = z.discriminatedUnion('type', [
  /** The whole list, or with `limit` only the newest passages (the first screen, fast). */
  z.object({ type: z.literal('list'), limit: z.number().int().min(1).max(10_000).optional() }),
  z.object({ type: z.literal('update'), id: Id, note: z.string().max(20_000).optional(), tags: z.array(z.string().max(64)).max(64).optional() }),
  z.object({ type: z.literal('delete'), id: Id }),
  /** Undo of a delete: the record the delete reply returned. */
  z.object({ type: z.literal('restore'), passage: Passage }),
  /** The text of a JSON export file. */
  z.object({ type: z.literal('import'), json: z.string().max(50_000_000) }),
  /** Open the passage's page and scroll to it. */
  z.object({ type: z.literal('open'), id: Id }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackground>;

/**
 * The extension's own frame inside a site's overlay (entrypoints/page-passages) → background.
 * The page is the frame's tab's address, never one the frame names: the frame can be loaded
 * by any page on the transcript sites, and must only ever show that page's passages.
 */
export const FrameToBackground = z.discriminatedUnion('type', [
  /** The passages saved from the page the frame sits in, with notes and tags. */
  z.object({ type: z.literal('list-for-tab') }),
  /** Scroll the frame's page to one of its passages (the content script's `show-passage`). */
  z.object({ type: z.literal('show-in-tab'), id: Id }),
]);
export type FrameToBackground = z.infer<typeof FrameToBackground>;

/** Background → content script. */
export const BackgroundToContent = z.discriminatedUnion('type', [
  /** Context menu or keyboard command: save the current selection. */
  z.object({ type: z.literal('save-selection') }),
  /** Scroll to and highlight a saved passage already on this page (from "open" in the popup). */
  z.object({ type: z.literal('show-passage'), id: Id }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

/**
 * Content script (or reader page) → background, on a port named
 * {@link ANALYSES_PORT}: a transcript in pieces (see lib/transcript/transport.ts),
 * the outline first, then the text in slices, then `end`. The reply is one
 * message `{ ok: true, analyses }` or a failure.
 */
export const ANALYSES_PORT = 'kl-analyses';
/** Longer than any sitting: a 200,000-word day is about 1.2 million characters. */
export const MAX_TRANSCRIPT_CHARS = 20_000_000;
export const TranscriptOutline = Transcript.omit({ text: true, turns: true }).extend({
  textLength: z.number().int().min(0).max(MAX_TRANSCRIPT_CHARS),
  turns: z.array(Turn.omit({ paragraphs: true }).extend({ paragraphLengths: z.array(z.number().int().min(0)) })),
});
export const AnalysesPortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('outline'), outline: TranscriptOutline }),
  z.object({ type: z.literal('text'), text: z.string().max(TEXT_SLICE) }),
  z.object({ type: z.literal('end') }),
]);
export type AnalysesPortMessage = z.infer<typeof AnalysesPortMessage>;

/** Every reply carries ok; a failure carries a message for the user (Dutch). */
export type Failure = { ok: false; message: string };
type Reply<T extends object> = ({ ok: true } & T) | Failure;

/** The reply to each message type. */
export interface Replies {
  'save-passage': Reply<{ passage: Passage; created: boolean; count: number }>;
  'list-for-url': Reply<{ passages: Passage[] }>;
  'count-for-url': Reply<{ count: number }>;
  list: Reply<{ passages: Passage[]; total: number; quarantined: number; complete: boolean }>;
  update: Reply<{ passage: Passage }>;
  delete: Reply<{ passage: Passage | null }>;
  restore: Reply<{ passage: Passage }>;
  import: Reply<{ added: number; merged: number }>;
  open: Reply<{ tabId: number }>;
  'list-for-tab': Reply<{ passages: Passage[] }>;
  'show-in-tab': Reply<object>;
}

/** The reply type of a message: `ReplyTo<{ type: 'list' }>`. */
export type ReplyTo<M extends { type: keyof Replies }> = Replies[M['type']];

export const CONTENT_TYPES: ReadonlySet<string> = new Set(['save-passage', 'list-for-url', 'count-for-url']);
export const POPUP_TYPES: ReadonlySet<string> = new Set(['list', 'update', 'delete', 'restore', 'import', 'open']);
export const FRAME_TYPES: ReadonlySet<string> = new Set(['list-for-tab', 'show-in-tab']);

// --- Senders ----------------------------------------------------------------------

/** The parts of `runtime.MessageSender` we look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** The hosts the content script runs on (tweedekamer.nl, zoek.officielebekendmakingen.nl). */
export const TRANSCRIPT_HOSTS: ReadonlySet<string> = new Set(['www.tweedekamer.nl', 'tweedekamer.nl', 'zoek.officielebekendmakingen.nl']);

/** Whether a URL is an https page on one of our hosts. */
export function isTranscriptHostUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && TRANSCRIPT_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * Whether a sender is one of our extension pages (popup, options). In Chrome
 * the page's host is the extension id; in Firefox it is a per-install UUID,
 * so pass `extensionOrigin` (runtime.getURL('')) to check it exactly.
 */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin?: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    const u = new URL(sender.url);
    if (!EXTENSION_PROTOCOLS.has(u.protocol)) return false;
    return extensionOrigin ? sender.url.startsWith(extensionOrigin) : u.host === extensionId;
  } catch {
    return false;
  }
}

/** Whether a sender is one of our pages framed inside a tab showing a page on our hosts (page-passages). */
export function isOurFrameInSitePage(sender: SenderLike, extensionId: string, extensionOrigin?: string): boolean {
  return isExtensionPage(sender, extensionId, extensionOrigin) && sender.frameId !== 0 && isTranscriptHostUrl(sender.tab?.url);
}

/** Whether a sender is our content script in a tab on one of our hosts. */
export function isOurContentScript(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab !== undefined && isTranscriptHostUrl(sender.url ?? sender.tab.url);
}

/**
 * Accept only messages from this extension: sender.id must be ours, and a
 * sender in a tab must be our content script on our hosts (or one of our
 * pages opened in a tab).
 */
export function isFromExtension(sender: SenderLike, extensionId: string, extensionOrigin?: string): boolean {
  if (sender.id !== extensionId) return false;
  return isExtensionPage(sender, extensionId, extensionOrigin) || isOurContentScript(sender, extensionId);
}
