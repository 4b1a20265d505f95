import { OVERLAY_CSS, READING_CSS, READING_LIST_CSS } from '../overlay/styles';
import { PANELS_CSS } from '../terms/panels.css';

/** Every stylesheet of the overlay application, in order: the site's overlay and the reader page's mount the same. */
export const OVERLAY_APP_CSS = OVERLAY_CSS + PANELS_CSS + READING_LIST_CSS + READING_CSS;
