import type { Lang } from '../../lib/i18n/overlay';
import { t } from '../../lib/i18n/panels';
import type { DocumentTerm } from '../../lib/terms/find-terms';

/** Inline style of the tooltip: fixed, left-aligned with the mark, `top` (below) or `bottom` (above). */
// A type alias, not an interface: it must fit Preact's index-signed style type.
export type TooltipStyle = {
  position: 'fixed';
  left: string;
  maxWidth: string;
  maxHeight: string;
  top?: string;
  bottom?: string;
};

/** A viewport rectangle (as from getBoundingClientRect). */
export interface AnchorRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TermTooltipProps {
  term: DocumentTerm;
  /** Viewport rect of the hovered or focused mark. */
  anchor: AnchorRect;
  /** The viewport's size, passed in so the view reads no browser state. */
  viewport: { width: number; height: number };
  lang: Lang;
  /** The element id, for the mark's aria-describedby. */
  id: string;
  /** Not used by the tooltip itself (it is not focusable); accepted so callers can pass the same handlers as to the panel. */
  onJumpToDefinition?: (turnIndex: number, start: number) => void;
}

const GAP = 6;
const MARGIN = 8;
const MAX_WIDTH = 320;
/** Room below the mark that is surely enough for a typical tooltip; less, and it goes where there is more room. */
const ROOM_NEEDED = 180;

/**
 * Where the tooltip goes: below the anchor, or above it when there is not
 * enough room below and more above. Above is expressed with `bottom`, so the
 * box grows upwards from the mark without being measured first; both ways a
 * max-height keeps it on screen. Pure, so it renders in one frame.
 */
export function tooltipPosition(anchor: AnchorRect, viewport: { width: number; height: number }): TooltipStyle {
  const width = Math.max(0, Math.min(MAX_WIDTH, viewport.width - 2 * MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const px = (n: number) => `${Math.round(Math.max(0, n))}px`;
  const base = { position: 'fixed' as const, left: px(left), maxWidth: px(width) };
  return below >= ROOM_NEEDED || below >= above
    ? { ...base, top: px(anchor.bottom + GAP), maxHeight: px(below) }
    : { ...base, bottom: px(viewport.height - anchor.top + GAP), maxHeight: px(above) };
}

/**
 * The meaning of a term mark, shown on hover or focus: term, expansion,
 * explanation (English when asked and known) and whether the debate itself
 * explained it. Not focusable; the jump to the definition lives in the panel.
 */
export function TermTooltip({ term, anchor, viewport, lang, id }: TermTooltipProps) {
  const { meaning } = term;
  const explanation = lang === 'en' && meaning.explanationEn ? meaning.explanationEn : meaning.explanation;
  return (
    <div role="tooltip" id={id} class="term-tooltip" lang={lang} style={tooltipPosition(anchor, viewport)}>
      <p>
        <strong>{term.term}</strong>
        {meaning.expansion !== term.term && <span class="term-tooltip-expansion">: {meaning.expansion}</span>}
      </p>
      <p>{explanation}</p>
      {meaning.source === 'transcript' && <p class="term-tooltip-note">{t(lang, 'tooltipExplainedHere')}</p>}
    </div>
  );
}
