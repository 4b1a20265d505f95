import { markInterruptions } from './interruptions';
import { SpeakerRegistry } from './speaker-registry';
import type { Block } from './blocks';
import type { House, Meta, ParseResult, Source, Transcript, TranscriptEvent, Turn } from './model';
import { governmentSpeakerIds } from './government';
import {
  parseChairChange,
  parseClosing,
  parseLabel,
  parseResumption,
  parseSuspension,
  type Label,
} from './patterns';
import {
  cleanTitle,
  houseFromFrame,
  titleFromHeader,
  findAttendance,
  findClerk,
  findCommittees,
  findDate,
  findHeaderClosing,
  findOffices,
  findOpened,
  findStatus,
  looksLikeCommittee,
  opensItem,
} from './meta';
import { wordCount } from './words';

/** Where each turn's text sits in the source (DOM elements for pages). */
export interface Layout<R> {
  /**
   * Per turn: its label's and paragraphs' places, and its words (counted as
   * each paragraph is read, so a page read while it loads has them ready).
   */
  turns: { label: R; paragraphs: R[]; words: number }[];
}

export interface BuildOptions {
  source: Source;
  /** The page's own title (h1), when the source has one. */
  title?: string | null;
  /** Header text outside the transcript body (site header blocks). */
  preamble?: readonly string[];
  /** A URL form that is a transcript by itself (Handelingen item, plenary detail). */
  kindHint?: 'plenary' | 'committee' | null;
  /** Dates the document states as metadata: they win over a date found in the header text. */
  dates?: { meeting: string | null; published: string | null };
  /** The chamber the address says (a Handelingen identifier): it wins over the printed header. */
  house?: House | null;
}

export interface Built<R> {
  result: ParseResult;
  layout: Layout<R>;
}

const NOT_A_TRANSCRIPT = (message: string): ParseResult => ({ ok: false, reason: 'not-a-transcript', message });



interface Draft<R> {
  turn: Omit<Turn, 'start' | 'end' | 'interrupts'>;
  items: boolean[];
  refs: Layout<R>['turns'][number];
}

export interface TranscriptBuilder<R> {
  /** Reads the next block of the document. */
  push(b: Block<R>): void;
  /** Turns read so far. */
  turnCount(): number;
  /** Completes the model once every block is in. */
  finish(): Built<R>;
}

/** Turns of an exchange between the government and members that make a record without the chair's lines. */
const EXCHANGE_TURNS = 6;

/**
 * Turns blocks into the model in one pass: a label opens a turn, paragraphs
 * join the open turn, "Voorzitter: X", suspensions and the closing are events
 * between turns. Blocks before the first label are the header. Blocks come in
 * one at a time, so a page can be read in slices between other work.
 */
