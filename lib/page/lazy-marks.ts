import type { Layout } from '../transcript/build';
import type { Transcript } from '../transcript/model';
import { locate } from './locate';
import { unwrap, wrapRange } from './marks';
import { buildTextMap, rangeInElement } from './text-map';

/** A span of the model's text to mark in the page. */
export interface MarkSpec {
  start: number;
  end: number;
  className: string;
  attrs?: Record<string, string>;
}

/**
 * Marks spans of the model's text in the page, paragraph by paragraph, only
 * when a paragraph comes near the viewport: a 200,000-word page gets its
 * visible part marked first and the rest as the reader scrolls, never in one
 * long task.
 */
export class LazyMarker {
  private pending = new Map<Element, { para: string; specs: (MarkSpec & { from: number; to: number })[] }>();
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly transcript: Transcript,
    private readonly layout: Layout<Element>,
    private readonly win: Window & typeof globalThis = window,
  ) {}

  /** Queues marks; each paragraph is marked when it nears the viewport (at once where there is no IntersectionObserver). */
  add(specs: readonly MarkSpec[]): void {
    for (const s of specs) {
      const at = locate(this.transcript, this.layout, s.start, s.end);
      if (!at || at.to <= at.from) continue;
      let entry = this.pending.get(at.element);
      if (!entry) {
        entry = { para: at.paragraph, specs: [] };
        this.pending.set(at.element, entry);
        this.observe(at.element);
      }
      entry.specs.push({ ...s, from: at.from, to: at.to });
    }
    if (!this.win.IntersectionObserver) this.flushAll();
  }

  private observe(el: Element) {
    if (!this.win.IntersectionObserver) return;
    this.observer ??= new this.win.IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.markElement(e.target);
      },
      { rootMargin: '800px 0px' },
    );
    this.observer.observe(el);
  }

  /** Marks every queued paragraph now (tests, and before printing). */
  flushAll(): void {
    for (const el of [...this.pending.keys()]) this.markElement(el);
  }

  private markElement(el: Element) {
    const entry = this.pending.get(el);
    if (!entry) return;
    this.pending.delete(el);
    this.observer?.unobserve(el);
    // One kind at a time, last span first: wrapping splits text nodes after the
    // span, so the offsets of earlier spans stay valid; overlapping kinds (a term
    // inside a commitment) get a fresh text map.
    const byClass = new Map<string, typeof entry.specs>();
    for (const s of entry.specs) byClass.set(s.className, [...(byClass.get(s.className) ?? []), s]);
    for (const [cls, specs] of byClass) {
      const map = buildTextMap(el);
      const ranges = specs
        .sort((a, b) => b.from - a.from)
        .map((s) => ({ s, range: rangeInElement(el, entry.para, s.from, s.to, map) }));
      for (const { s, range } of ranges) if (range) wrapRange(range, cls, s.attrs);
    }
  }

  /** Removes the marks carrying one class (and forgets queued ones). */
  clear(className: string): void {
    for (const [el, entry] of this.pending) {
      entry.specs = entry.specs.filter((s) => !s.className.split(' ').includes(className));
      if (entry.specs.length === 0) {
        this.pending.delete(el);
        this.observer?.unobserve(el);
      }
    }
    const doc = this.layout.turns[0]?.label.ownerDocument;
    if (doc) unwrap(doc, `span.${className}`);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.pending.clear();
  }
}
