import { useEffect, useMemo, useState } from 'preact/hooks';
import { Overlay } from '@/components/overlay/Overlay';
import { buildOverlayData, closingMark, withPhases, type OverlayData } from '@/lib/overlay-data';
import { nextTurn, prevTurn, turnFromHash, turnLink } from '@/lib/overlay/navigation';
import type { Settings, ShortcutAction } from '@/lib/settings';
import { t } from '@/lib/i18n/overlay';
import type { PageTurns } from '@/lib/page/turns';
import type { Layout } from '@/lib/transcript/build';
import type { Transcript } from '@/lib/transcript/model';
import { TermTooltip } from '@/components/terms/TermTooltip';
import type { LazyMarker } from '@/lib/page/lazy-marks';
import { locate } from '@/lib/page/locate';
import { ReadingListPanel } from '@/components/overlay/ReadingListPanel';
import { FilePanel } from '@/components/overlay/FilePanel';
import { PagePassageList } from '@/components/overlay/PagePassageList';
import { PassagesFrame } from './PassagesFrame';
import { useAnalyses } from './analyses';
import { analysisPanels } from './analysis-panels';
import { saveCollapsed, watchSettings } from './settings-store';
import { useCommitmentMarks } from './features/commitments';
import { useMotionMarks } from './features/motions';
import { useFollow } from './features/follow';
import { useMentionLinks } from './features/mentions';
import { usePdfFile } from './features/pdf-file';
import { useSavePassage } from './features/save-passage';
import { useShortcuts } from './features/shortcuts';
import { useTerms } from './features/terms';
import { usePageRoom } from './features/room';
import { useToast } from './features/toast';

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

/**
 * The overlay's state and the wiring of its features; each feature's effects
 * on the page live in `features/` (one module each, a failure kept to its
 * feature), and the views in `components/` only render. This folder is the
 * one part of components/ that touches a page, through the layout, turns and
 * marker it is given; the site's content script and the reader page both
 * mount it (with OVERLAY_APP_CSS), so neither entrypoint imports the other.
 */
