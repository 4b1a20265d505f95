import { t, type Lang } from '../../lib/i18n/overlay';
import type { OverlayData } from '../../lib/overlay-data';
import { describeTurn, formatPct } from './format';

export interface SpeakerPanelProps {
  data: OverlayData;
  lang: Lang;
  currentTurn: number | null;
  selectedSpeaker: string | null;
  foldedTo: string | null;
  onSelectSpeaker: (id: string) => void;
  onNext: (speakerId: string | null) => void;
  onPrev: (speakerId: string | null) => void;
  onFoldOthers: (speakerId: string | null) => void;
  onCopyLink: (turnIndex: number) => void;
  /** Per speaker, once the questions analysis has arrived: interruptions and questions. */
  stats?: ReadonlyMap<string, SpeakerActivity>;
}

/** What the speaker list adds per person from the questions analysis. */
export interface SpeakerActivity {
  interruptionsMade: number;
  interruptionsReceived: number;
  questionsAsked: number;
  questionsAnswered: number;
}

/**
 * Speaker navigation: every speaker with party or office, turns and share of
 * words, plus turn-by-turn buttons. A pure view: the content script moves
 * through the page when the callbacks fire.
 */
export function SpeakerPanel(props: SpeakerPanelProps) {
  const { data, lang, currentTurn, selectedSpeaker, foldedTo } = props;
  const chosen = data.speakers.find((s) => s.id === selectedSpeaker) ?? null;
  const currentSpeaker = currentTurn === null ? null : (data.turns.find((x) => x.index === currentTurn)?.speakerId ?? null);
  const where = describeTurn(data, currentTurn, lang);

  return (
    <nav aria-label={t(lang, 'tabSpeakers')} class="speakers">
      <div class="controls">
        <p class="current">{where ?? t(lang, 'noCurrentTurn')}</p>
        <div class="row" role="group" aria-label={t(lang, 'anySpeaker')}>
          <button type="button" onClick={() => props.onPrev(null)}>
            {t(lang, 'prevAny')}
          </button>
          <button type="button" onClick={() => props.onNext(null)}>
            {t(lang, 'nextAny')}
          </button>
        </div>
        {/* Always rendered, disabled until a speaker is chosen, so the list below does not jump under the pointer. */}
        <p class="current">{chosen ? t(lang, 'chosenSpeaker', { name: chosen.display }) : t(lang, 'chooseSpeaker')}</p>
        <div class="row" role="group" aria-label={chosen?.display ?? t(lang, 'noSpeaker')}>
          <button type="button" disabled={!chosen} onClick={() => chosen && props.onPrev(chosen.id)}>
            {chosen ? t(lang, 'prevSame', { name: chosen.name }) : t(lang, 'prevChosen')}
          </button>
          <button type="button" disabled={!chosen} onClick={() => chosen && props.onNext(chosen.id)}>
            {chosen ? t(lang, 'nextSame', { name: chosen.name }) : t(lang, 'nextChosen')}
          </button>
        </div>
        <label class="check">
          <input
            type="checkbox"
            disabled={!chosen}
            checked={chosen !== null && foldedTo === chosen.id}
            onChange={(e) => chosen && props.onFoldOthers(e.currentTarget.checked ? chosen.id : null)}
          />
          {t(lang, 'foldOthers')}
        </label>
        <button type="button" disabled={currentTurn === null} onClick={() => currentTurn !== null && props.onCopyLink(currentTurn)}>
          {t(lang, 'copyLink')}
        </button>
      </div>

      <ul class="speaker-list">
        {data.speakers.map((s) => {
          const pct = formatPct(s.share);
          return (
            <li key={s.id}>
              <button
                type="button"
                class="speaker"
                aria-pressed={s.id === selectedSpeaker}
                onClick={() => props.onSelectSpeaker(s.id)}
              >
                <span class={s.id === currentSpeaker ? 'speaker-name speaker-current' : 'speaker-name'}>{s.display}</span>
                <span class="speaker-meta">
                  {t(lang, 'turnCount', { count: s.turns.length })}
                  {s.chairTurns.length > 0 ? ` (${t(lang, 'chairTurnCount', { count: s.chairTurns.length })})` : ''}
                  {' · '}
                  {t(lang, 'share', { pct })}
                </span>
                {props.stats?.get(s.id) && <Activity a={props.stats.get(s.id)!} lang={lang} />}
                <span class="bar" aria-hidden="true">
                  <span class="bar-fill" style={{ width: `${(s.share * 100).toFixed(1)}%` }} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Activity({ a, lang }: { a: SpeakerActivity; lang: Lang }) {
  const parts: string[] = [];
  if (a.interruptionsMade || a.interruptionsReceived)
    parts.push(t(lang, 'interruptionStats', { made: a.interruptionsMade, received: a.interruptionsReceived }));
  if (a.questionsAsked) parts.push(t(lang, 'questionStats', { asked: a.questionsAsked, answered: a.questionsAnswered }));
  return parts.length ? <span class="speaker-meta">{parts.join(' · ')}</span> : null;
}
