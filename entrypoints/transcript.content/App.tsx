import { useEffect, useMemo, useState } from 'preact/hooks';
import { Overlay } from '@/components/overlay/Overlay';
import { buildOverlayData, nextTurn, prevTurn, turnFromHash, turnLink, type OverlayData } from '@/lib/overlay-data';
import { matchShortcut, type Settings } from '@/lib/settings';
import { t } from '@/lib/i18n/overlay';
import type { PageTurns } from '@/lib/page/turns';
import type { Layout } from '@/lib/transcript/build';
import type { Transcript } from '@/lib/transcript/model';
import { TermTooltip } from '@/components/terms/TermTooltip';
import { TermsPanel } from '@/components/terms/TermsPanel';
import { CommitmentsPanel } from '@/components/commitments/CommitmentsPanel';
import { commitmentCitation } from '@/components/commitments/citation';
import { QuestionsPanel } from '@/components/questions/QuestionsPanel';
import { t as tPanels } from '@/lib/i18n/panels';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import { locate } from '@/lib/page/locate';
import { useAnalyses } from './analyses';
import { isEditable } from './editable';
import { useHoveredTerm } from './term-hover';
import { selectionOffsets, useReadingList } from './reading-list';
import { ReadingListPanel } from '@/components/overlay/ReadingListPanel';
import { FilePanel } from '@/components/overlay/FilePanel';
import { findPdfLinks } from '@/lib/page/pdf-links';
import { openPdfInReader } from './open-pdf';
import { browser } from 'wxt/browser';
import { saveCollapsed, watchSettings } from './settings-store';

export interface AppProps {
  transcript: Transcript;
  layout: Layout<Element>;
  turns: PageTurns;
  marker: LazyMarker;
  initialSettings: Settings;
  /** The overlay's data, when the caller computed it ahead (in a task of its own). */
  data?: OverlayData;
  /** In Kamerlezer's reader page rather than on a site (no links to files to offer there). */
  inReader?: boolean;
}

