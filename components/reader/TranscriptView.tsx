import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDay, parseDay } from '../../lib/i18n/dates';
import type { Speaker, Transcript, TranscriptEvent, Turn } from '../../lib/transcript/model';

/**
 * The transcript as a clean document: a header with title, date and status,
 * then one `<section>` per turn (an `<h3>` label carrying `data-kl-turn`, the
 * overlay's handle) with chair changes, suspensions and agenda items between
 * them. Everything is a Preact text child: markup in a name or in the speech
 * is shown as text, never parsed.
 *
 * Long debates render progressively: the first {@link FIRST_TURNS} turns at
 * once, the rest in idle-time chunks, so a 200,000-word plenary shows its
 * start immediately and the page stays responsive while the rest arrives.
 */

export const FIRST_TURNS = 100;
const CHUNK = 150;

/** "2026-03-03" → "3 maart 2026"; anything that is not a day stays as it is. */
export function dutchDate(iso: string): string {
  const day = parseDay(iso);
  return day ? formatDay(day, 'nl') : iso;
}

/** "De voorzitter (Boomsma)", "Mevrouw Kröger (GroenLinks-PvdA)", "Minister Van den Brink". */
export function turnHeading(turn: Turn, speaker: Speaker | undefined): string {
  if (turn.asChair) return speaker && speaker.role !== 'chair' ? `De voorzitter (${speaker.name})` : 'De voorzitter';
  return turn.label.replace(/\s*:\s*$/u, '');
}

const hhmm = (t: string | null) => (t ? `${t.replace(':', '.')} uur` : null);

function eventText(e: TranscriptEvent): string {
  switch (e.type) {
    case 'chair-change':
      return `Voorzitter: ${e.chair}`;
    case 'suspension':
      return e.text;
    case 'resumption':
      return e.time ? `De vergadering wordt om ${hhmm(e.time)} hervat.` : 'De vergadering wordt hervat.';
    case 'closing':
      return e.time ? `Sluiting ${hhmm(e.time)}.` : 'Sluiting.';
    case 'agenda-item':
      return e.title;
  }
}

function Event({ event }: { event: TranscriptEvent }) {
  if (event.type === 'agenda-item') return <h2 class="agenda">{event.title}</h2>;
  return <p class={`event event-${event.type}`}>{eventText(event)}</p>;
}

const STATUS_WARNING: Record<string, string> = {
  Ongecorrigeerd: 'Ongecorrigeerd verslag: de tekst kan nog veranderen en mag niet letterlijk worden geciteerd.',
  Concept: 'Conceptverslag: de tekst kan nog veranderen en mag niet letterlijk worden geciteerd.',
  Casco: 'Casco: dit is het geraamte van het verslag, de tekst ontbreekt nog.',
};

function Header({ transcript }: { transcript: Transcript }) {
  const { meta } = transcript;
  const facts = [
    // The Senate's record says so; without a house it is the Tweede Kamer's, as every one was before.
    meta.house === 'eerste-kamer' ? 'Eerste Kamer' : null,
    meta.kind === 'committee' ? 'Commissiedebat' : 'Plenaire vergadering',
    meta.date ? dutchDate(meta.date) : null,
    meta.opened ? `aanvang ${hhmm(meta.opened)}` : null,
    meta.closed ? `sluiting ${hhmm(meta.closed)}` : null,
  ].filter((x): x is string => x !== null);
  const warning = meta.status ? STATUS_WARNING[meta.status] : undefined;
  return (
    <header class="doc-header">
      <h1>{meta.title || 'Verslag'}</h1>
      <p class="facts">{facts.join(' · ')}</p>
      {meta.committees.length > 0 && <p class="facts">{meta.committees.map((c) => `Commissie voor ${c}`).join(', ')}</p>}
      {warning && (
        <p class="status-warning" role="note">
          {warning}
        </p>
      )}
    </header>
  );
}

function TurnSection({ turn, speaker }: { turn: Turn; speaker: Speaker | undefined }) {
  return (
    <section class={turn.asChair ? 'turn chair' : turn.interrupts ? 'turn interruption' : 'turn'}>
      <h3 class="label" data-kl-turn={String(turn.index)} id={`beurt-${turn.index}`}>
        {turnHeading(turn, speaker)}
      </h3>
      {turn.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}

function requestIdle(fn: () => void): () => void {
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(fn, { timeout: 200 });
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
}

export interface TranscriptViewProps {
  transcript: Transcript;
  /** Called once every turn is in the DOM (the overlay can then index all labels). */
  onRendered?: () => void;
}

export function TranscriptView({ transcript, onRendered }: TranscriptViewProps) {
  const total = transcript.turns.length;
  const [shown, setShown] = useState(Math.min(FIRST_TURNS, total));
  const speakers = useMemo(() => new Map(transcript.speakers.map((s) => [s.id, s])), [transcript]);
  const eventsBefore = useMemo(() => {
    const m = new Map<number, TranscriptEvent[]>();
    for (const e of transcript.events) m.set(e.beforeTurn, [...(m.get(e.beforeTurn) ?? []), e]);
    return m;
  }, [transcript]);

  useEffect(() => setShown(Math.min(FIRST_TURNS, total)), [transcript, total]);
  useEffect(() => {
    if (shown >= total) {
      onRendered?.();
      return;
    }
    return requestIdle(() => setShown((s) => Math.min(total, s + CHUNK)));
  }, [shown, total]);

  // Clamped: on a new transcript the first render still has the old count.
  const count = Math.min(shown, total);
  const body = [];
  for (let i = 0; i < count; i++) {
    const turn = transcript.turns[i]!;
    for (const [k, e] of (eventsBefore.get(i) ?? []).entries()) body.push(<Event key={`e${i}-${k}`} event={e} />);
    body.push(<TurnSection key={`t${i}`} turn={turn} speaker={speakers.get(turn.speakerId)} />);
  }
  if (count >= total) {
    for (const [k, e] of (eventsBefore.get(total) ?? []).entries()) body.push(<Event key={`end-${k}`} event={e} />);
  }

  return (
    <article class="transcript" lang="nl" aria-busy={count < total ? 'true' : 'false'}>
      <Header transcript={transcript} />
      {body}
      {count < total && <p class="more">Het verslag wordt verder opgebouwd…</p>}
    </article>
  );
}
