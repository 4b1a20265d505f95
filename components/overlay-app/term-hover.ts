import { useEffect, useState } from 'preact/hooks';

export interface HoveredTerm {
  index: number;
  rect: { top: number; left: number; bottom: number; right: number };
}

const SELECTOR = 'span.kl-term[data-kl-term]';

function fromTarget(target: EventTarget | null): HoveredTerm | null {
  const el = (target as Element | null)?.closest?.(SELECTOR);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { index: Number(el.getAttribute('data-kl-term')), rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } };
}

/**
 * Which term mark the pointer is over or the keyboard focus is on. One set of
 * listeners on the document (delegation), not one per mark: a long page has
 * thousands.
 */
export function useHoveredTerm(enabled: boolean): [HoveredTerm | null, () => void] {
  const [hovered, setHovered] = useState<HoveredTerm | null>(null);
  useEffect(() => {
    if (!enabled) {
      setHovered(null);
      return;
    }
    const show = (e: Event) => {
      const h = fromTarget(e.target);
      if (h) setHovered(h);
    };
    const hide = (e: Event) => {
      const related = (e as FocusEvent | MouseEvent).relatedTarget as Element | null;
      // Onto the tooltip (inside our overlay's host): it stays, so it can be read and hovered (WCAG 1.4.13).
      if (related?.closest?.('kamerlezer-overlay')) return;
      const leaving = fromTarget(e.target);
      const entering = fromTarget(related);
      if (leaving) {
        if (!entering || entering.index !== leaving.index) setHovered(null);
      } else if ((e.target as Element | null)?.tagName === 'KAMERLEZER-OVERLAY' && !entering) setHovered(null);
    };
    const esc = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setHovered(null);
    };
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    document.addEventListener('mouseout', hide);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusin', show);
      document.removeEventListener('mouseout', hide);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', esc);
    };
  }, [enabled]);
  return [hovered, () => setHovered(null)];
}