export function App({ transcript, layout, turns, marker, initialSettings, inReader = false, data: precomputed }: AppProps) {
  const base = useMemo(() => precomputed ?? buildOverlayData(transcript), [transcript, precomputed]);
  const [settings, setSettings] = useState(initialSettings);
  const [current, setCurrent] = useState<number | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [foldedTo, setFoldedTo] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(initialSettings.collapsed);
  usePageRoom(!collapsed);
  const [helpOpen, setHelpOpen] = useState(false);
  const [toast, notify] = useToast();
  const lang = settings.language;
  const allTurns = transcript.turns;
  useEffect(() => watchSettings(setSettings), []);

  // Speaker navigation.
  const goTo = (i: number | null) => {
    if (i === null) return;
    turns.goTo(i);
    setCurrent(i);
  };
  const from = () => turns.currentTurn ?? turns.firstVisible() - 1;
  const onNext = (speakerId: string | null) => goTo(nextTurn(from(), allTurns, speakerId ?? undefined));
  const onPrev = (speakerId: string | null) => goTo(prevTurn(turns.currentTurn ?? turns.firstVisible(), allTurns, speakerId ?? undefined));
  /** Goes to a turn and, given an offset into the text, brings that exact paragraph into view. */
  const jumpTo = (turnIndex: number, start?: number) => {
    goTo(turnIndex);
    if (start === undefined) return;
    locate(transcript, layout, start, start + 1)?.element.scrollIntoView({ block: 'center' });
  };
  const toggleCollapsed = () => {
    setCollapsed((c) => {
      void saveCollapsed(!c);
      return !c;
    });
  };
  useEffect(() => {
    turns.foldTo(foldedTo, (n) => t(lang, 'foldedStub', { count: n }));
  }, [foldedTo, lang]);
  // Deep link: #kl-turn-N opens the page at that turn.
  useEffect(() => goTo(turnFromHash(location.hash)), []);
  useShortcuts(
    settings,
    (action: ShortcutAction, e: KeyboardEvent) => {
      // The page's current turn, not React state: two quick key presses may come before a re-render.
      const at = turns.currentTurn;
      const sameSpeaker = at !== null ? allTurns[at]!.speakerId : selected;
      if (action === 'nextTurn') onNext(null);
      else if (action === 'prevTurn') onPrev(null);
      else if (action === 'nextSame') onNext(sameSpeaker);
      else if (action === 'prevSame') onPrev(sameSpeaker);
      else if (action === 'toggleOverlay') toggleCollapsed();
      else if (action === 'help') setHelpOpen((o) => !o);
      // The page's own save key: where the browser's command does not arrive; a page script's key press saves nothing.
      else if (action === 'saveSelection' && settings.features.readingList && e.isTrusted) void saving.saveSelection(e);
      else return false;
      return true;
    },
    [current, selected],
  );

  // Terms, commitments and questions: computed by the background, marked in the page.
  const arrived = useAnalyses(transcript);
  const analyses = arrived?.analyses ?? null;
  const data = useMemo(() => withPhases(base, transcript, analyses?.phases ?? [], 'nl', closingMark(analyses?.commitments)), [base, analyses]);
  const terms = analyses?.terms ?? null;
  const hoveredTerm = useTerms(marker, terms, settings.features.terms);
  const commitments = analyses?.commitments ?? null;
  useCommitmentMarks(marker, commitments, settings.features.commitments);
  useMentionLinks(marker, transcript, settings.features.questions ? (analyses?.questions.mentions ?? null) : null, goTo);
  const questions = analyses?.questions.questions ?? null;
  const motions = analyses?.motions ?? null;
  useMotionMarks(marker, transcript.text, motions, settings.features.motions);
  const stats = useMemo(() => (analyses ? new Map(analyses.questions.stats.map((x) => [x.speakerId, x])) : undefined), [analyses]);

  // Reading list and the page's transcript file.
  const readingOn = settings.features.readingList;
  const saving = useSavePassage({ transcript, layout, turns, marker, on: readingOn, inReader, lang, notify, jumpTo, located: analyses?.located ?? null });
  const file = usePdfFile(inReader, lang, notify);
  const following = useFollow(transcript, data, lang, notify);

  const extraPanels = analysisPanels({ analyses, transcript, data, lang, current, jumpTo, following, saveRange: readingOn ? saving.saveRange : null });
  if (readingOn) {
    extraPanels.push({
      id: 'readingList',
      label: t(lang, 'tabReadingList'),
      render: () => (
        <ReadingListPanel lang={lang} canSaveTurn={current !== null} onSaveTurn={(e) => void saving.saveTurn(e)}>
          {inReader ? (
            <PagePassageList passages={saving.pagePassages} lang={lang} onShow={(id, e) => e.isTrusted && saving.showPassage(id)} />
          ) : (
            <PassagesFrame revision={saving.saved} lang={lang} />
          )}
        </ReadingListPanel>
      ),
    });
  }
  if (file.links.length > 0) {
    extraPanels.push({
      id: 'file',
      label: t(lang, 'tabFile'),
      render: () => <FilePanel links={file.links} lang={lang} busy={file.opening} onOpen={(url, e) => e.isTrusted && void file.open(url)} />,
    });
  }

  const { selectionAt } = saving;
  return (
    <>
      {/* The panels' styles arrive with the analyses (entrypoints/background/analyses.ts): in the shadow root, like the rest. */}
      {arrived?.css && <style>{arrived.css}</style>}
      {selectionAt && (
        <button
          type="button"
          class="save-selection"
          style={{ top: `${selectionAt.top}px`, left: `${selectionAt.left}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => void saving.saveSelection(e)}
        >
          {t(lang, 'saveSelection')}
        </button>
      )}
      {toast && (
        <div class="toast" role="status">
          {toast}
        </div>
      )}
      {hoveredTerm && (
        <TermTooltip
          id="kl-term-tooltip"
          term={hoveredTerm.term}
          anchor={hoveredTerm.rect}
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
