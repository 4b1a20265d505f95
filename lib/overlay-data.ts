import { speakerWords } from './transcript/speaker-words';
import { t, type Lang } from './i18n/overlay';
import type { Role, Speaker, Transcript, TranscriptStatus } from './transcript/model';
import type { Phase } from './overlay/phases';
import type { TurnRef } from './overlay/navigation';

/**
 * What the overlay shows, derived once from a transcript. Pure: no DOM, no
 * browser APIs, so it is tested in Node on the seed and the content script
 * only has to map turn indices to page elements. The terms of the debate
 * are told in overlay/phases.ts, moving between turns in overlay/navigation.ts.
 */

export interface OverlayTurn extends TurnRef {
  asChair: boolean;
}

export interface OverlaySpeaker {
  id: string;
  name: string;
  /** "Kröger (GroenLinks-PvdA)", "Van den Brink, minister van Asiel en Migratie"; a chair is shown as the person. */
  display: string;
  role: Role;
  party: string | null;
  office: string | null;
  /** Indices of all their turns, chair turns included, ascending. */
  turns: number[];
  /** The subset spoken from the chair. */
  chairTurns: number[];
  /** Words spoken as oneself, not as chair (lib/transcript/speaker-words.ts). */
  words: number;
  /** Their share of all words spoken outside the chair, 0..1. */
  share: number;
}

interface OutlineBase {
  label: string;
  turnIndex: number;
}
export type OutlineItem =
  | (OutlineBase & { kind: 'header' })
  | (OutlineBase & { kind: 'chair-change'; speakerId: string; name: string })
  | (OutlineBase & { kind: 'suspension'; from: string | null; until: string | null })
  | (OutlineBase & { kind: 'phase'; round: number; side: Phase['side'] })
  | (OutlineBase & { kind: 'commitments'; count: number })
  | (OutlineBase & { kind: 'agenda-item'; title: string });
export type OutlineKind = OutlineItem['kind'];

export interface OverlayHeader {
  title: string;
  date: string | null;
  status: TranscriptStatus | null;
  opened: string | null;
  closed: string | null;
  complete: boolean;
  committees: string[];
  /** Everyone who chaired, in order of first taking the chair, as displayed. */
  chairs: string[];
}

export interface OverlayData {
  header: OverlayHeader;
  /** True for Ongecorrigeerd and Concept: the text may still change, so it must not be quoted verbatim. */
  statusWarning: boolean;
  speakers: OverlaySpeaker[];
  turns: OverlayTurn[];
  outline: OutlineItem[];
  phases: Phase[];
  /** Words spoken outside the chair. */
  totalWords: number;
}

const WARN_STATUSES: ReadonlySet<string> = new Set(['Ongecorrigeerd', 'Concept']);

/** How a speaker is named in the overlay. */
export function speakerDisplay(s: Pick<Speaker, 'name' | 'role' | 'party' | 'office'>): string {
  const name = s.name.trim();
  if (s.role === 'minister' || s.role === 'state-secretary') {
    const roleWord = s.role === 'minister' ? 'minister' : 'staatssecretaris';
    if (!name || name.toLowerCase() === roleWord) return s.office ?? roleWord;
    return `${name}, ${s.office ?? roleWord}`;
  }
  return s.party ? `${name} (${s.party})` : name;
}

/** The overlay's data for one transcript; `lang` only sets the ready-made `label`s of the outline. */
export function buildOverlayData(transcript: Transcript, lang: Lang = 'nl', counted?: readonly { words: number }[]): OverlayData {
  const { turns, meta } = transcript;
  // Counted by the parser when it had the paragraphs in hand (a page's layout); else counted here.
  const spoken = speakerWords(transcript, counted?.map((x) => x.words));

  const turnsBy = new Map<string, typeof turns>();
  for (const x of turns) {
    const list = turnsBy.get(x.speakerId);
    if (list) list.push(x);
    else turnsBy.set(x.speakerId, [x]);
  }
  const firstTurn = new Map<string, number>();
  for (const x of turns) if (!firstTurn.has(x.speakerId)) firstTurn.set(x.speakerId, x.index);
  const speakers = transcript.speakers
    .map((s): OverlaySpeaker => {
      const own = turnsBy.get(s.id) ?? [];
      const said = spoken.get(s.id)!;
      return {
        id: s.id,
        name: s.name,
        display: speakerDisplay(s),
        role: s.role,
        party: s.party,
        office: s.office,
        turns: own.map((x) => x.index),
        chairTurns: own.filter((x) => x.asChair).map((x) => x.index),
        words: said.words,
        share: said.share,
      };
    })
    // Order of first appearance; people who never spoke go last, in the order given.
    .map((s, i) => ({ s, key: firstTurn.get(s.id) ?? turns.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ s }) => s);

  const byId = new Map(speakers.map((s) => [s.id, s]));
  const chairs: string[] = [];
  for (const e of transcript.events) {
    if (e.type !== 'chair-change') continue;
    const d = byId.get(e.speakerId)?.display ?? e.chair;
    if (!chairs.includes(d)) chairs.push(d);
  }
  if (chairs.length === 0) {
    const chair = speakers.find((s) => s.chairTurns.length > 0);
    if (chair) chairs.push(chair.display);
  }

  // The terms of the debate (phases) are told in the background with the analyses (see withPhases).
  const phases: Phase[] = [];

  return {
    header: {
      title: meta.title,
      date: meta.date,
      status: meta.status,
      opened: meta.opened,
      closed: meta.closed,
      complete: meta.complete,
      committees: meta.committees,
      chairs,
    },
    statusWarning: meta.status !== null && WARN_STATUSES.has(meta.status),
    speakers,
    turns: turns.map((x) => ({ index: x.index, speakerId: x.speakerId, asChair: x.asChair })),
    outline: buildOutline(transcript, phases, lang),
    phases,
    totalWords: [...spoken.values()].reduce((n, x) => n + x.words, 0),
  };
}

