import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analysisPanels } from '../../components/overlay-app/analysis-panels';
import { runnersFailing, runPageAnalyses } from '../../lib/analyses/run-page';
import { buildOverlayData } from '../../lib/overlay-data';
import { seedTranscript } from '../helpers/dom';
import { withContainer } from '../helpers/preact';

/**
 * Issue #18 done-when, on the overlay's side: each analysis made to throw in
 * turn, in the background's runner; the panels built from what arrives keep
 * the failed one's tab, which says so in words, and the others show their
 * content as usual.
 */
const transcript = seedTranscript();
const data = buildOverlayData(transcript, 'nl');
const FAILED = 'Dit onderdeel kon voor dit verslag niet worden berekend.';

let container: HTMLDivElement;
withContainer((el) => (container = el));

function panelsWith(failing: 'terms' | 'commitments' | 'questions') {
  const analyses = runPageAnalyses(transcript, runnersFailing(failing));
  return analysisPanels({
    analyses,
    transcript,
    data,
    lang: 'nl',
    current: null,
    jumpTo: () => undefined,
    following: { followed: new Set(), follow: async () => undefined },
    saveRange: null,
  });
}

async function textOf(panel: { render: () => unknown }) {
  await act(() => {
    render(panel.render() as never, container);
  });
  return container.textContent ?? '';
}

describe('one analysis fails, the panels of the others work', () => {
  for (const failing of ['terms', 'commitments', 'questions'] as const) {
    it(`${failing} throws: its tab says so, the other two show their content`, async () => {
      const panels = panelsWith(failing);
      const byId = new Map(panels.map((p) => [p.id, p]));
      for (const id of ['terms', 'commitments', 'questions'] as const) {
        const panel = byId.get(id);
        expect(panel, id).toBeDefined();
        const text = await textOf(panel!);
        if (id === failing) {
          expect(text).toContain(FAILED);
          expect(container.querySelector('[role="alert"]')).not.toBeNull();
        } else {
          expect(text, id).not.toContain(FAILED);
          expect(container.querySelectorAll('li').length, id).toBeGreaterThan(0);
        }
      }
    });
  }
});
