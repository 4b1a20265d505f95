import {
  Transcript as TranscriptSchema,
  type Motion,
  type ParseResult,
  type Speaker,
  type Transcript,
  type TranscriptEvent,
} from '../transcript/model';
import { governmentSpeakerIds } from '../transcript/government';
import { markInterruptions } from '../transcript/interruptions';
import { cleanTitle } from '../transcript/meta';
import { normalizeText } from '../transcript/normalize';
import { parseChairChange, parseClosing, parseResumption, parseSuspension } from '../transcript/patterns';
import { findClosingItems } from '../transcript/closing-list';
import { speakersHeard, turnsOfDrafts, type TurnDraft } from './turn-drafts';
import { houseOf, isHandelingenXml, meetingDate, motionFacts, readSpreker, rollCall } from './handelingen-xml-parts';
import { Registry } from './vlos-speakers';
import { kid, kidText, local, rowText, spokenText } from './xml';

/**
 * Handelingen XML (zoek.officielebekendmakingen.nl `h-tk-….xml`, root
 * `officiele-publicatie`, schema op-xsd-2012-1) read into the model from its
 * elements: one turn per `spreekbeurt`, paragraphs from `al`, motions marked
 * where the member reads them. Elements are matched by local name; unknown
 * ones are read for their `al` paragraphs or skipped.
 *
 * The record's own conventions, as the printed Handelingen show them:
 * - a `motie` is part of the speech of the member who reads it: its title and
 *   lines stay in that turn, and `Transcript.motions` marks them;
 * - the `motie-info` after it is the chair speaking ("Deze motie is
 *   voorgesteld door …"): a chair turn of its own, as printed;
 * - loose `tekst` between `spreekbeurt`s has no `spreker`: it is spoken by
 *   whoever spoke last (the chair after a motion's note, the chair after a
 *   chair turn), and continues that turn. Suspension, resumption, closing
 *   and "Voorzitter: X" lines in it are events, not speech.
 */

const NOT_HANDELINGEN: ParseResult = {
  ok: false,
  reason: 'not-a-transcript',
  message: 'Dit XML-bestand is geen verslag uit de Handelingen: geen sprekers gevonden.',
};

/** The chair's announcements of the debate's course, printed as loose text. */
const PROCEDURE = /^De (?:(?:algemene|nadere|verdere) )?beraadslaging wordt (?:geopend|heropend|gesloten|geschorst|hervat)\.?$/u;

/** Who speaks: the chair in the chair's name, or a person. */
interface Voice {
  speaker: Speaker;
  asChair: boolean;
  label: string;
}

