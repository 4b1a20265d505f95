import { describe, expect, it } from 'vitest';
import { judgeProbe } from '../helpers/judge-probes';
import { ALL, type Probe } from './review-3-probes';

/**
 * A third review's 125 probes (review-3-probes.ts) of the rules made on 2026-12-07 (offers taken up, invitations
 * accepted, a closing list resumed after a correction, sentence forms), each run the way the review ran it. 75 were
 * wrong at 9c66e0a, 38 of them right before that session; the fixes that followed left those below wrong, each an
 * `it.fails`, so that one fixed later shows up.
 */
const STILL_WRONG = new Set<string>(['O24', 'O26', 'I4', 'I5', 'I10', 'F12', 'F30', 'F45']);

describe('review 3 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(p.expected));
});
