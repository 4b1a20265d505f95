import { cyrb53 } from '../hash';
import { z } from 'zod';
import { textFragmentLink } from '../anchor/fragment-link';
import { CONTEXT_LENGTH, type Anchor } from '../anchor/text-quote';
import { House, Role, TranscriptKind, TranscriptStatus } from '../transcript/model';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';

/**
 * The reading list's data: one saved passage, what the content script sends
 * to save one, and the export file format. Schema and type share one name.
 */

/**
 * Where a passage lives: a web page, or a document opened in Kamerlezer's own
 * reader page (`…/reader.html?doc=<id>`, reopened from the reader's recent list).
 */
const HttpUrl = z
  .url({ protocol: /^(https?|chrome-extension|moz-extension)$/, error: 'moet een http(s)-adres of een Lezer-adres zijn' })
  .refine((u) => /^https?:/.test(u) || isReaderUrl(u), 'alleen de Lezer van Kamerlezer');
/** A page address without `#fragment`: passages of one page share it (the 'by-url' index). */
const PageUrl = HttpUrl.refine((u) => !u.includes('#'), 'zonder #fragment');
// Z or an offset: exported files may come from elsewhere.
const IsoDateTime = z.iso.datetime({ offset: true });

export const PassageAnchor = z
  .object({
    exact: z.string().min(1),
    prefix: z.string().max(CONTEXT_LENGTH),
    suffix: z.string().max(CONTEXT_LENGTH),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((a) => a.end >= a.start, { message: 'end vóór start', path: ['end'] });
// The zod schema must describe exactly the anchor the anchoring code produces.
const _anchorMatches: z.ZodType<Anchor> = PassageAnchor;
void _anchorMatches;

export const PassageSpeaker = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  role: Role,
});
export type PassageSpeaker = z.infer<typeof PassageSpeaker>;

/** The debate as it was at save time (status may since have become "Gecorrigeerd"). */
export const PassageDebate = z.object({
  title: z.string(),
  committees: z.array(z.string()),
  date: z.iso.date().nullable(),
  status: TranscriptStatus.nullable(),
  kind: TranscriptKind,
  /** The chamber, when the transcript said it; passages saved before the Eerste Kamer was read have none. */
  house: House.optional(),
});
export type PassageDebate = z.infer<typeof PassageDebate>;

export const Tag = z.string().min(1).max(64);

export const Passage = z.object({
  /** {@link passageId} of url + start + exact: saving the same passage twice gives the same id. */
  id: z.string().min(1).max(64),
  /** The quote, normalised (equals `anchor.exact`). */
  exact: z.string().min(1),
  anchor: PassageAnchor,
  turnIndex: z.number().int().nonnegative().nullable(),
  speakers: z.array(PassageSpeaker),
  debate: PassageDebate,
  url: PageUrl,
  /** `url` + `#:~:text=…`: opens at the passage even without the extension. */
  fragmentUrl: HttpUrl,
  savedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  note: z.string().max(20_000),
  tags: z.array(Tag).max(64),
});
export type Passage = z.infer<typeof Passage>;

/**
 * What the content script sends to save a passage. The background derives
 * the rest (id, exact, fragmentUrl, timestamps) so every saver agrees on them
 * and a page cannot choose an id. `url` may still carry a fragment.
 */
export const PassageDraft = z.object({
  anchor: PassageAnchor,
  turnIndex: z.number().int().nonnegative().nullable(),
  speakers: z.array(PassageSpeaker),
  debate: PassageDebate,
  url: HttpUrl,
  note: z.string().max(20_000).optional(),
  tags: z.array(Tag).max(64).optional(),
});
export type PassageDraft = z.infer<typeof PassageDraft>;

export { EXPORT_FORMAT, EXPORT_VERSION };

/**
 * The JSON export file, version 1:
 *
 * ```jsonc
 * { "format": "kamerlezer-reading-list",  // always this string
 *   "version": 1,                          // bumped only for incompatible changes
 *   "exportedAt": "2026-03-04T10:00:00.000Z",
 *   "passages": [ Passage, … ] }           // newest first; see `Passage` above
 * ```
 * Importing validates the whole file against this schema before writing.
 */
export const ReadingListExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoDateTime,
  passages: z.array(Passage),
});
export type ReadingListExport = z.infer<typeof ReadingListExport>;

/** A document in Kamerlezer's reader page: `chrome-extension://<id>/reader.html?doc=<id>` (or Firefox's moz-extension). */
export function isReaderUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') && u.pathname === '/reader.html' && u.searchParams.has('doc');
  } catch {
    return false;
  }
}

/** The page address without its fragment (the key of the 'by-url' index). */
export function pageUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.split('#')[0]!;
  }
}

/**
 * Stable id of a passage: a 64-bit hash (two 32-bit lanes, cyrb53-style) of
 * page URL, start and quote. Synchronous so the same code runs everywhere.
 */
export function passageId(url: string, exact: string, start: number): string {
  const [h2, h1] = cyrb53(`${pageUrl(url)}\u0000${start}\u0000${exact}`);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `p${hex(h2)}${hex(h1)}`;
}

/** Trimmed, without '#', one space inside, no empties, no case-insensitive duplicates. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, 64);
    const key = tag.toLocaleLowerCase('nl');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, 64);
}

/** The full passage for a draft, saved at `now`. */
export function completePassage(draft: PassageDraft, now: Date = new Date()): Passage {
  const url = pageUrl(draft.url);
  const a = draft.anchor;
  const at = now.toISOString();
  return {
    id: passageId(url, a.exact, a.start),
    exact: a.exact,
    anchor: { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end },
    turnIndex: draft.turnIndex,
    speakers: draft.speakers,
    debate: draft.debate,
    url,
    fragmentUrl: textFragmentLink(url, a.exact, a.prefix, a.suffix),
    savedAt: at,
    updatedAt: at,
    note: draft.note ?? '',
    tags: normaliseTags(draft.tags ?? []),
  };
}

/** "passages[3].debate.date" for a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(bestand)';
}
