import TOKENS_CSS from '../design-tokens.css?raw';

/**
 * The overlay's CSS, injected by the content script into the overlay's shadow
 * root. `:host { all: initial }` cuts off everything the page's CSS would pass
 * down by inheritance; the shadow boundary stops its selectors. Nothing here
 * reaches the page: in-page marks (`kl-` classes) are styled by the content
 * script's own page style.
 */
export const OVERLAY_CSS = TOKENS_CSS + /* css */ `
:host {
  all: initial;
}
.root {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  color-scheme: light;
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .root { color-scheme: dark; }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

button, input, select {
  font: inherit;
  color: inherit;
  margin: 0;
}
button {
  cursor: pointer;
  min-height: 2.25rem;
  padding: 0.35rem 0.7rem;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--bg-soft);
  text-align: inherit;
}
button:hover:not(:disabled) { border-color: var(--accent); }
button:disabled { cursor: default; opacity: 0.55; }
:focus { outline: none; }
:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
h2, h3, p, ul, ol, dl, dd { margin: 0; padding: 0; }
ul, ol { list-style: none; }

.sr-only {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0; border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

/* Collapsed: a small tab on the right edge, out of the text's way. */
.tab {
  position: fixed;
  right: 0;
  bottom: 1rem;
  border-radius: 8px 0 0 8px;
  border-right: 0;
  background: var(--accent);
  color: var(--accent-fg);
  font-weight: 600;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}

.panel {
  position: fixed;
  top: 0;
  right: 0;
  bottom: 0;
  width: 360px;
  max-width: 100vw;
  display: flex;
  flex-direction: column;
  background: var(--bg);
  border-left: 1px solid var(--border);
  box-shadow: -2px 0 12px rgb(0 0 0 / 0.18);
}
/* Narrow screens (down to 320 px): a bottom sheet, so the page stays visible above it. */
@media (max-width: 520px) {
  .panel {
    top: auto;
    left: 0;
    width: auto;
    max-height: 45vh;
    border-left: 0;
    border-top: 1px solid var(--border);
    border-radius: 10px 10px 0 0;
  }
  /* Long committee titles would eat the sheet: two lines are enough to know which debate this is. */
  .head-doc {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
}

.head, .tablist { flex-shrink: 0; }
.head {
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 0.25rem 0.5rem;
  padding: 0.6rem 0.75rem;
  border-bottom: 1px solid var(--border);
}
.head-title { font-size: 1rem; font-weight: 700; }
.head-doc { color: var(--muted); overflow-wrap: anywhere; }
.head-actions { display: flex; gap: 0.35rem; align-items: start; }
.icon-button { min-width: 2.25rem; text-align: center; }

.warning {
  grid-column: 1 / -1;
  padding: 0.35rem 0.55rem;
  border: 1px solid var(--warn-border);
  border-left-width: 4px;
  border-radius: 4px;
  background: var(--warn-bg);
  color: var(--warn-fg);
  font-weight: 600;
}

/* Every tab in view at any width: the bar wraps to a second row rather than scrolling sideways. */
.tablist {
  display: flex;
  flex-wrap: wrap;
  border-bottom: 1px solid var(--border);
  padding: 0 0.5rem;
  column-gap: 0.25rem;
}
.tablist [role="tab"] {
  border: 0;
  border-bottom: 3px solid transparent;
  border-radius: 0;
  background: none;
  white-space: nowrap;
}
.tablist [role="tab"][aria-selected="true"] {
  border-bottom-color: var(--accent);
  font-weight: 700;
}
.tabpanel {
  flex: 1;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 0.75rem;
}

.speaker-list { display: grid; gap: 0.3rem; }
.speaker {
  width: 100%;
  display: grid;
  gap: 0.15rem;
}
.speaker[aria-pressed="true"] {
  background: var(--selected);
  border-color: var(--accent);
  border-width: 2px;
}
.speaker-name { font-weight: 600; overflow-wrap: anywhere; }
.speaker-meta { color: var(--muted); font-size: 0.9em; }
/* Marks the speaker of the current turn; the empty alt text keeps screen readers from reading the dot. */
.speaker-current::after { content: " ●" / ""; color: var(--accent); }
.bar {
  display: block;
  height: 4px;
  border-radius: 2px;
  background: var(--border);
  overflow: hidden;
}
.bar-fill { display: block; height: 100%; background: var(--bar); }

.controls {
  display: grid;
  gap: 0.5rem;
  margin-bottom: 0.75rem;
  padding-bottom: 0.75rem;
  border-bottom: 1px solid var(--border);
}
.current { color: var(--muted); }
.row { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.row > button { flex: 1 1 8rem; }
.check {
  display: flex;
  gap: 0.5rem;
  align-items: center;
  min-height: 2.25rem;
}
.check input { width: 1.1rem; height: 1.1rem; accent-color: var(--accent); }

.facts {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0.2rem 0.75rem;
  margin: 0.6rem 0 1rem;
}
.facts dt { color: var(--muted); }
.facts dd { overflow-wrap: anywhere; }
.section-title { font-size: 0.95rem; font-weight: 700; margin-bottom: 0.4rem; }
.outline-list { display: grid; gap: 0.25rem; }
.outline-item { width: 100%; }
.outline-item[aria-current] { border-color: var(--accent); background: var(--selected); }
.kind-phase { font-weight: 600; }
.kind-suspension, .kind-chair-change { color: var(--muted); }

.help {
  position: fixed;
  right: 0.5rem;
  bottom: 0.5rem;
  width: 340px;
  max-width: calc(100vw - 1rem);
  max-height: calc(100vh - 1rem);
  overflow-y: auto;
  padding: 0.9rem;
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.3);
}
.help-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; margin-bottom: 0.5rem; }
.help-keys { display: grid; grid-template-columns: auto 1fr; gap: 0.35rem 0.75rem; margin-bottom: 0.6rem; }
.help-note { color: var(--muted); font-size: 0.9em; }
kbd {
  display: inline-block;
  min-width: 1.6rem;
  padding: 0.05rem 0.4rem;
  border: 1px solid var(--border);
  border-bottom-width: 2px;
  border-radius: 4px;
  background: var(--bg-soft);
  font: 600 0.95em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  text-align: center;
}

@media (prefers-reduced-motion: no-preference) {
  .panel, .help { animation: kl-ov-in 140ms ease-out; }
  .bar-fill { transition: width 200ms ease-out; }
}
@keyframes kl-ov-in {
  from { opacity: 0; transform: translateY(6px); }
  to { opacity: 1; transform: none; }
}

/* Windows high contrast: system colours, and the bars stay visible. */
@media (forced-colors: active) {
  .bar-fill { background: CanvasText; }
  .speaker[aria-pressed="true"], .outline-item[aria-current] { outline: 2px solid Highlight; }
  :focus-visible { outline-color: Highlight; }
}
`;

