import { speakerWords } from './transcript/speaker-words';
import { t, type Lang } from './i18n/overlay';
import type { Role, Speaker, Transcript, TranscriptStatus } from './transcript/model';

/**
 * What the overlay shows, derived once from a transcript. Pure: no DOM, no
 * browser APIs, so it is tested in Node on the seed and the content script
 * only has to map turn indices to page elements.
 */

/** Which side has the floor in a term of the debate (termijn): the members or the government. */
export type PhaseSide = 'kamer' | 'regering';

/** A term of the debate ("eerste termijn van de Kamer"), from the turn where it starts. */
export interface Phase {
  round: number;
  side: PhaseSide;
  turnIndex: number;
  /** Not said in so many words, but told from the chair's other words (see `detectPhases`). */
  inferred: boolean;
}

/** The least a navigation helper needs of a turn; `Transcript['turns']` fits. */
export interface TurnRef {
  index: number;
  speakerId: string;
}

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

  const roleOf = new Map(transcript.speakers.map((s) => [s.id, s.role]));
  const phases = detectPhases(turns, transcript.text, (id) => roleOf.get(id) ?? 'member');

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

function buildOutline(transcript: Transcript, phases: Phase[], lang: Lang): OutlineItem[] {
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
  const closing = transcript.closingList;
  if (closing.length > 0) items.push({ kind: 'commitments', turnIndex: closing[0]!.turnIndex, count: closing.length });
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

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3 };
// "(eerste) termijn van (de zijde van) de Kamer/leden/minister/…"; the side word decides kamer or regering.
const TERM_RE =
  /\b(?:(eerste|tweede|derde)\s+)?termijn\s+van\s+(?:de\s+zijde\s+van\s+)?(?:de|het)\s+(kamer|leden|commissie|regering|kabinet|minister-president|minister|ministers|staatssecretaris|staatssecretarissen|bewindspersoon|bewindspersonen|premier)\b/giu;
// "einde van de eerste termijn." without a side: the side is whoever spoke last.
const BARE_END_RE = /\beinde\s+(?:gekomen\s+)?van\s+de\s+(eerste|tweede|derde)\s+termijn\b(?!\s+van\b)/giu;
// Words that make a mention the end of a term rather than its start, looked for earlier in the same sentence.
const END_RE = /\b(?:einde|afgerond|afronden|afsluiten|beëindigd|voorbij)\b/iu;

interface Marker {
  round: number | null;
  side: PhaseSide | null;
  end: boolean;
}

function sideOfRole(role: Role): PhaseSide | null {
  if (role === 'member') return 'kamer';
  if (role === 'minister' || role === 'state-secretary') return 'regering';
  return null;
}

function markersIn(text: string): { at: number; marker: Marker }[] {
  const found: { at: number; marker: Marker }[] = [];
  for (const m of text.matchAll(TERM_RE)) {
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('?', m.index), text.lastIndexOf('!', m.index)) + 1;
    const side: PhaseSide = /^(kamer|leden|commissie)$/i.test(m[2]!) ? 'kamer' : 'regering';
    const round = m[1] ? ORDINALS[m[1].toLowerCase()]! : null;
    found.push({ at: m.index, marker: { round, side, end: END_RE.test(text.slice(sentenceStart, m.index)) } });
  }
  for (const m of text.matchAll(BARE_END_RE)) {
    found.push({ at: m.index, marker: { round: ORDINALS[m[1]!.toLowerCase()]!, side: null, end: true } });
  }
  return found.sort((a, b) => a.at - b.at);
}

const order = (round: number, side: PhaseSide) => round * 2 + (side === 'regering' ? 1 : 0);

/**
 * The terms of the debate, where the chair's words tell them. Only turns spoken
 * from the chair are read, and a term is only taken when it comes after the
 * last one found, so "in de eerste termijn heeft u…" said later is not a start.
 * Two inferences, both from what the record itself says:
 * - when the chair closes a term and the next turn not from the chair is by the
 *   other side, that side's term starts at the closing chair turn (the chair
 *   hands over without naming it, as in "einde van de tweede termijn van de
 *   leden … dan geef ik de minister het woord");
 * - a first term of the government, or the end of a first term of the members,
 *   means the members' first term began with the first turn.
 */
