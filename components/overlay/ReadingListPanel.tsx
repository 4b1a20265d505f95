import { t, type Lang } from '../../lib/i18n/overlay';

/** A saved passage as the page panel shows it. */
export interface PagePassage {
  id: string;
  exact: string;
  note: string;
  speakers: string;
  /** Where it is in this version of the text, or null when it can no longer be found. */
  turnIndex: number | null;
  start: number | null;
}

export interface ReadingListPanelProps {
  passages: PagePassage[];
  lang: Lang;
  canSaveTurn: boolean;
  /** Gets the click: the caller acts only on a person's own (trusted) click. */
  onSaveTurn: (e: Event) => void;
  onJump: (turnIndex: number, start: number) => void;
}

/** The passages saved from this page, and saving the current turn; the popup manages the whole list. */
export function ReadingListPanel({ passages, lang, canSaveTurn, onSaveTurn, onJump }: ReadingListPanelProps) {
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
      {passages.length === 0 ? (
        <p class="hint">{t(lang, 'noPassages')}</p>
      ) : (
        <>
          <h3 class="section-title">{t(lang, 'passagesOnPage', { count: passages.length })}</h3>
          <ul class="plain">
            {passages.map((p) => (
              <li key={p.id} class="card">
                <blockquote>{p.exact.length > 240 ? `${p.exact.slice(0, 240)}…` : p.exact}</blockquote>
                <p class="meta">{p.speakers}</p>
                {p.note && <p class="note">{p.note}</p>}
                {p.turnIndex !== null && p.start !== null ? (
                  <button type="button" onClick={() => onJump(p.turnIndex!, p.start!)}>
                    {t(lang, 'goToPassage')}
                  </button>
                ) : (
                  <p class="hint">{t(lang, 'passageMoved')}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