/** The page's reading-list panel and the floating "save selection" button. */
export const READING_LIST_CSS = /* css */ `
.reading-list { display: grid; gap: 0.6rem; }
.reading-list .wide { width: 100%; }
.reading-list .passages-frame { width: 100%; height: 22rem; border: 0; color-scheme: normal; }
.reading-list .hint { color: var(--muted); margin: 0; }
.reading-list ul.plain { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.reading-list .card { border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 0.6rem; background: var(--bg); }
.reading-list blockquote { margin: 0 0 0.3rem; font-style: italic; }
.reading-list .meta, .reading-list .note { margin: 0 0 0.3rem; color: var(--muted); font-size: 0.9em; }
.save-selection {
  position: fixed; z-index: 2; padding: 0.3rem 0.6rem; border-radius: 6px; border: 1px solid var(--accent);
  background: var(--accent); color: var(--accent-fg); font: 600 13px/1.3 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.save-selection:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.toast {
  position: fixed; bottom: 1rem; left: 50%; transform: translateX(-50%); z-index: 3; max-width: min(90vw, 420px);
  padding: 0.5rem 0.8rem; border-radius: 6px; background: var(--fg); color: var(--bg); font: 14px/1.4 system-ui, sans-serif;
}
`;

/** The small notice shown while a long page is still being read. */
export const READING_CSS = /* css */ `
.kl-reading {
  position: fixed; top: 0.75rem; right: 0.75rem; padding: 0.4rem 0.7rem; border-radius: 6px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); font-size: 13px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15);
}
`;
