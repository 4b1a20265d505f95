import type { Layout } from '../transcript/build';
import type { Transcript } from '../transcript/model';

/**
 * Page-side work on turns: tagging, the current-turn mark, folding. It takes
 * the elements the parser found (the layout), never searches the page again.
 */
export class PageTurns {
  private current: number | null = null;

  constructor(
    private readonly layout: Layout<Element>,
    private readonly transcript: Transcript,
  ) {}

  /** The elements of turn i, label first, each once (the plenary form keeps label and first paragraph in one <p>). */
  elements(i: number): Element[] {
    const t = this.layout.turns[i];
    if (!t) return [];
    return [...new Set([t.label, ...t.paragraphs])];
  }

  /** Data attributes on each label, so deep links (#kl-turn-N) and styles can find a turn. */
  tag(): void {
    this.layout.turns.forEach((t, i) => {
      t.label.setAttribute('data-kl-turn', String(i));
      t.label.setAttribute('data-kl-speaker', this.transcript.turns[i]!.speakerId);
    });
  }

  get currentTurn(): number | null {
    return this.current;
  }

  /** Marks turn i as current and scrolls it into view. */
  goTo(i: number, smooth = true): void {
    if (!this.layout.turns[i]) return;
    if (this.current !== null) for (const el of this.elements(this.current)) el.classList.remove('kl-current');
    this.current = i;
    const els = this.elements(i);
    for (const el of els) el.classList.add('kl-current');
    els[0]!.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** The first turn whose label is at or below the top of the viewport: where "next" starts when nothing is current. */
  firstVisible(): number {
    const turns = this.layout.turns;
    let lo = 0;
    let hi = turns.length - 1;
    // Labels are in document order, so their tops increase: binary search instead of measuring thousands.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid]!.label.getBoundingClientRect().top < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Shows only one speaker's turns: the others are folded (hidden with a
   * class, one stub line per run of folded turns), never removed. Null unfolds.
   */
  foldTo(speakerId: string | null, stubText: (foldedCount: number) => string): void {
    const doc = this.layout.turns[0]?.label.ownerDocument;
    if (!doc) return;
    for (const el of Array.from(doc.querySelectorAll('.kl-fold-stub'))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('.kl-folded'))) el.classList.remove('kl-folded');
    if (speakerId === null) return;
    let runStart: Element | null = null;
    let runLength = 0;
    const closeRun = () => {
      if (runStart && runLength > 0) {
        const stub = doc.createElement('span');
        stub.className = 'kl-fold-stub';
        stub.textContent = stubText(runLength);
        runStart.parentNode?.insertBefore(stub, runStart);
      }
      runStart = null;
      runLength = 0;
    };
    this.transcript.turns.forEach((turn, i) => {
      if (turn.speakerId === speakerId) return closeRun();
      const els = this.elements(i);
      for (const el of els) el.classList.add('kl-folded');
      runStart ??= els[0]!;
      runLength++;
    });
    closeRun();
  }
}