/** The overlay's state and its effects on the page; the views below only render. */
export function App({ transcript, layout, turns, marker, initialSettings, inReader = false, data: precomputed }: AppProps) {
  const data = useMemo(() => precomputed ?? buildOverlayData(transcript), [transcript, precomputed]);
  const [settings, setSettings] = useState(initialSettings);
  const [current, setCurrent] = useState<number | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [foldedTo, setFoldedTo] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(initialSettings.collapsed);
  const [helpOpen, setHelpOpen] = useState(false);
  const lang = settings.language;
  const allTurns = transcript.turns;

  const goTo = (i: number | null) => {
    if (i === null) return;
    turns.goTo(i);
    setCurrent(i);
  };
  const from = () => turns.currentTurn ?? turns.firstVisible() - 1;
  const onNext = (speakerId: string | null) => goTo(nextTurn(from(), allTurns, speakerId ?? undefined));
  const onPrev = (speakerId: string | null) => goTo(prevTurn(turns.currentTurn ?? turns.firstVisible(), allTurns, speakerId ?? undefined));

  useEffect(() => watchSettings(setSettings), []);

  const analyses = useAnalyses(transcript);
  const terms = analyses?.terms ?? null;
  const termsOn = settings.features.terms && terms !== null;
  const [hovered] = useHoveredTerm(termsOn);

  // Term marks in the page follow the setting; the marker wraps paragraphs as they near the viewport.
  useEffect(() => {
    if (!termsOn || !terms) return;
    marker.add(
      terms.flatMap((term, i) =>
        term.occurrences.map((o) => ({ start: o.start, end: o.end, className: 'kl-term', attrs: { tabindex: '0', 'data-kl-term': String(i) } })),
      ),
    );
    return () => marker.clear('kl-term');
  }, [termsOn, terms]);

  // In-debate commitment sentences are highlighted; one the chair did not list is marked apart.
  const commitments = analyses?.commitments ?? null;
  const commitmentsOn = settings.features.commitments && commitments !== null;
  useEffect(() => {
    if (!commitmentsOn || !commitments) return;
    marker.add(
      commitments.flatMap((c) =>
        c.source === 'in-debate' && c.sentence
          ? [{ start: c.sentence.start, end: c.sentence.end, className: c.inClosingList === false ? 'kl-commitment kl-unlisted' : 'kl-commitment' }]
          : [],
      ),
    );
    return () => marker.clear('kl-commitment');
  }, [commitmentsOn, commitments]);

  // Reading list: the page's saved passages, marked; saving a selection or the current turn.
  const readingOn = settings.features.readingList;
  const reading = useReadingList(transcript, readingOn, {
    saved: t(lang, 'savedPassage'),
    exists: t(lang, 'passageExists'),
    failed: t(lang, 'saveFailed'),
  });
  const [toast, setToast] = useState<string | null>(null);
  const [selectionAt, setSelectionAt] = useState<{ top: number; left: number } | null>(null);
  const paragraphStarts = useMemo(() => {
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
  }, [transcript, layout]);
  const paragraphStart = (node: Node): number | null => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      const at = paragraphStarts.get(n as Element);
      if (at !== undefined) return at;
    }
    return null;
  };
  const notify = (message: string) => {
    setToast(message);
    setTimeout(() => setToast((m) => (m === message ? null : m)), 3500);
  };
  const saveSelection = async () => {
    const at = selectionOffsets(transcript, paragraphStart);
    setSelectionAt(null);
    if (at) notify(await reading.save(at.start, at.end));
  };
  const saveTurn = async () => {
    const i = turns.currentTurn;
    if (i === null) return;
    const turn = allTurns[i]!;
    if (turn.end > turn.start) notify(await reading.save(turn.start, turn.end));
  };

  useEffect(() => {
    if (!readingOn) return setSelectionAt(null);
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
  }, [readingOn, paragraphStarts]);

  // Context menu and keyboard command arrive from the background; so does "show this passage".
  useEffect(() => {
    const onMessage = (msg: unknown) => {
      const m = msg as { type?: string; id?: string } | null;
      if (m?.type === 'save-selection' && readingOn) void saveSelection();
      if (m?.type === 'show-passage' && typeof m.id === 'string') showPassage(m.id);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  });

  const showPassage = (id: string) => {
    const at = reading.located.get(id);
    if (!at) return;
    const turn = allTurns.find((x) => x.start <= at.start && at.start < x.end);
    if (turn) jumpTo(turn.index, at.start);
    const spans = document.querySelectorAll(`span.kl-passage[data-kl-passage="${CSS.escape(id)}"]`);
    spans.forEach((el) => {
      el.classList.remove('kl-passage-flash');
      void (el as HTMLElement).offsetWidth;
      el.classList.add('kl-passage-flash');
    });
  };

  useEffect(() => {
    if (!readingOn || reading.passages.length === 0) return;
    marker.add(
      reading.passages.flatMap((p) => {
        const at = reading.located.get(p.id);
        return at ? [{ start: at.start, end: at.end, className: 'kl-passage', attrs: { 'data-kl-passage': p.id } }] : [];
      }),
    );
    marker.flushAll();
    return () => marker.clear('kl-passage');
  }, [readingOn, reading.passages]);

  // Opened from the popup: #kl-passage=<id> scrolls to the saved passage once the list is in.
  useEffect(() => {
    const m = /#kl-passage=([^:&]+)/.exec(location.hash);
    if (m && reading.passages.length > 0) showPassage(decodeURIComponent(m[1]!));
  }, [reading.passages]);

  // Mentions of a member or party ("mevrouw Kröger", "de PVV") become links to that speaker's next turn.
  const mentions = settings.features.questions ? (analyses?.questions.mentions ?? null) : null;
  useEffect(() => {
    if (!mentions) return;
    marker.add(
      mentions.flatMap((m) => {
        const ids = m.speakerId ? [m.speakerId] : transcript.speakers.filter((s) => s.party === m.party).map((s) => s.id);
        return ids.length
          ? [{ start: m.start, end: m.end, className: 'kl-mention', attrs: { role: 'link', tabindex: '0', 'data-kl-to': ids.join(' '), 'data-kl-from': String(m.turnIndex) } }]
          : [];
      }),
    );
    const follow = (e: Event) => {
      const el = (e.target as Element | null)?.closest?.('span.kl-mention[data-kl-to]');
      if (!el || (e instanceof KeyboardEvent && e.key !== 'Enter')) return;
      e.preventDefault();
      const ids = new Set(el.getAttribute('data-kl-to')!.split(' '));
      const from = Number(el.getAttribute('data-kl-from'));
      const next = allTurns.find((x) => x.index > from && ids.has(x.speakerId) && !x.asChair) ?? allTurns.find((x) => ids.has(x.speakerId) && !x.asChair);
      if (next) goTo(next.index);
    };
    document.addEventListener('click', follow);
    document.addEventListener('keydown', follow);
    return () => {
      document.removeEventListener('click', follow);
      document.removeEventListener('keydown', follow);
      marker.clear('kl-mention');
    };
  }, [mentions]);

  // The page's transcript as a PDF: fetched from the page's own site only when the reader clicks.
  // The overlay may be up before the page has loaded (its links to files are often further down): look again when it has.
  const [pdfLinks, setPdfLinks] = useState(() => (inReader ? [] : findPdfLinks(document, location.href)));
  useEffect(() => {
    if (inReader || document.readyState !== 'loading') return;
    const look = () => setPdfLinks(findPdfLinks(document, location.href));
    document.addEventListener('DOMContentLoaded', look, { once: true });
    return () => document.removeEventListener('DOMContentLoaded', look);
  }, []);
  const [opening, setOpening] = useState(false);
  const openPdf = async (url: string) => {
    setOpening(true);
    const error = await openPdfInReader(url, location.href, { failed: t(lang, 'openFailed'), tooBig: t(lang, 'fileTooBig') });
    setOpening(false);
    if (error) notify(error);
  };

  const panelSpeakers = data.speakers.map((s) => ({ id: s.id, display: s.display }));
  const copyCommitment = (c: NonNullable<typeof commitments>[number]) => {
    const turnIndex = c.turnIndex ?? c.links[0]?.turnIndex ?? null;
    const speaker = c.speakerId ? data.speakers.find((s) => s.id === c.speakerId)?.display : undefined;
    const text = commitmentCitation(c, {
      speakerName: speaker,
      debateTitle: transcript.meta.title,
      date: transcript.meta.date ?? undefined,
      link: turnIndex !== null ? turnLink(location.href, turnIndex) : location.href,
      lang,
    });
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  };

  /** Goes to a turn and, given an offset into the text, brings that exact paragraph into view. */
  const jumpTo = (turnIndex: number, start?: number) => {
    goTo(turnIndex);
    if (start === undefined) return;
    const at = locate(transcript, layout, start, start + 1);
    at?.element.scrollIntoView({ block: 'center' });
  };

  useEffect(() => {
    turns.foldTo(foldedTo, (n) => t(lang, 'foldedStub', { count: n }));
  }, [foldedTo, lang]);

  // Deep link: #kl-turn-N opens the page at that turn.
  useEffect(() => {
    goTo(turnFromHash(location.hash));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = matchShortcut(
        { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, editable: isEditable(e.composedPath()[0] ?? e.target) },
        settings,
      );
      if (!action) return;
      // The page's current turn, not React state: two quick key presses may come before a re-render.
      const at = turns.currentTurn;
      const sameSpeaker = at !== null ? allTurns[at]!.speakerId : selected;
      switch (action) {
        case 'nextTurn':
          onNext(null);
          break;
        case 'prevTurn':
          onPrev(null);
          break;
        case 'nextSame':
          onNext(sameSpeaker);
          break;
        case 'prevSame':
          onPrev(sameSpeaker);
          break;
        case 'toggleOverlay':
          toggleCollapsed();
          break;
        case 'help':
          setHelpOpen((o) => !o);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settings, current, selected]);

  const toggleCollapsed = () => {
    setCollapsed((c) => {
      void saveCollapsed(!c);
      return !c;
    });
  };

  const extraPanels = [];
  if (terms) {
    extraPanels.push({ id: 'terms', label: tPanels(lang, 'termsTab'), render: () => <TermsPanel terms={terms} lang={lang} onJump={jumpTo} /> });
  }
  if (commitments) {
    extraPanels.push({
      id: 'commitments',
      label: tPanels(lang, 'commitmentsTab'),
      render: () => <CommitmentsPanel commitments={commitments} speakers={panelSpeakers} lang={lang} onJump={jumpTo} onCopy={copyCommitment} />,
    });
  }
  const questions = analyses?.questions.questions ?? null;
  const stats = useMemo(() => (analyses ? new Map(analyses.questions.stats.map((x) => [x.speakerId, x])) : undefined), [analyses]);
  if (questions) {
    extraPanels.push({
      id: 'questions',
      label: tPanels(lang, 'questionsTab'),
      render: () => <QuestionsPanel questions={questions} speakers={panelSpeakers} lang={lang} onJump={jumpTo} />,
    });
  }
  if (readingOn) {
    const pagePassages = reading.passages.map((p) => {
      const at = reading.located.get(p.id) ?? null;
      const turn = at ? allTurns.find((x) => x.start <= at.start && at.start < x.end) : undefined;
      return {
        id: p.id,
        exact: p.exact,
        note: p.note,
        speakers: p.speakers.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', '),
        turnIndex: turn?.index ?? null,
        start: at?.start ?? null,
      };
    });
    extraPanels.push({
      id: 'readingList',
      label: t(lang, 'tabReadingList'),
      render: () => (
        <ReadingListPanel passages={pagePassages} lang={lang} canSaveTurn={current !== null} onSaveTurn={() => void saveTurn()} onJump={jumpTo} />
      ),
    });
  }
  if (pdfLinks.length > 0) {
    extraPanels.push({
      id: 'file',
      label: t(lang, 'tabFile'),
      render: () => <FilePanel links={pdfLinks} lang={lang} busy={opening} onOpen={(url) => void openPdf(url)} />,
    });
  }
  const hoveredTerm = hovered && terms?.[hovered.index];

  return (
    <>
    {selectionAt && (
      <button
        type="button"
        class="save-selection"
        style={{ top: `${selectionAt.top}px`, left: `${selectionAt.left}px` }}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void saveSelection()}
      >
        {t(lang, 'saveSelection')}
      </button>
    )}
    {toast && (
      <div class="toast" role="status">
        {toast}
      </div>
    )}
    {hoveredTerm && hovered && (
      <TermTooltip
        id="kl-term-tooltip"
        term={hoveredTerm}
        anchor={hovered.rect}
        viewport={{ width: window.innerWidth, height: window.innerHeight }}
        lang={lang}
      />
    )}
    <Overlay
      extraPanels={extraPanels}
      stats={stats}
      data={data}
      lang={lang}
      settings={settings}
      currentTurn={current}
      selectedSpeaker={selected}
      foldedTo={foldedTo}
      collapsed={collapsed}
      helpOpen={helpOpen}
      onToggleCollapsed={toggleCollapsed}
      onSelectSpeaker={(id) => {
        setSelected(id);
        onNext(id);
      }}
      onNext={onNext}
      onPrev={onPrev}
      onJump={goTo}
      onFoldOthers={setFoldedTo}
      onCopyLink={(i) => void navigator.clipboard?.writeText(turnLink(location.href, i)).catch(() => undefined)}
      onToggleHelp={setHelpOpen}
    />
    </>
  );
}
