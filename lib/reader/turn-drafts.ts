import type { Speaker, TranscriptEvent, Turn } from '../transcript/model';

/**
 * A turn as the XML readers (Handelingen, VLOS) collect it from the
 * elements, before the transcript's one text exists. Both make the text and
 * the turns' offsets the same way, here.
 */
export interface TurnDraft {
  speakerId: string;
  asChair: boolean;
  label: string;
  paragraphs: string[];
  /** Per paragraph: printed as a list item (the closing list's items are). */
  items: boolean[];
  /** The turn this one interrupts, where the source says so (VLOS nests interruptions). */
  interrupts?: string | null;
}

/** The transcript's text (turns joined by a line break, paragraphs by one) and each turn's place in it. */
export function turnsOfDrafts(drafts: readonly TurnDraft[]): { turns: Turn[]; text: string } {
  let text = '';
  const turns = drafts.map((d, index): Turn => {
    if (index > 0) text += '\n';
    const start = text.length;
    text += d.paragraphs.join('\n');
    return { index, speakerId: d.speakerId, asChair: d.asChair, label: d.label, paragraphs: d.paragraphs, start, end: text.length, interrupts: d.interrupts ?? null };
  });
  return { turns, text };
}

/** The speakers a record names who speak in it, or take the chair in it. */
export function speakersHeard(all: readonly Speaker[], drafts: readonly TurnDraft[], events: readonly TranscriptEvent[]): Speaker[] {
  const heard = new Set(drafts.map((d) => d.speakerId));
  for (const e of events) if (e.type === 'chair-change') heard.add(e.speakerId);
  return all.filter((s) => heard.has(s.id));
}
