import {
  Transcript as TranscriptSchema,
  TranscriptStatus,
  type ParseResult,
  type Speaker,
  type Transcript,
  type TranscriptEvent,
} from '../transcript/model';
import { cleanTitle, findAttendance, findClerk, findCommittees, findOpened } from '../transcript/meta';
import { stripListMarker } from '../transcript/blocks';
import { normalizeText } from '../transcript/normalize';
import { parseChairChange, parseClosing, parseLabel, parseResumption, parseSuspension } from '../transcript/patterns';
import { findClosingItems } from '../transcript/closing-list';
import { speakersHeard, turnsOfDrafts, type TurnDraft } from './turn-drafts';
import { Registry, labelFor, readSpreker } from './vlos-speakers';
import { attr, dateOf, kid, kidText, local, paragraphs, timeOf, type Para } from './xml';

/**
 * VLOS XML (the Tweede Kamer's open data, root `vlosCoreDocument`) read straight
 * into the transcript model: speakers, chair turns, interruptions, suspensions
 * and chair changes come from the elements, not from text patterns. See
 * ../shared/PAGES.md §4. Elements are matched by local name; unknown ones are
 * skipped.
 */

const NOT_VLOS: ParseResult = {
  ok: false,
  reason: 'not-a-transcript',
  message: 'Dit XML-bestand is geen vergaderverslag van de Tweede Kamer (VLOS).',
};

/** Whether a parsed XML document looks like VLOS (its root, or a `vergadering` under it). */
export function isVlos(doc: Document): boolean {
  const root = doc.documentElement;
  return !!root && (local(root) === 'vloscoredocument' || kid(root, 'vergadering') !== null);
}


