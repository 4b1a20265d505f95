import type { Commitment } from '../../lib/commitments/model';
import type { Lang } from '../../lib/i18n/overlay';
import { formatDate } from '../overlay/format';
import { normalizeText as squash } from '../../lib/transcript/normalize';

/** What a citation says besides the commitment itself; missing parts are left out. */
export interface CitationContext {
  /** As displayed: "Van den Brink, minister van Asiel en Migratie". */
  speakerName?: string | null;
  debateTitle?: string | null;
  /** ISO day ("2026-03-03"), written out in `lang`; any other text is used as given. */
  date?: string | null;
  /** Link to the turn (see `turnLink`). */
  link?: string | null;
  /** Language of the written-out date; Dutch by default. */
  lang?: Lang;
  /** For a commitment that answers a request ("Dat zeg ik toe."): who made the request. */
  askerName?: string | null;
}

const IN_REPLY: Record<Lang, string> = { nl: 'in antwoord op', en: 'in reply to' };


/**
 * A plain-text citation of a commitment, ready for the clipboard:
 * «text» (in antwoord op asker: «request») — speaker, debate, date, link. Pure; whitespace in the text is
 * collapsed so a quote taken from several lines pastes as one.
 */
export function commitmentCitation(c: Commitment, ctx: CitationContext = {}): string {
  const date = ctx.date && /^\d{4}-\d{2}-\d{2}$/.test(ctx.date) ? formatDate(ctx.date, ctx.lang ?? 'nl') : ctx.date;
  const parts = [ctx.speakerName, ctx.debateTitle, date, ctx.link].map((p) => squash(p ?? '')).filter((p) => p !== '');
  let quote = `«${squash(c.text)}»`;
  // "Dat zeg ik toe." alone cites nothing: what it answers goes with it.
  if (c.answers) {
    const asker = squash(ctx.askerName ?? '');
    quote += ` (${IN_REPLY[ctx.lang ?? 'nl']} ${asker ? `${asker}: ` : ''}«${squash(c.answers.text)}»)`;
  }
  return parts.length > 0 ? `${quote} — ${parts.join(', ')}` : quote;
}
