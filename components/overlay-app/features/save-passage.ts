import { passageFromHash } from '@/lib/page/fragment';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n/overlay';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import type { PageTurns } from '@/lib/page/turns';
import type { Layout } from '@/lib/transcript/build';
import type { Transcript } from '@/lib/transcript/model';
import { selectionOffsets, useReadingList } from '../reading-list';
import type { PagePassage } from '@/components/overlay/PagePassageList';
import { guarded } from './guard';
import type { LocatedPassage } from '@/lib/analyses/page-shape';

/** Where each paragraph element starts in the transcript's text: a selection's offsets are counted from it. */
function paragraphStarts(transcript: Transcript, layout: Layout<Element>): Map<Element, number> {
  const starts = new Map<Element, number>();
  layout.turns.forEach((lt, i) => {
    let offset = transcript.turns[i]!.start;
    transcript.turns[i]!.paragraphs.forEach((p, j) => {
      const el = lt.paragraphs[j];
      if (el && !starts.has(el)) starts.set(el, offset);
      offset += p.length + 1;
    });
  });
  return starts;
}

interface SavePassageInput {
  transcript: Transcript;
  layout: Layout<Element>;
  turns: PageTurns;
  marker: LazyMarker;
  on: boolean;
  /** In Kamerlezer's own reader page, which no site's script can read: the list may be shown and marked there. */
  inReader: boolean;
  lang: Lang;
  notify: (message: string) => void;
  /** Goes to a turn and brings the paragraph at `start` into view. */
  jumpTo: (turnIndex: number, start?: number) => void;
  /** Where the background found the page's saved passages (null until the analyses arrive). */
  located: readonly LocatedPassage[] | null;
}

/**
 * The reading list on the page: save the selection (a button by it, the
 * context menu, the keyboard command) or the current turn; "show this
 * passage" from the popup or the overlay's list (a message, or
 * #kl-passage=<id> when the popup opened the page).
 *
 * On a site, which passages the reader saved is theirs: the page's scripts
 * can read everything in its DOM, so no saved passage is marked there until
 * the reader asks to be shown it, and then only that one. In the reader page
 * (the extension's own) all of the page's saved passages are marked.
 */
export function useSavePassage({ transcript, layout, turns, marker, on, inReader, lang, notify, jumpTo, located }: SavePassageInput) {
  const reading = useReadingList(transcript, on, { saved: t(lang, 'savedPassage'), exists: t(lang, 'passageExists'), failed: t(lang, 'saveFailed') }, located);
  const [selectionAt, setSelectionAt] = useState<{ top: number; left: number } | null>(null);
  const starts = useMemo(() => paragraphStarts(transcript, layout), [transcript, layout]);
  const paragraphStart = (node: Node): number | null => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      const at = starts.get(n as Element);
      if (at !== undefined) return at;
    }
    return null;
  };
  const turnOf = (offset: number) => transcript.turns.find((x) => x.start <= offset && offset < x.end);

  // A click the page's own scripts made (event.isTrusted false) never writes to the reader's list:
  // the overlay's buttons are in the page, where any script can find and click them.
  const saveSelection = async (e?: Event) => {
    if (e && !e.isTrusted) return;
    const at = selectionOffsets(transcript, paragraphStart);
    setSelectionAt(null);
    if (at) notify(await reading.save(at.start, at.end));
  };
  const saveTurn = async (e?: Event) => {
    if (e && !e.isTrusted) return;
    const i = turns.currentTurn;
    if (i === null) return;
    const turn = transcript.turns[i]!;
    if (turn.end > turn.start) notify(await reading.save(turn.start, turn.end));
  };
  /** A stretch of the transcript the overlay names (a motion), saved as a passage. */
  const saveRange = async (start: number, end: number, e?: Event) => {
    if (e && !e.isTrusted) return;
    if (end > start) notify(await reading.save(start, end));
  };
  const showPassage = (id: string) => {
    const at = reading.located.get(id);
    if (!at) return;
    const turn = turnOf(at.start);
    if (turn) jumpTo(turn.index, at.start);
    if (!inReader) {
      marker.clear('kl-passage');
      marker.add([{ start: at.start, end: at.end, className: 'kl-passage', attrs: { 'data-kl-passage': id } }]);
      marker.flushAll();
    }
    document.querySelectorAll(`span.kl-passage[data-kl-passage="${CSS.escape(id)}"]`).forEach((el) => {
      el.classList.remove('kl-passage-flash');
      void (el as HTMLElement).offsetWidth; // restart the flash animation
      el.classList.add('kl-passage-flash');
    });
  };

  // The "save" button by a selection inside the transcript.
  useEffect(
    () =>
      guarded('Leeslijst', () => {
        if (!on) return setSelectionAt(null);
        const onUp = () => {
          const sel = document.getSelection();
          if (!sel || sel.isCollapsed || sel.rangeCount === 0 || paragraphStart(sel.getRangeAt(0).startContainer) === null) {
            setSelectionAt(null);
            return;
          }
          const r = sel.getRangeAt(0).getBoundingClientRect();
          setSelectionAt({ top: Math.max(4, r.top - 40), left: Math.min(window.innerWidth - 160, Math.max(4, r.left)) });
        };
        document.addEventListener('mouseup', onUp);
        document.addEventListener('keyup', onUp);
        return () => {
          document.removeEventListener('mouseup', onUp);
          document.removeEventListener('keyup', onUp);
        };
      }),
    [on, starts],
  );

  // Context menu and keyboard command arrive from the background; so does "show this passage".
  useEffect(() => {
    const onMessage = (msg: unknown) => {
      const m = msg as { type?: string; id?: string } | null;
      if (m?.type === 'save-selection' && on) void saveSelection();
      if (m?.type === 'show-passage' && typeof m.id === 'string') showPassage(m.id);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  });

  // The page's saved passages, marked: in the reader page only (see above).
  useEffect(
    () =>
      guarded('Leeslijst', () => {
        if (!on || !inReader || reading.passages.length === 0) return;
        marker.add(
          reading.passages.flatMap((p) => {
            const at = reading.located.get(p.id);
            return at ? [{ start: at.start, end: at.end, className: 'kl-passage', attrs: { 'data-kl-passage': p.id } }] : [];
          }),
        );
        marker.flushAll();
        return () => marker.clear('kl-passage');
      }),
    [on, reading.passages, reading.located],
  );

  // Opened from the popup: #kl-passage=<id> scrolls to the saved passage once the list is in and the
  // background has found it in the text; once only, so a later save does not scroll back.
  const [hashShown, setHashShown] = useState(false);
  useEffect(() => {
    const id = passageFromHash(location.hash);
    if (hashShown || id === null || !reading.located.get(id)) return;
    setHashShown(true);
    showPassage(id);
  }, [reading.located]);

  /** The page's passages as the reader page's panel lists them (on a site, the extension's frame lists them). */
  const pagePassages: PagePassage[] = !inReader
    ? []
    : reading.passages.map((p) => ({
        id: p.id,
        exact: p.exact,
        note: p.note,
        tags: p.tags,
        speakers: p.speakers.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', '),
        found: reading.located.get(p.id) != null,
      }));

  return { selectionAt, saveSelection, saveTurn, saveRange, pagePassages, showPassage, saved: reading.saved };
}
