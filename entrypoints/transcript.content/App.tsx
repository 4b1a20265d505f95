import { useEffect, useMemo, useState } from 'preact/hooks';
import { Overlay } from '@/components/overlay/Overlay';
import { buildOverlayData, nextTurn, prevTurn, turnFromHash, turnLink } from '@/lib/overlay-data';
import { matchShortcut, type Settings } from '@/lib/settings';
import { t } from '@/lib/i18n/overlay';
import type { PageTurns } from '@/lib/page/turns';
import type { Layout } from '@/lib/transcript/build';
import type { Transcript } from '@/lib/transcript/model';
import { isEditable } from './editable';
import { saveCollapsed, watchSettings } from './settings-store';

export interface AppProps {
  transcript: Transcript;
  layout: Layout<Element>;
  turns: PageTurns;
  initialSettings: Settings;
}

/** The overlay's state and its effects on the page; the views below only render. */
export function App({ transcript, turns, initialSettings }: AppProps) {
  const data = useMemo(() => buildOverlayData(transcript), [transcript]);
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

  return (
    <Overlay
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
  );
}
