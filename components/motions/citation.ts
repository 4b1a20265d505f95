import type { Lang } from '../../lib/i18n/overlay';
import { t, verdictWords } from '../../lib/i18n/motions';
import type { MotionView } from '../../lib/motions/model';
import { formatDate } from '../overlay/format';
import { normalizeText as squash } from '../../lib/transcript/normalize';

/** What a motion's citation says besides the motion; missing parts are left out. */
export interface MotionCitationContext {
  /** Submitters as displayed, in order ("Graus (PVV)"). */
  submitterNames: readonly string[];
  debateTitle?: string | null;
  /** ISO day, written out in `lang`. */
  date?: string | null;
  /** Link to the motion's turn. */
  link?: string | null;
  lang?: Lang;
}


/**
 * A plain-text citation of a motion: "Motie nr. 199 (Kamerstuk 31311) van
 * Wörsdörfer (VVD), Bruins: «verzoekt de regering …» — oordeel: oordeel
 * Kamer — debate, date, link". Pure.
 */
export function motionCitation(m: MotionView, ctx: MotionCitationContext): string {
  const lang = ctx.lang ?? 'nl';
  let head = m.number ? t(lang, 'motionTitle', { number: m.number }) : (m.title ?? t(lang, 'motionUntitled'));
  if (m.kamerstuk) head += ` (${t(lang, 'motionDossier', { kamerstuk: m.kamerstuk })})`;
  const who = ctx.submitterNames.map(squash).filter(Boolean);
  if (who.length > 0) head += ` ${t(lang, 'citeBy', { who: who.join(', ') })}`;
  const date = ctx.date && /^\d{4}-\d{2}-\d{2}$/.test(ctx.date) ? formatDate(ctx.date, lang) : ctx.date;
  const parts = [ctx.debateTitle, date, ctx.link].map((p) => squash(p ?? '')).filter(Boolean);
  const judged = m.judgement ? ` (${t(lang, 'citeJudgement', { verdict: verdictWords(lang, m.judgement.verdict) })})` : '';
  const quote = `${head}: «${squash(m.request)}»${judged}`;
  return parts.length > 0 ? `${quote} — ${parts.join(', ')}` : quote;
}