/** Reads a Handelingen XML document into the model, validated by its zod schema. */
export function parseHandelingenXml(xml: Document): ParseResult {
  if (!isHandelingenXml(xml)) return NOT_HANDELINGEN;
  const root = xml.documentElement;
  const reg = new Registry();
  const drafts: TurnDraft[] = [];
  const events: TranscriptEvent[] = [];
  const motions: Motion[] = [];
  const header: string[] = [];
  let chair: Speaker | null = null;
  let last: Voice | null = null;
  let closingTime: string | null = null;
  let firstTitle: string | null = null;
  // Turns before which a suspension, resumption, closing or change of chair stands.
  let boundary = -1;
  const event = (e: TranscriptEvent) => {
    events.push(e);
    // A new item heading does not end a turn (as on the printed page); the others do.
    if (e.type !== 'agenda-item') boundary = drafts.length;
  };

  const chairVoice = (label: string): Voice => ({ speaker: chair ?? reg.unknownChair(), asChair: true, label });
  const voiceOf = (el: Element | null): Voice | null => {
    const s = el ? readSpreker(el) : null;
    if (!s) return null;
    return s.asChair || !s.info ? chairVoice(s.label) : { speaker: reg.get(s.info), asChair: false, label: s.label };
  };
  const open = (v: Voice): TurnDraft => {
    const d: TurnDraft = { speakerId: v.speaker.id, asChair: v.asChair, label: v.label, paragraphs: [], items: [] };
    drafts.push(d);
    last = v;
    return d;
  };
  // The voice of a `spreekbeurt` whose turn opens with its first paragraph: an empty one is no turn.
  let fresh: Voice | null = null;
  /** The open turn when it is `v`'s and no event came after it, else a new turn for `v`. */
  const turnOf = (v: Voice): TurnDraft => {
    if (fresh === v) {
      fresh = null;
      return open(v);
    }
    const d = drafts[drafts.length - 1];
    return d && boundary !== drafts.length && d.speakerId === v.speaker.id && d.asChair === v.asChair ? d : open(v);
  };
  const say = (v: Voice, text: string, item = false) => {
    const d = turnOf(v);
    d.paragraphs.push(text);
    d.items.push(item);
  };

  /** Lines between turns that are not speech. True when `text` was one. */
  const marker = (text: string): boolean => {
    const named = parseChairChange(text);
    if (named) {
      chair = reg.byName(named);
      event({ type: 'chair-change', beforeTurn: drafts.length, chair: named, speakerId: chair.id });
      // Loose text after the change is the new chair's.
      if (last?.asChair) last = chairVoice(last.label);
      return true;
    }
    if (drafts.length === 0) return false;
    const susp = parseSuspension(text);
    if (susp) event({ type: 'suspension', beforeTurn: drafts.length, from: susp.from, until: susp.until, text });
    const resumed = susp ? null : parseResumption(text);
    if (resumed) event({ type: 'resumption', beforeTurn: drafts.length, time: resumed.time });
    const closing = susp || resumed ? null : parseClosing(text);
    if (closing) {
      event({ type: 'closing', beforeTurn: drafts.length, time: closing.time });
      closingTime = closing.time;
    }
    return !!(susp || resumed || closing);
  };

  /** Paragraphs of `el` (`al`, list items), in order, each handed to `out`; motions and their notes on the way. */
  // Within a speech a heading (`tussenkop`) is a paragraph of it; between turns it is no one's.
  const read = (el: Element, out: (text: string, item: boolean) => void, owner: () => Voice | null, headings = false) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const name = local(c);
      if (name === 'al' || name === 'li' || name === 'row' || (headings && name === 'tussenkop')) {
        const text = normalizeText(name === 'row' ? rowText(c) : spokenText(c));
        if (text) out(text, name === 'li');
      } else if (name === 'motie') motion(c, owner);
      else if (name !== 'spreker' && name !== 'motie-info') read(c, out, owner, headings);
    }
  };

  /** A motion: its title and lines in the reader's turn, then the chair's note as a chair turn. */
  const motion = (el: Element, owner: () => Voice | null) => {
    const v = owner();
    if (!v) return;
    const d = turnOf(v);
    const turnIndex = drafts.length - 1;
    const start = d.paragraphs.length;
    const title = kidText(kid(el, 'kop'), 'titel') ?? kidText(el, 'kop');
    if (title) {
      d.paragraphs.push(title);
      d.items.push(false);
    }
    read(el, (text, item) => say(v, text, item), owner);
    const info = kid(el, 'motie-info');
    let note: string | null = null;
    let noteTurn: number | null = null;
    if (info) {
      // The note is the chair's, also when the file leaves out its `spreker`.
      const chairSays = voiceOf(kid(info, 'spreker')) ?? chairVoice('De voorzitter:');
      const n = open(chairSays);
      read(
        info,
        (text, item) => {
          n.paragraphs.push(text);
          n.items.push(item);
        },
        () => chairSays,
      );
      note = n.paragraphs.join(' ') || null;
      noteTurn = drafts.length - 1;
    }
    motions.push({
      turnIndex,
      paragraphStart: start,
      paragraphEnd: d.paragraphs.length,
      title,
      ...motionFacts(el, info, note),
      note,
      noteTurnIndex: noteTurn,
    });
  };

  /** Loose text: see the rule above. Before the first turn it is the header. */
  const loose = (text: string, item: boolean) => {
    if (marker(text)) return;
    // "De beraadslaging wordt gesloten.": the chair's announcement, also right after a minister.
    if (last && !last.asChair && PROCEDURE.test(text)) say(chairVoice('De voorzitter:'), text, item);
    else if (last) say(last, text, item);
    else header.push(text);
  };

  /**
   * A turn with its own label: a turn of its own, even after the same speaker;
   * within it its speaker speaks, also after a motion's note by the chair.
   * Without a readable speaker it is read like loose text.
   */
  const speech = (v: Voice | null, el: Element) => {
    if (!v) return read(el, loose, () => last);
    fresh = v;
    read(el, (text, item) => say(v, text, item), () => v, true);
    fresh = null;
  };

  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      switch (local(c)) {
        case 'spreekbeurt':
          speech(voiceOf(kid(c, 'spreker')), c);
          break;
        // Older files: a `spreker` holds its `wie` and its paragraphs, a `voorz` is the chair speaking.
        case 'voorz':
          speech(chairVoice('De voorzitter:'), c);
          break;
        case 'vrznaam': {
          const name = normalizeText(c.textContent ?? '').replace(/^voorzitter\s*:\s*/iu, '');
          if (name) marker(`Voorzitter: ${name}`);
          break;
        }
        case 'tekst':
        case 'draad':
          read(c, loose, () => last);
          break;
        // A whole sitting opens with its `vergadering`: "Voorzitter: X" and the roll call, before anyone speaks.
        case 'al-groep':
          if (drafts.length === 0) read(c, loose, () => null);
          break;
        case 'itemnaam':
          firstTitle ??= normalizeText(c.textContent ?? '') || null;
          break;
        case 'agendapunt': {
          const title = kidText(c, 'item-titel');
          if (title) event({ type: 'agenda-item', beforeTurn: drafts.length, title });
          firstTitle ??= title;
          walk(c);
          break;
        }
        case 'onderwerp':
        case 'itemkop':
          // What the item is about ("Aan de orde is …"): not speech, also when it comes after turns.
          read(c, (text) => marker(text) || header.push(text), () => null);
          break;
        case 'spreker':
          if (kid(c, 'wie')) speech(voiceOf(kid(c, 'wie')), c);
          break;
        case 'metadata':
        case 'item-titel':
        case 'nr':
        // A whole sitting's list of incoming documents after its items: no one's speech.
        case 'handeling_bijlage':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(root);

  // Two speakers, or the chair alone: an item where only the chair speaks (Stemmingen, Mededelingen) is a record too.
  const distinct = new Set(drafts.map((d) => d.speakerId)).size;
  if (drafts.length === 0 || (distinct < 2 && !drafts[0]!.asChair)) return NOT_HANDELINGEN;

  const { turns, text } = turnsOfDrafts(drafts);
  // The XML marks no interruptions either: the same reading of the floor as for printed records.
  markInterruptions(turns, governmentSpeakerIds(reg.list));

  const transcript: Transcript = {
    meta: {
      title: cleanTitle(firstTitle ?? header[0] ?? 'Handelingen'),
      kind: 'plenary',
      source: 'handelingen',
      committees: [],
      date: meetingDate(root),
      ...houseOf(root),
      // A published Handelingen item is the corrected record of a finished item.
      status: 'Gecorrigeerd',
      opened: null,
      closed: closingTime,
      attendance: rollCall(header),
      clerk: null,
      complete: true,
    },
    speakers: speakersHeard(reg.list, drafts, events),
    turns,
    events,
    closingList: findClosingItems(turns.map((t, i) => ({ asChair: t.asChair, paragraphs: t.paragraphs, items: drafts[i]!.items }))),
    motions,
    text,
  };
  const checked = TranscriptSchema.safeParse(transcript);
  if (!checked.success) return { ok: false, reason: 'not-a-transcript', message: 'Dit Handelingen-bestand kon niet worden gelezen.' };
  return { ok: true, transcript: checked.data };
}
