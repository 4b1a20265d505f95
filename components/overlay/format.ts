import { t, type Lang } from '../../lib/i18n/overlay';
import type { OverlayData } from '../../lib/overlay-data';
import { formatDay, parseDay } from '../../lib/i18n/dates';

/** "dinsdag 3 maart 2026" / "Tuesday 3 March 2026"; the ISO date is a calendar day, so UTC keeps it from shifting. */
export function formatDate(iso: string, lang: Lang): string {
  const day = parseDay(iso);
  return day ? formatDay(day, lang, { weekday: true }) : iso;
}

/** Whole percent; a speaker who said a little is "<1" rather than a misleading 0. */
export function formatPct(share: number): string {
  if (share > 0 && share < 0.005) return '<1';
  return String(Math.round(share * 100));
}

/** "Beurt 12 van 126: Kröger (GroenLinks-PvdA)", or null when there is no such turn. */
export function describeTurn(data: OverlayData, index: number | null, lang: Lang): string | null {
  if (index === null) return null;
  const pos = data.turns.findIndex((x) => x.index === index);
  const turn = data.turns[pos];
  if (!turn) return null;
  const speaker = data.speakers.find((s) => s.id === turn.speakerId);
  const name = speaker?.display ?? turn.speakerId;
  return t(lang, 'currentTurn', {
    n: pos + 1,
    total: data.turns.length,
    speaker: turn.asChair ? t(lang, 'asChair', { name }) : name,
  });
}
