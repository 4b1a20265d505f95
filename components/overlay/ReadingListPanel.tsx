import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../lib/i18n/overlay';

export interface ReadingListPanelProps {
  lang: Lang;
  canSaveTurn: boolean;
  /** Gets the click: the caller acts only on a person's own (trusted) click. */
  onSaveTurn: (e: Event) => void;
  /**
   * The page's saved passages. On a site this is a frame of the extension's own page
   * (page-passages), never the list itself: the overlay's shadow root is open to the page's scripts.
   */
  children: ComponentChildren;
}

/** Saving the current turn, and the passages saved from this page; the popup manages the whole list. */
export function ReadingListPanel({ lang, canSaveTurn, onSaveTurn, children }: ReadingListPanelProps) {
  return (
    <div class="reading-list">
      <button type="button" class="wide" onClick={onSaveTurn} disabled={!canSaveTurn} aria-describedby={canSaveTurn ? undefined : 'kl-save-turn-hint'}>
        {t(lang, 'saveTurn')}
      </button>
      {!canSaveTurn && (
        <p id="kl-save-turn-hint" class="hint">
          {t(lang, 'chooseTurnFirst')}
        </p>
      )}
      {children}
    </div>
  );
}
