import { t, type Lang } from '../../lib/i18n/overlay';
import { outlineLabel, type OverlayData } from '../../lib/overlay-data';
import { formatDate } from './format';

export interface OutlinePanelProps {
  data: OverlayData;
  lang: Lang;
  currentTurn: number | null;
  onJump: (turnIndex: number) => void;
  /** Off inside the overlay, whose header already shows the warning on every tab. */
  showWarning?: boolean;
}

/** The warning for a record that may still change; null when it is final. */
export function StatusWarning({ data, lang }: { data: OverlayData; lang: Lang }) {
  if (!data.statusWarning || !data.header.status) return null;
  return (
    <p class="warning" role="note">
      <span aria-hidden="true">⚠ </span>
      {t(lang, 'statusWarning', { status: data.header.status })}
    </p>
  );
}

/**
 * The document header and the course of the debate (chair changes,
 * suspensions, terms, the closing list of commitments), each a jump.
 */
export function OutlinePanel({ data, lang, currentTurn, onJump, showWarning = true }: OutlinePanelProps) {
  const h = data.header;
  const unknown = t(lang, 'unknown');
  // The item the reader is in: the last one at or before the current turn.
  const here = currentTurn === null ? -1 : data.outline.reduce((found, o, i) => (o.turnIndex <= currentTurn ? i : found), -1);

  return (
    <div class="outline">
      {showWarning && <StatusWarning data={data} lang={lang} />}
      <dl class="facts">
        <dt>{t(lang, 'factDate')}</dt>
        <dd>{h.date ? formatDate(h.date, lang) : unknown}</dd>
        <dt>{t(lang, 'factStatus')}</dt>
        <dd>{h.status ?? unknown}</dd>
        <dt>{t(lang, 'factOpened')}</dt>
        <dd>{h.opened ?? unknown}</dd>
        <dt>{t(lang, 'factClosed')}</dt>
        <dd>{h.closed ?? (h.complete ? unknown : t(lang, 'inProgress'))}</dd>
        {h.chairs.length > 0 && (
          <>
            <dt>{t(lang, 'factChair')}</dt>
            <dd>{h.chairs.join(', ')}</dd>
          </>
        )}
        {h.committees.length > 0 && (
          <>
            <dt>{t(lang, 'factCommittees')}</dt>
            <dd>{h.committees.join(', ')}</dd>
          </>
        )}
      </dl>
      <h3 class="section-title" id="kl-ov-outline-title">
        {t(lang, 'outlineHeading')}
      </h3>
      {data.outline.length === 0 ? (
        <p>{t(lang, 'outlineEmpty')}</p>
      ) : (
        <ol class="outline-list" aria-labelledby="kl-ov-outline-title">
          {data.outline.map((item, i) => (
            <li key={`${item.kind}-${item.turnIndex}-${i}`}>
              <button
                type="button"
                class={`outline-item kind-${item.kind}`}
                aria-current={i === here ? 'location' : undefined}
                onClick={() => onJump(item.turnIndex)}
              >
                {outlineLabel(item, lang)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