export function createBuilder<R>(opts: BuildOptions): TranscriptBuilder<R> {
  const header: string[] = [...(opts.preamble ?? [])];
  const events: TranscriptEvent[] = [];
  const drafts: Draft<R>[] = [];
  let chairName: string | null = null;
  let registry: SpeakerRegistry | null = null;
  let lastHeading: string | null = null;
  let closingTime: string | null = null;
  let closed = false;

  const reg = () => (registry ??= new SpeakerRegistry(findOffices(header.join('\n'))));

  const push = (b: Block<R>): void => {
    if (b.heading) {
      if (drafts.length === 0) header.push(b.text);
      if (b.text !== lastHeading) events.push({ type: 'agenda-item', beforeTurn: drafts.length, title: b.text });
      lastHeading = b.text;
      return;
    }
    const chair = parseChairChange(b.text);
    if (chair) {
      chairName = chair;
      // `registry` is set inside reg(); TypeScript cannot see that through the closure.
      const known = registry as SpeakerRegistry | null;
      if (known) {
        const sp = known.chair(chair);
        events.push({ type: 'chair-change', beforeTurn: drafts.length, chair, speakerId: sp.id });
      } else {
        // Speaker ids are given once the header (with offices) is complete.
        events.push({ type: 'chair-change', beforeTurn: 0, chair, speakerId: '' });
      }
      if (drafts.length === 0) header.push(b.text);
      return;
    }
    const susp = parseSuspension(b.text);
    if (susp && drafts.length > 0) {
      events.push({ type: 'suspension', beforeTurn: drafts.length, from: susp.from, until: susp.until, text: b.text });
      return;
    }
    const resumed = parseResumption(b.text);
    if (resumed && drafts.length > 0) {
      events.push({ type: 'resumption', beforeTurn: drafts.length, time: resumed.time });
      return;
    }
    const closing = parseClosing(b.text);
    if (closing && drafts.length > 0) {
      events.push({ type: 'closing', beforeTurn: drafts.length, time: closing.time });
      closingTime = closing.time;
      closed = true;
      return;
    }

    const labelLine = b.head ?? b.text;
    const label = b.item ? null : parseLabel(labelLine, b.bold);
    if (label) {
      const r = reg();
      const speaker =
        label.name === null ? (chairName ? r.chair(chairName) : r.unknownChair()) : r.fromLabel(label as Label & { name: string });
      const draft: Draft<R> = {
        turn: { index: drafts.length, speakerId: speaker.id, asChair: label.asChair, label: label.raw, paragraphs: [] },
        items: [],
        refs: { label: b.ref, paragraphs: [], words: 0 },
      };
      if (b.head !== null && b.tail) {
        draft.turn.paragraphs.push(b.tail);
        draft.items.push(false);
        draft.refs.paragraphs.push(b.ref);
        draft.refs.words += wordCount(b.tail);
      }
      drafts.push(draft);
      return;
    }
    const open = drafts[drafts.length - 1];
    if (!open || closed) {
      if (!open) header.push(b.text);
      return;
    }
    open.turn.paragraphs.push(b.text);
    open.items.push(b.item);
    open.refs.paragraphs.push(b.ref);
    open.refs.words += wordCount(b.text);
  };

  const finish = (): Built<R> => {
    const layout: Layout<R> = { turns: drafts.map((d) => d.refs) };
    const headerText = header.join('\n');
    const r = reg();
    for (const ev of events) if (ev.type === 'chair-change' && ev.speakerId === '') ev.speakerId = r.chair(ev.chair).id;

    // Empty turns (a label with nothing after it) carry no speech but are real turns in the record.
    const distinctSpeakers = new Set(drafts.map((d) => d.turn.speakerId)).size;
    const printedHouse = houseFromFrame(header);
    const outsideLabels =
      events.some((e) => e.type === 'chair-change' || e.type === 'closing' || e.type === 'suspension') ||
      findOpened(headerText) !== null ||
      opts.kindHint != null ||
      // The publisher's metadata table of a Handelingen item says it is a record, as its URL would.
      printedHouse !== null ||
      opensItem(header);
    // A member of government and members named with their party ("Minister Dekker:", "De heer Recourt (PvdA):")
    // in a real exchange (several turns, several members) speak to each other only in a parliament: an excerpt
    // without the chair's lines is a record by its labels. A news item quoting two of them is not (too few turns).
    // Asked only when nothing else marks the record (a page with a chair, the usual case, skips it).
    const exchange = () => {
      if (drafts.length < EXCHANGE_TURNS || distinctSpeakers < 3) return false;
      const roles = new Set(r.list.map((s) => (s.role === 'member' && !s.party ? 'member without party' : s.role)));
      return (roles.has('minister') || roles.has('state-secretary')) && roles.has('member');
    };
    const hasMarker = outsideLabels || drafts.some((d) => d.turn.asChair) || exchange();
    // An item may be the chair's alone (the opening of a sitting, announcements: Eerste Kamer
    // Handelingen print them as items of their own). One speaker is then enough when something
    // besides the labels says this is a record: a "Voorzitter: X" line, an opening time, the URL or the
    // publisher's table.
    const chairAlone = drafts.every((d) => d.turn.asChair) && outsideLabels;
    if (drafts.length < 2 || (distinctSpeakers < 2 && !chairAlone) || !hasMarker) {
      return {
        result: NOT_A_TRANSCRIPT(
          drafts.length === 0
            ? 'Geen sprekers gevonden: dit is geen verslag van een debat.'
            : 'Te weinig sprekers of kenmerken van een verslag gevonden: dit lijkt geen verslag van een debat.',
        ),
        layout: { turns: [] },
      };
    }

    // One normalised text; every turn points into it. Joined once, not grown with +=: a string
    // grown piece by piece is a tree of pieces, and reading it by index (word counts, marks) is slow.
    let length = 0;
    const bodies: string[] = [];
    const turns: Turn[] = drafts.map((d, i) => {
      const body = d.turn.paragraphs.join('\n');
      if (i > 0) length += 1;
      const start = length;
      length += body.length;
      bodies.push(body);
      const listItems = d.items.flatMap((item, k) => (item ? [k] : []));
      return { ...d.turn, start, end: length, interrupts: null, ...(listItems.length > 0 && { listItems }) };
    });
    const text = bodies.join('\n');
    markInterruptions(turns, governmentSpeakerIds(r.list));

    const meta: Meta = {
      title: cleanTitle(opts.title || titleFromHeader(header)),
      // The content wins over the URL: committee reports are also published as Kamerstuk and detail pages.
      kind: looksLikeCommittee(headerText) ? 'committee' : (opts.kindHint ?? 'plenary'),
      source: opts.source,
      committees: findCommittees(headerText),
      date: opts.dates?.meeting ?? findDate(headerText),
      ...(opts.dates?.published ? { published: opts.dates.published } : {}),
      // Handelingen on officielebekendmakingen.nl are the corrected edition, whether or not the page says so.
      status: findStatus(header) ?? (opts.source === 'handelingen' ? 'Gecorrigeerd' : null),
      opened: findOpened(headerText),
      closed: closingTime ?? findHeaderClosing(headerText),
      attendance: findAttendance(header),
      clerk: findClerk(header),
      // A Handelingen item is published once its part of the sitting is over; only the last item prints "Sluiting".
      complete: closed || opts.source === 'handelingen',
    };
    const house = opts.house ?? printedHouse;
    if (house) meta.house = house;
    // Motions in text are found by the motions analysis (lib/transcript/motions-in-text.ts motionsOf), and the
    // closing list from the marked list items (closing-list.ts withClosingList) by the commitments analysis and
    // the whole-document parsers, not while the page loads: the page's parse keeps to what the overlay needs at once.
    const transcript: Transcript = { meta, speakers: r.list, turns, events, closingList: [], motions: [], text };
    return { result: { ok: true, transcript }, layout };
  };

  return { push, finish, turnCount: () => drafts.length };
}

/** The whole document at once (plain text, tests, `analyze`). */
export function buildTranscript<R>(blocks: readonly Block<R>[], opts: BuildOptions): Built<R> {
  const builder = createBuilder<R>(opts);
  for (const b of blocks) builder.push(b);
  return builder.finish();
}

