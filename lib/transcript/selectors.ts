/**
 * Every page selector, in one place. Class names on the sites are unverified
 * (../shared/PAGES.md), so each role has alternatives, tried in order; the
 * text patterns in patterns.ts do the real recognition.
 *
 * Expected matches on our fixtures (tests/transcript/selectors.test.ts checks them):
 *   tk-plenary / tk-committee-*: CONTENT_ROOT → `div.content` (1)
 *   okb-handelingen:              CONTENT_ROOT → `#broodtekst` (1), SPREEKBEURT → ≥ 1
 *   seed demo pages:              CONTENT_ROOT → `div.content` (1); the Handelingen form `#broodtekst` (1)
 */

/** Where the transcript body lives. */
export const CONTENT_ROOT = [
  '#broodtekst', // zoek.officielebekendmakingen.nl Handelingen and Kamerstuk pages
  'div.content', // tweedekamer.nl plenary and committee report pages
  '#content',
  'article',
  'main',
] as const;

/** Page title. */
export const TITLE = ['h1#main-title', '#broodtekst h1', 'h1'] as const;

/** A turn wrapper on Handelingen pages; only a signal, turns are read from text. */
export const SPREEKBEURT = 'div.spreekbeurt';

/** Elements read as one block each. */
export const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TD', 'TH']);

/** Never read: scripts, styles, our own overlay. */
/** The extension's own element in the page (lib/page/overlay-host.ts): never page content. */
export const OVERLAY_TAG = 'kamerlezer-overlay';

export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', OVERLAY_TAG.toUpperCase(), 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** First element matching one of the alternatives. */
export function queryFirst(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const sel of alternatives) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}
