import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeModelText } from '@/lib/anchor/model-anchor';
import type { LocatedPassage } from '@/lib/analyses/page-shape';
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
    anchor: describeModelText(transcript.text, start, end),
    turnIndex: turnsIn[0]?.index ?? null,
    speakers,
    debate: {
      title: meta.title,
      committees: meta.committees,
      date: meta.date,
      status: meta.status,
      kind: meta.kind,
      ...(meta.house ? { house: meta.house } : {}),
    },
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
 * The page's saved passages: loaded once, placed in the current text where
 * the background found them (also after the page was corrected or
 * re-rendered), and saved through the background, which owns the database.
 */
export function useReadingList(
  transcript: Transcript,
  enabled: boolean,
  messages: { saved: string; failed: string; exists: string },
  /** Where the background found the page's passages (null until it answered). */
  foundByBackground: readonly LocatedPassage[] | null,
): ReadingList {
  const [passages, setPassages] = useState<Passage[]>([]);
  const [saved, setSaved] = useState(0);
  // Passages saved on this page since it loaded: their place is known without a search.
  const [savedHere, setSavedHere] = useState<ReadonlyMap<string, { start: number; end: number }>>(new Map());
  const url = location.href.split('#')[0]!;

  useEffect(() => {
    if (!enabled) return;
    void send({ type: 'list-for-url', url }).then((r) => {
      if (r?.ok) setPassages(r.passages);
    });
  }, [enabled]);

  // The search (exact, then fuzzy after corrections) runs in the background with the analyses, off
  // the page's main thread and out of the content script's size.
  const located = useMemo(() => {
    const background = new Map((foundByBackground ?? []).map((l) => [l.id, { start: l.start, end: l.end }]));
    const found = new Map<string, { start: number; end: number } | null>();
    for (const p of passages) found.set(p.id, savedHere.get(p.id) ?? background.get(p.id) ?? null);
    return found;
  }, [passages, foundByBackground, savedHere]);

  const save = async (start: number, end: number): Promise<string> => {
    const reply = await send({ type: 'save-passage', passage: draftFor(transcript, start, end, location.href) });
    if (!reply || !reply.ok) return reply && !reply.ok ? reply.message : messages.failed;
    setPassages((ps) => [reply.passage, ...ps.filter((p) => p.id !== reply.passage.id)]);
    setSavedHere((m) => new Map(m).set(reply.passage.id, { start, end }));
    setSaved((n) => n + 1);
    return reply.created ? messages.saved : messages.exists;
  };

  return { passages, located, save, saved };
}
