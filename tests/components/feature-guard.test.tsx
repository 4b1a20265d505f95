import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCommitmentMarks } from '../../components/overlay-app/features/commitments';
import { guarded } from '../../components/overlay-app/features/guard';
import { useTerms } from '../../components/overlay-app/features/terms';
import { findCommitments } from '../../lib/commitments';
import type { LazyMarker, MarkSpec } from '../../lib/page/lazy-marks';
import { findTerms } from '../../lib/terms/find-terms';
import { loadGlossary } from '../../lib/terms/glossary';
import { seedTranscript } from '../helpers/dom';
import { withContainer } from '../helpers/preact';

const transcript = seedTranscript();
const terms = findTerms(transcript, loadGlossary());
const commitments = findCommitments(transcript);

let container: HTMLDivElement;
withContainer((el) => (container = el));
afterEach(() => vi.restoreAllMocks());

/** A marker that records what it is asked to mark, and fails for one class (a feature broken on some page). */
function fakeMarker(failFor: string | null) {
  const added: MarkSpec[] = [];
  const cleared: string[] = [];
  const marker = {
    add(specs: readonly MarkSpec[]) {
      if (specs.some((s) => s.className.split(' ')[0] === failFor)) throw new Error(`${failFor} broke`);
      added.push(...specs);
    },
    clear(cls: string) {
      cleared.push(cls);
    },
  } as unknown as LazyMarker;
  return { marker, added, cleared };
}

function Features({ marker }: { marker: LazyMarker }) {
  useTerms(marker, terms, true);
  useCommitmentMarks(marker, commitments, true);
  return <p>overlay</p>;
}

describe('overlay features kept apart', () => {
  it('marks terms and commitments, and takes both out when the overlay goes', async () => {
    const { marker, added, cleared } = fakeMarker(null);
    await act(() => render(<Features marker={marker} />, container));
    expect(added.filter((s) => s.className === 'kl-term').length).toBe(terms.reduce((n, t) => n + t.occurrences.length, 0));
    expect(added.some((s) => s.className.startsWith('kl-commitment'))).toBe(true);
    await act(() => render(null, container));
    expect(cleared.sort()).toEqual(['kl-commitment', 'kl-term']);
  });

  it('when marking terms fails, commitments are still marked and the overlay still renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { marker, added } = fakeMarker('kl-term');
    await act(() => render(<Features marker={marker} />, container));
    expect(container.textContent).toBe('overlay');
    expect(added.some((s) => s.className.startsWith('kl-commitment'))).toBe(true);
    expect(added.some((s) => s.className === 'kl-term')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('Begrippen');
  });

  it('guarded runs an effect and its cleanup, and swallows (with a warning) what either throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const order: string[] = [];
    guarded('Test', () => {
      order.push('run');
      return () => order.push('cleanup');
    })();
    expect(order).toEqual(['run', 'cleanup']);
    const cleanup = guarded('Test', () => {
      throw new Error('boom');
    });
    expect(() => cleanup()).not.toThrow();
    guarded('Test', () => () => {
      throw new Error('in cleanup');
    })();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
