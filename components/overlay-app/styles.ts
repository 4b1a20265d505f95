import { OVERLAY_CSS, READING_CSS, READING_LIST_CSS } from '../overlay/styles';

/**
 * The overlay application's stylesheets at mount, in order: the site's overlay and the reader page's
 * mount the same. The feature panels' (components/terms/panels.css.ts) come later, with the analyses
 * that fill those panels, so the content script does not carry them.
 */
export const OVERLAY_APP_CSS = OVERLAY_CSS + READING_LIST_CSS + READING_CSS;