export function detectPhases(
  turns: Transcript['turns'],
  text: string,
  roleOf: (speakerId: string) => Role,
): Phase[] {
  const phases: Phase[] = [];
  const has = (round: number, side: PhaseSide) => phases.some((p) => p.round === round && p.side === side);
  const lastOrder = () => (phases.length ? order(phases.at(-1)!.round, phases.at(-1)!.side) : 0);
  const start = (round: number, side: PhaseSide, turnIndex: number, inferred: boolean) => {
    if (has(round, side) || order(round, side) <= lastOrder()) return;
    if (phases.length === 0 && round === 1 && side === 'regering' && turns.length > 0) {
      phases.push({ round: 1, side: 'kamer', turnIndex: turns[0]!.index, inferred: true });
    }
    phases.push({ round, side, turnIndex, inferred });
  };
  let lastSide: PhaseSide | null = null;
  let pending: { round: number; side: PhaseSide; turnIndex: number } | null = null;

  for (const turn of turns) {
    if (!turn.asChair) {
      const side: PhaseSide | null = sideOfRole(roleOf(turn.speakerId));
      if (pending && side === pending.side) start(pending.round, pending.side, pending.turnIndex, true);
      pending = null;
      if (side) lastSide = side;
      continue;
    }
    for (const { marker } of markersIn(text.slice(turn.start, turn.end))) {
      const side: PhaseSide = marker.side ?? lastSide ?? 'kamer';
      // A term named without its number ("de termijn van de minister") is the one under way.
      const round = marker.round ?? phases.at(-1)?.round ?? 1;
      if (!marker.end) {
        start(round, side, turn.index, false);
        if (pending && pending.round === round && pending.side === side) pending = null;
        continue;
      }
      if (round === 1 && side === 'kamer' && phases.length === 0 && turns.length > 0) {
        start(1, 'kamer', turns[0]!.index, true);
      }
      pending = side === 'kamer' ? { round, side: 'regering', turnIndex: turn.index } : { round: round + 1, side: 'kamer', turnIndex: turn.index };
      if (has(pending.round, pending.side)) pending = null;
    }
  }
  return phases;
}

function matches(turn: TurnRef, speakerId: string | null | undefined): boolean {
  return speakerId == null || turn.speakerId === speakerId;
}

/**
 * The first turn after `fromIndex` (null: before the start), of `speakerId`
 * when given. Null when there is none, unless `wrap` goes round to the first.
 */
export function nextTurn(
  fromIndex: number | null,
  turns: readonly TurnRef[],
  speakerId?: string | null,
  opts: { wrap?: boolean } = {},
): number | null {
  const from = fromIndex ?? -1;
  let best: number | null = null;
  let first: number | null = null;
  for (const x of turns) {
    if (!matches(x, speakerId)) continue;
    if (first === null || x.index < first) first = x.index;
    if (x.index > from && (best === null || x.index < best)) best = x.index;
  }
  return best ?? (opts.wrap ? first : null);
}

/**
 * The last turn before `fromIndex` (null: after the end), of `speakerId` when
 * given. Null when there is none, unless `wrap` goes round to the last.
 */
export function prevTurn(
  fromIndex: number | null,
  turns: readonly TurnRef[],
  speakerId?: string | null,
  opts: { wrap?: boolean } = {},
): number | null {
  const from = fromIndex ?? Number.POSITIVE_INFINITY;
  let best: number | null = null;
  let last: number | null = null;
  for (const x of turns) {
    if (!matches(x, speakerId)) continue;
    if (last === null || x.index > last) last = x.index;
    if (x.index < from && (best === null || x.index > best)) best = x.index;
  }
  return best ?? (opts.wrap ? last : null);
}

const ANCHOR_PREFIX = 'kl-turn-';

/** The id the content script gives a turn's first element, and the fragment of its link. */
export function turnAnchorId(index: number): string {
  return `${ANCHOR_PREFIX}${index}`;
}

/**
 * `url` with `#kl-turn-<index>`, replacing any fragment. Stable because turn
 * order does not change within one version of a document.
 */
export function turnLink(url: string, index: number): string {
  try {
    const u = new URL(url);
    u.hash = turnAnchorId(index);
    return u.href;
  } catch {
    return `${url.replace(/#.*$/s, '')}#${turnAnchorId(index)}`;
  }
}

/** The turn a `#kl-turn-<index>` fragment points at, or null for any other fragment. */
export function turnFromHash(hash: string): number | null {
  const m = /^#?kl-turn-(\d+)$/.exec(hash);
  return m ? Number(m[1]) : null;
}
