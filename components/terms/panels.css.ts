/**
 * CSS of the feature panels (Begrippen, Toezeggingen, Vragen) and the term
 * tooltip, appended after `OVERLAY_CSS` in the same shadow root. It reuses
 * the overlay's variables, buttons, `.section-title`, `.check`, `.sr-only`
 * and focus ring; only what those lack is here.
 */
export const PANELS_CSS = /* css */ `
.panel-search { display: grid; gap: 0.25rem; margin-bottom: 0.4rem; }
.panel-search label { font-weight: 600; }
.panel-search input, .panel-search select {
  width: 100%;
  min-height: 2.25rem;
  padding: 0.35rem 0.55rem;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--bg);
}
.panel-count, .panel-empty, .item-meta { color: var(--muted); }
.panel-count { font-size: 0.9em; margin-bottom: 0.5rem; }

.item-list { display: grid; gap: 0.5rem; }
.item {
  display: grid;
  gap: 0.3rem;
  padding: 0.55rem 0.6rem;
  border: 1px solid var(--border);
  border-radius: 8px;
}
/* The one readers most want to catch: a promise the closing list left out. */
.item-flagged { border-color: var(--warn-border); border-left-width: 4px; }
.item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
.item-title { font-size: 1rem; font-weight: 700; overflow-wrap: anywhere; }
.item-meta { font-size: 0.9em; overflow-wrap: anywhere; }
.commitment-request { color: var(--muted); font-size: 0.9em; margin: 0 0 0.2rem; border-inline-start: 2px solid var(--muted); padding-inline-start: 0.5rem; overflow-wrap: anywhere; }
.item-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; }
/* Compact, so two jumps fit side by side in the 360 px panel; min-height keeps the touch target. */
.item-actions > button { flex: 0 1 auto; padding: 0.25rem 0.55rem; font-size: 0.92em; }
.item-facts { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.6rem; font-size: 0.9em; }
.item-facts dt { color: var(--muted); }
.item-facts dd { overflow-wrap: anywhere; }

.term-count { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.term-expansion { font-style: italic; overflow-wrap: anywhere; }
/* Short in the list; the tooltip on the page and the jump give the rest. */
.term-explanation {
  display: -webkit-box;
  -webkit-line-clamp: 3;
  -webkit-box-orient: vertical;
  overflow: hidden;
}

.badge {
  display: inline-block;
  width: fit-content;
  padding: 0.05rem 0.45rem;
  border: 1px solid var(--border);
  border-radius: 999px;
  font-size: 0.85em;
  font-weight: 600;
}
.badge-info { background: var(--selected); border-color: var(--accent); }
.badge-warn, .status-open { background: var(--warn-bg); color: var(--warn-fg); border-color: var(--warn-border); }
.status-answered { background: var(--ok-bg); color: var(--ok-fg); border-color: var(--ok-border); }
.status-possibly-answered { background: var(--bg-soft); border-style: dashed; border-color: var(--muted); }

.commitments > section + section, .question-group + .question-group, .motion-group + .motion-group { margin-top: 1rem; }
/* What the motion asks is what a reader looks for first. */
.motion-request { font-weight: 600; overflow-wrap: anywhere; }
.motions .question-full li { margin: 0.25rem 0 0 1rem; list-style: disc; overflow-wrap: anywhere; }
.commitment-text, .question-text { overflow-wrap: anywhere; }
.questions > .check { margin-bottom: 0.5rem; }
.question-group > .item-meta { margin-bottom: 0.4rem; }
.question-full summary { cursor: pointer; color: var(--accent); width: fit-content; }
.question-full p { margin-top: 0.25rem; }

/* The debate map: the strip beside what it shows; the strip's own drawing reads the --map-* tokens. */
.map-body { display: grid; grid-template-columns: 44px 1fr; gap: 0.5rem; align-items: start; }
.map-strip { width: 44px; height: min(60vh, 520px); border: 1px solid var(--border); border-radius: 4px; cursor: pointer; }
.map-now { margin: 0; font-size: 0.9em; overflow-wrap: anywhere; }
.map-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin-top: 0.5rem; font-size: 0.9em; }
.map-legend li { display: flex; align-items: center; gap: 0.3rem; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 2px; border: 1px solid var(--border); }
.slot-1 { background: var(--map-1); } .slot-2 { background: var(--map-2); } .slot-3 { background: var(--map-3); } .slot-4 { background: var(--map-4); }
.slot-5 { background: var(--map-5); } .slot-6 { background: var(--map-6); } .slot-7 { background: var(--map-7); } .slot-8 { background: var(--map-8); }
.swatch.chair { background: var(--map-chair); } .swatch.government { background: var(--map-gov); }
.swatch.hatched { background-image: repeating-linear-gradient(45deg, transparent 0 3px, var(--bg) 3px 4px); }
.swatch[class*=mark-] { border: 0; height: 3px; background: var(--fg); }
.swatch.dot { height: 0.5rem; width: 0.5rem; border-radius: 50%; }
.dot.mark-commitment { background: var(--ok); } .dot.mark-open-question { background: var(--danger); } .dot.mark-motion { background: var(--accent); }

/* Outside .root (it follows the mark on the page), so it carries its own font; its colours come from :host. */
.term-tooltip {
  z-index: 1;
  display: grid;
  gap: 0.25rem;
  overflow: hidden;
  padding: 0.5rem 0.65rem;
  border: 1px solid var(--border);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left;
  overflow-wrap: anywhere;
}
.term-tooltip p { margin: 0; }
.term-tooltip-note { color: var(--accent); font-weight: 600; font-size: 0.9em; }

@media (forced-colors: active) {
  .badge, .term-tooltip { border-color: CanvasText; }
  .item-flagged { border-color: Highlight; }
}
`;
