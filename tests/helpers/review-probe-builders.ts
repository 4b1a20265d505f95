import type { Probe } from '../commitments/review-4/probes';

/**
 * The probe shapes reviews 6 and 7 write (tests/commitments/review-6/, review-7/), one copy: a sentence, an invitation
 * and its reply, a short debate whose minister's sentence is judged, a closing list, a definition.
 */
export const s = (id: string, sentence: string, expected: boolean, why: string): Probe => ({ id, area: 1, kind: 'sentence', sentence, expected, why });
export const inv = (id: string, before: string, reply: string, expected: boolean, why: string): Probe => ({ id, area: 2, kind: 'invite', before, reply, expected, why });
/** Mevrouw Kat asks `member`; the minister answers `minister`, whose sentence `target` is judged. */
export const deb = (id: string, member: string, minister: string, target: string, expected: boolean, why: string): Probe => ({
  id,
  area: 2,
  kind: 'debate',
  debate: `De voorzitter:\nMevrouw Kat.\n\nMevrouw Kat (D66):\n${member}\n\nDe voorzitter:\nDe minister.\n\nMinister Ollongren:\n${minister}\n`,
  target,
  expected,
  why,
});
export const c = (id: string, debate: string, expected: string[], why: string): Probe => ({ id, area: 2, kind: 'closing', debate, expected, why });
export const d = (id: string, text: string, expected: string[][], why: string): Probe => ({ id, area: 3, kind: 'def', text, expected, why });
