import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { anchor, describe } from '@/lib/anchor/text-quote';
import type { ContentToBackground, Replies } from '@/lib/messages';
import type { Passage, PassageDraft } from '@/lib/reading-list/schema';
import { normalizeText } from '@/lib/transcript/normalize';
import type { Transcript } from '@/lib/transcript/model';

async function send<M extends ContentToBackground>(msg: M): Promise<Replies[M['type']] | null> {
  try {
    return (await browser.runtime.sendMessage(msg)) as Replies[M['type']];
  } catch {
    return null;
  }
}

/** The draft the background completes into a saved passage: quote, anchor, speakers, debate, page. */
export function draftFor(transcript: Transcript, start: number, end: number, url: string): PassageDraft {
  const turnsIn = transcript.turns.filter((t) => t.end > start && t.start < end);
  const speakers = [...new Set(turnsIn.map((t) => t.speakerId))].map((id) => {
    const s = transcript.speakers.find((x) => x.id === id)!;
    return { name: s.name, party: s.party, role: s.role };
  });
  const { meta } = transcript;
  return {
    anchor: describe(transcript.text, start, end),
    turnIndex: turnsIn[0]?.index ?? null,
    speakers,
    debate: { title: meta.title, committees: meta.committees, date: meta.date, status: meta.status, kind: meta.kind },
    url,
  };
}

/**
 * Where the current selection sits in the model's text: its normalised quote,
 * searched from the paragraph the selection starts in (so a phrase that
 * occurs twice resolves to the selected one). Null when nothing of the
 * transcript is selected.
 */
export function selectionOffsets(transcript: Transcript, paragraphStart: (el: Node) => number | null): { start: number; end: number } | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const quote = normalizeText(sel.toString());
  if (quote.length < 2) return null;
  const from = paragraphStart(sel.getRangeAt(0).startContainer);
  if (from === null) return null;
  const at = transcript.text.indexOf(quote, from);
  if (at < 0) return null;
  return { start: at, end: at + quote.length };
}

export interface ReadingList {
  passages: Passage[];
  /** Where each passage is found in this version of the text (null: no longer found). */
  located: Map<string, { start: number; end: number } | null>;
  save(start: number, end: number): Promise<string>;
  /** How many saves this page made (the overlay's frame of the list reloads on a change). */
  saved: number;
}

/**
 * The page's saved passages: loaded once, re-anchored against the current
 * text (found again after the page was corrected or re-rendered), and saved
 * through the background, which owns the database.
 */
export function useReadingList(transcript: Transcript, enabled: boolean, messages: { saved: string; failed: string; exists: string }): ReadingList {
  const [passages, setPassages] = useState<Passage[]>([]);
  const [saved, setSaved] = useState(0);
  const url = location.href.split('#')[0]!;

  useEffect(() => {
    if (!enabled) return;
    void send({ type: 'list-for-url', url }).then((r) => {
      if (r?.ok) setPassages(r.passages);
    });
  }, [enabled]);

  // Anchoring may search the whole text (fuzzily, after corrections): once per list, not per render.
  const located = useMemo(() => {
    const found = new Map<string, { start: number; end: number } | null>();
    for (const p of passages) {
      const m = anchor(transcript.text, p.anchor);
      found.set(p.id, m ? { start: m.start, end: m.end } : null);
    }
    return found;
  }, [passages, transcript]);

  const save = async (start: number, end: number): Promise<string> => {
    const reply = await send({ type: 'save-passage', passage: draftFor(transcript, start, end, location.href) });
    if (!reply || !reply.ok) return reply && !reply.ok ? reply.message : messages.failed;
    setPassages((ps) => [reply.passage, ...ps.filter((p) => p.id !== reply.passage.id)]);
    setSaved((n) => n + 1);
    return reply.created ? messages.saved : messages.exists;
  };

  return { passages, located, save, saved };
}