/** Reads a VLOS document into the model, validated by its zod schema. */
export function parseVlos(xml: Document): ParseResult {
  if (!isVlos(xml)) return NOT_VLOS;
  const root = xml.documentElement;
  const vergadering = kid(root, 'vergadering') ?? root;
  const reg = new Registry();
  const drafts: TurnDraft[] = [];
  const events: TranscriptEvent[] = [];
  const header: string[] = [];
  let chair: Speaker | null = null;
  let anyText = false;
  let lastAgenda: string | null = null;

  const setChair = (sp: Speaker) => {
    if (chair?.id !== sp.id) events.push({ type: 'chair-change', beforeTurn: drafts.length, chair: sp.name, speakerId: sp.id });
    chair = sp;
  };

  /** One `woordvoerder` or `interrumpant` as a turn; `holder` is whose contribution an interrumpant interrupts. */
  const speech = (el: Element, holder: Speaker | null): Speaker | null => {
    const info = readSpreker(kid(el, 'spreker'));
    const asChair = /^(?:true|1|ja)$/iu.test(kidText(el, 'isvoorzitter') ?? '');
    let sp: Speaker | null = info ? reg.get(info) : null;
    if (asChair) {
      // A chair turn by someone other than the chair of record is itself a change of chair.
      if (sp) setChair(sp);
      else sp = chair ?? reg.unknownChair();
    }
    if (!sp) return null;
    const paras: Para[] = paragraphs(kid(el, 'tekst'));
    // The printed label ("Mevrouw <nadruk>X</nadruk> (P):") repeats the spreker element: it becomes the label, not speech.
    const printed = paras[0] ? parseLabel(paras[0].text, paras[0].bold) : null;
    if (printed) paras.shift();
    if (paras.length > 0) anyText = true;
    const body = paras.map((p) => stripListMarker(p.text));
    const interrupts = holder && !asChair && holder.id !== sp.id ? holder.id : null;
    const prev = drafts[drafts.length - 1];
    const eventSince = events.some((e) => e.beforeTurn === drafts.length && e.type !== 'agenda-item');
    // VLOS cuts one speech into time-marked pieces; consecutive pieces of one speaker are one turn.
    if (prev && !eventSince && prev.speakerId === sp.id && prev.asChair === asChair && interrupts === prev.interrupts) {
      prev.paragraphs.push(...body.map((b) => b.text));
      prev.items.push(...body.map((b) => b.item));
    } else {
      drafts.push({
        speakerId: sp.id,
        asChair,
        label: printed?.raw ?? labelFor(info, asChair),
        paragraphs: body.map((b) => b.text),
        items: body.map((b) => b.item),
        interrupts,
      });
    }
    return sp;
  };

  const fragment = (el: Element) => {
    const soort = (attr(el, 'soort') ?? '').toLowerCase();
    const paras = paragraphs(kid(el, 'tekst')).map((p) => p.text);
    if (/voorzitter/u.test(soort)) {
      const info = readSpreker(kid(kid(el, 'sprekers'), 'spreker') ?? kid(el, 'spreker'));
      const named = paras.map(parseChairChange).find((n) => n !== null) ?? null;
      if (info) setChair(reg.get(info));
      else if (named) setChair(reg.byName(named));
      return;
    }
    let handled = false;
    for (const p of paras) {
      const named = parseChairChange(p);
      const susp = parseSuspension(p);
      const closing = parseClosing(p);
      const resumed = parseResumption(p);
      if (named) setChair(reg.byName(named));
      else if (susp) events.push({ type: 'suspension', beforeTurn: drafts.length, from: susp.from, until: susp.until, text: p });
      else if (closing) events.push({ type: 'closing', beforeTurn: drafts.length, time: closing.time });
      else if (resumed) events.push({ type: 'resumption', beforeTurn: drafts.length, time: resumed.time });
      else if (drafts.length === 0) header.push(p);
      else continue;
      handled = true;
    }
    if (!handled && /schorsing/u.test(soort)) {
      const from = timeOf(kidText(el, 'markeertijdbegin'));
      const until = timeOf(kidText(el, 'markeertijdeind'));
      const text = from && until ? `De vergadering wordt van ${from.replace(':', '.')} uur tot ${until.replace(':', '.')} uur geschorst.` : 'De vergadering wordt geschorst.';
      events.push({ type: 'suspension', beforeTurn: drafts.length, from, until, text });
    }
  };

  const walk = (el: Element, holder: Speaker | null) => {
    for (const c of Array.from(el.children)) {
      switch (local(c)) {
        case 'activiteit': {
          const title = kidText(c, 'onderwerp') ?? kidText(c, 'titel');
          const soort = (attr(c, 'soort') ?? '').toLowerCase();
          if (title && title !== lastAgenda && soort !== 'opening' && soort !== 'sluiting') {
            events.push({ type: 'agenda-item', beforeTurn: drafts.length, title });
            lastAgenda = title;
          }
          walk(c, null);
          break;
        }
        case 'draadboekfragment':
          fragment(c);
          break;
        case 'woordvoerder': {
          const sp = speech(c, holder);
          walk(c, sp);
          break;
        }
        case 'interrumpant':
          speech(c, holder);
          break;
        case 'spreker':
        case 'sprekers':
        case 'tekst':
        case 'titel':
        case 'onderwerp':
          break;
        default:
          walk(c, holder);
      }
    }
  };
  walk(vergadering, null);

  // A casco (skeleton before the text is typed) has no text at all: keep its empty turns so the order of speakers shows.
  const kept = anyText ? drafts.filter((d) => d.paragraphs.length > 0) : drafts;
  if (kept.length !== drafts.length) renumberEvents(events, drafts, kept);
  const distinct = new Set(kept.map((d) => d.speakerId)).size;
  if (kept.length < 2 || distinct < 2) {
    return { ok: false, reason: 'not-a-transcript', message: 'Dit VLOS-bestand bevat geen sprekers: er is (nog) geen verslag.' };
  }

  const sluiting = timeOf(kidText(vergadering, 'sluiting'));
  let closingEvent = events.find((e) => e.type === 'closing');
  if (!closingEvent && sluiting) {
    closingEvent = { type: 'closing', beforeTurn: kept.length, time: sluiting };
    events.push(closingEvent);
  }

  const { turns, text } = turnsOfDrafts(kept);

  const headerText = header.join('\n');
  const soort = (attr(vergadering, 'soort') ?? '').toLowerCase();
  const kind = soort.includes('plenair') ? 'plenary' : 'committee';
  const title = kidText(vergadering, 'titel') ?? events.find((e) => e.type === 'agenda-item')?.title ?? 'Verslag';
  const transcript: Transcript = {
    meta: {
      title: cleanTitle(title),
      kind,
      source: kind === 'plenary' ? 'tweedekamer-plenary' : 'tweedekamer-committee',
      committees: findCommittees(headerText),
      date: dateOf(kidText(vergadering, 'datum')),
      status: statusOf(attr(root, 'status')),
      opened: timeOf(kidText(vergadering, 'aanvangstijd')) ?? findOpened(headerText),
      closed: (closingEvent?.type === 'closing' ? closingEvent.time : null) ?? sluiting,
      attendance: findAttendance(header),
      clerk: findClerk(header),
      complete: closingEvent !== undefined,
      // VLOS is the Tweede Kamer's own open data.
      house: 'tweede-kamer',
    },
    speakers: speakersHeard(reg.list, kept, events),
    turns,
    events,
    closingList: findClosingItems(turns.map((t, i) => ({ asChair: t.asChair, paragraphs: t.paragraphs, items: kept[i]!.items }))),
    motions: [],
    text,
  };
  const checked = TranscriptSchema.safeParse(transcript);
  if (!checked.success) return { ok: false, reason: 'not-a-transcript', message: 'Dit VLOS-bestand kon niet worden gelezen.' };
  return { ok: true, transcript: checked.data };
}

function statusOf(s: string | null): Transcript['meta']['status'] {
  const m = TranscriptStatus.options.find((o) => o.toLowerCase() === normalizeText(s ?? '').toLowerCase());
  return m ?? null;
}

/** After empty turns are dropped, events point at the same turn they stood before. */
function renumberEvents(events: TranscriptEvent[], all: TurnDraft[], kept: TurnDraft[]): void {
  const keep = new Set(kept);
  // before[i] = how many kept turns precede old turn i.
  const before = [0];
  all.forEach((d, i) => before.push(before[i]! + (keep.has(d) ? 1 : 0)));
  for (const e of events) e.beforeTurn = before[Math.min(e.beforeTurn, all.length)]!;
}
