import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TargetedFocusEvent } from 'preact';
import { t, type Lang } from '../../lib/i18n/overlay';
import type { OverlayData } from '../../lib/overlay-data';
import { FEATURES, type Feature, type Settings } from '../../lib/settings';
import { describeTurn, formatDate } from './format';
import { HelpSheet } from './HelpSheet';
import { OutlinePanel, StatusWarning } from './OutlinePanel';
import { SpeakerPanel, type SpeakerActivity } from './SpeakerPanel';
import { Tabs, type OverlayPanel } from './Tabs';

export type { OverlayPanel } from './Tabs';

/** Everything the overlay shows and every way it asks the content script to act; it keeps no state of the page. */
export interface OverlayProps {
  data: OverlayData;
  lang: Lang;
  settings: Settings;
  /** Index of the turn the reader is at, or null before the first move. */
  currentTurn: number | null;
  selectedSpeaker: string | null;
  /** The speaker whose turns alone are shown (others folded), or null. */
  foldedTo: string | null;
  collapsed: boolean;
  helpOpen: boolean;
  /** More tabs after Sprekers and Overzicht (terms, commitments, …). */
  extraPanels?: OverlayPanel[];
  onToggleCollapsed: () => void;
  onSelectSpeaker: (id: string) => void;
  onNext: (speakerId: string | null) => void;
  onPrev: (speakerId: string | null) => void;
  onJump: (turnIndex: number) => void;
  onFoldOthers: (speakerId: string | null) => void;
  onCopyLink: (turnIndex: number) => void;
  onToggleHelp: (open: boolean) => void;
  /** Interruptions and questions per speaker, when known. */
  stats?: ReadonlyMap<string, SpeakerActivity>;
}

function isFeature(id: string): id is Feature {
  return (FEATURES as readonly string[]).includes(id);
}

/**
 * The overlay: a small tab when collapsed, else a side panel (a bottom sheet
 * on narrow screens) with the document header and tabs. A polite live region
 * announces the current turn whichever state it is in.
 */
export function Overlay(props: OverlayProps) {
  const { data, lang, settings, collapsed, helpOpen } = props;
  const root = useRef<HTMLDivElement>(null);
  const tabButton = useRef<HTMLButtonElement>(null);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const helpButton = useRef<HTMLButtonElement>(null);
  const focusInside = useFocusInside();
  const before = useRef({ collapsed, helpOpen });

  // When the control that had focus disappears (tab ↔ panel, help closed), focus goes to its counterpart
  // instead of falling to the page; toggles from a page shortcut leave the page's focus alone.
  useLayoutEffect(() => {
    const was = before.current;
    before.current = { collapsed, helpOpen };
    if (was.collapsed === collapsed && was.helpOpen === helpOpen) return;
    const el = root.current;
    if (!el || !focusInside.inside) return;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && el.contains(active)) return;
    const target = collapsed ? tabButton : was.helpOpen && !helpOpen ? helpButton : collapseButton;
    target.current?.focus();
  }, [collapsed, helpOpen]);

  const panels: OverlayPanel[] = [];
  if (settings.features.speakers) {
    panels.push({ id: 'speakers', label: t(lang, 'tabSpeakers'), render: () => <SpeakerPanel {...props} /> });
  }
  if (settings.features.outline) {
    panels.push({ id: 'outline', label: t(lang, 'tabOutline'), render: () => <OutlinePanel {...props} showWarning={false} /> });
  }
  for (const p of props.extraPanels ?? []) {
    if (!isFeature(p.id) || settings.features[p.id]) panels.push(p);
  }

  const h = data.header;
  return (
    <div ref={root} class="root" lang={lang} onFocusIn={focusInside.onFocusIn} onFocusOut={focusInside.onFocusOut}>
      {collapsed ? (
        <button ref={tabButton} type="button" class="tab" aria-expanded="false" title={t(lang, 'openOverlay')} onClick={props.onToggleCollapsed}>
          {t(lang, 'appName')}
        </button>
      ) : (
        <section class="panel" aria-labelledby="kl-ov-title">
          <header class="head">
            <div>
              <h2 class="head-title" id="kl-ov-title">
                {t(lang, 'appName')}
              </h2>
              <p class="head-doc">
                {h.title}
                {h.date ? ` · ${formatDate(h.date, lang)}` : ''}
              </p>
            </div>
            <div class="head-actions">
              <button
                ref={helpButton}
                type="button"
                class="icon-button"
                aria-label={t(lang, 'showHelp')}
                aria-expanded={helpOpen}
                aria-haspopup="dialog"
                onClick={() => props.onToggleHelp(!helpOpen)}
              >
                ?
              </button>
              <button
                ref={collapseButton}
                type="button"
                class="icon-button"
                aria-label={t(lang, 'collapse')}
                aria-expanded="true"
                onClick={props.onToggleCollapsed}
              >
                <span aria-hidden="true">⟩</span>
              </button>
            </div>
            <StatusWarning data={data} lang={lang} />
          </header>
          <Tabs label={t(lang, 'tablist')} panels={panels} />
        </section>
      )}
      {helpOpen && <HelpSheet lang={lang} shortcuts={settings.shortcuts} onClose={() => props.onToggleHelp(false)} />}
      <div class="sr-only" aria-live="polite" aria-atomic="true">
        {describeTurn(data, props.currentTurn, lang) ?? ''}
      </div>
    </div>
  );
}

interface FocusTracker {
  inside: boolean;
  onFocusIn: () => void;
  onFocusOut: (e: TargetedFocusEvent<HTMLDivElement>) => void;
}

/**
 * Whether focus is in the overlay. A focused element that is removed may fire
 * focusout with no new target, so focus only counts as gone when the element
 * it left is still in the tree and nothing inside has focus (it really moved
 * to the page).
 */
function useFocusInside(): FocusTracker {
  const ref = useRef<FocusTracker | null>(null);
  if (!ref.current) {
    const tracker: FocusTracker = {
      inside: false,
      onFocusIn: () => {
        tracker.inside = true;
      },
      onFocusOut: (e) => {
        const root = e.currentTarget;
        const to = e.relatedTarget as Node | null;
        if (to && root.contains(to)) return;
        const left = e.target as Node;
        setTimeout(() => {
          const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
          if (left.isConnected && !(active && root.contains(active))) tracker.inside = false;
        }, 0);
      },
    };
    ref.current = tracker;
  }
  return ref.current;
}