/** Where the chair's closing list stands and how many items it has. */
export interface ClosingMark {
  turnIndex: number;
  count: number;
}

/**
 * The mark of a list whose items stand at these turns: the turn it was read at is the earliest (a corrected item
 * read later may stand first in the list).
 */
function markOf(turns: readonly number[], count: number): ClosingMark | null {
  return turns.length === 0 ? null : { turnIndex: Math.min(...turns), count };
}

/** The closing list's mark from the commitments the background found: its items, each at the chair's turn. */
export function closingMark(commitments: readonly { source: string; turnIndex: number | null }[] | undefined): ClosingMark | null {
  const items = (commitments ?? []).filter((c) => c.source === 'closing-list');
  return markOf(items.flatMap((c) => (c.turnIndex === null ? [] : [c.turnIndex])), items.length);
}

/**
 * The overlay's data with the terms of the debate (eerste termijn van de Kamer, …) and the closing list once
 * the background has told them: the page's start-up does not carry or run those readings.
 */
export function withPhases(data: OverlayData, transcript: Transcript, phases: Phase[], lang: Lang = 'nl', closing: ClosingMark | null = null): OverlayData {
  if (phases.length === 0 && data.phases.length === 0 && closing === null) return data;
  return { ...data, phases, outline: buildOutline(transcript, phases, lang, closing) };
}

// At one turn, the order things happened in: the chair changes, the meeting is suspended, then a phase starts.
const KIND_ORDER: Record<OutlineKind, number> = {
  header: 0,
  'agenda-item': 1,
  'chair-change': 2,
  suspension: 3,
  phase: 4,
  commitments: 5,
};

type Unlabelled = OutlineItem extends infer I ? (I extends OutlineItem ? Omit<I, 'label'> : never) : never;

function buildOutline(transcript: Transcript, phases: Phase[], lang: Lang, closing: ClosingMark | null = null): OutlineItem[] {
  const last = transcript.turns.length - 1;
  if (last < 0) return [];
  // Events are placed before a turn; one after the last turn (the closing) is reached through the last turn.
  const at = (beforeTurn: number) => Math.max(0, Math.min(beforeTurn, last));
  const items: Unlabelled[] = [{ kind: 'header', turnIndex: 0 }];
  for (const e of transcript.events) {
    if (e.type === 'chair-change') items.push({ kind: 'chair-change', turnIndex: at(e.beforeTurn), speakerId: e.speakerId, name: e.chair });
    else if (e.type === 'suspension') items.push({ kind: 'suspension', turnIndex: at(e.beforeTurn), from: e.from, until: e.until });
    else if (e.type === 'agenda-item') items.push({ kind: 'agenda-item', turnIndex: at(e.beforeTurn), title: e.title });
  }
  for (const p of phases) items.push({ kind: 'phase', turnIndex: p.turnIndex, round: p.round, side: p.side });
  // A transcript read whole carries its closing list; on the page it comes with the analyses (`closing`).
  const mark = closing ?? markOf(transcript.closingList.map((c) => c.turnIndex), transcript.closingList.length);
  if (mark) items.push({ kind: 'commitments', ...mark });
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.turnIndex - b.item.turnIndex || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.i - b.i)
    .map(({ item }) => ({ ...item, label: outlineLabel(item, lang) }) as OutlineItem);
}

/** The label of an outline item in `lang` (the overlay relabels when the language changes without rebuilding the data). */
export function outlineLabel(item: Unlabelled | OutlineItem, lang: Lang): string {
  switch (item.kind) {
    case 'header':
      return t(lang, 'outlineHeader');
    case 'chair-change':
      return t(lang, 'outlineChair', { name: item.name });
    case 'suspension':
      return item.from && item.until
        ? t(lang, 'outlineSuspension', { from: item.from, until: item.until })
        : t(lang, 'outlineSuspensionBare');
    case 'phase':
      if (item.round === 1 || item.round === 2) return t(lang, `phase${item.round}${item.side}`);
      return t(lang, item.side === 'kamer' ? 'phaseNkamer' : 'phaseNregering', { n: item.round });
    case 'commitments':
      return t(lang, 'outlineCommitments', { count: item.count });
    case 'agenda-item':
      return item.title;
  }
}
