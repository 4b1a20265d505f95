import { OVERLAY_TAG } from '../transcript/selectors';

/** The overlay's element in the page (skipped by the parser, and never taken for page content: selectors.ts). */
export { OVERLAY_TAG };

export interface OverlayHost {
  host: HTMLElement;
  /** Where the overlay renders, inside the shadow root, after its stylesheet. */
  container: HTMLElement;
  remove(): void;
}

/**
 * The overlay's place in a page: a custom element at the end of the body with
 * an open shadow root that holds its styles, so the page's CSS and the
 * overlay's never meet. Made at once (nothing to fetch), so the overlay can
 * be rendered in the same task that finished reading the page. The host is a
 * zero-size stacking context above the page; the overlay's panels are fixed.
 */
export function createOverlayHost(doc: Document, css: string, zIndex = 2147483000): OverlayHost {
  const host = doc.createElement(OVERLAY_TAG);
  host.style.cssText = `position: relative; z-index: ${zIndex}; display: block; width: 0; height: 0; overflow: visible;`;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
