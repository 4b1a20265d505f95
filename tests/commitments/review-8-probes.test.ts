import { describe, expect, it } from 'vitest';
import { definitionKey, judgeProbe } from '../helpers/judge-probes';
import { ALL } from './review-8/probes';

/**
 * An eighth review's 110 probes (review-8/, a helper who read the rules and their tests but no evaluation text) of the
 * rules since 4ca354b: a list inside a relative clause before its verb (b81c13b; "waar" added in c2d1e85); question
 * words listed, ", met het doel om", "versta ik", "wat we in de X noemen", a separable participle before the term, "een
 * X, dat is de … om … te …", the meaning put first ("…, is wat … X noemen"), an acronym's owner (0b848af); the closing
 * list read as prose after "loop ik na wat … beloofd" (656aebc) and items that are the chair's whole sentence (2e3ee9d);
 * "Die neem ik aan" / "Ik ga graag met hem mee" after "Tot slot de uitnodiging", "Ik ga in op" the answer's topics, "…
 * was mijn toezegging" (f37de8e); a scope before "iedere", a semicolon, "dat noemen ze (in de X) Y" (c2d1e85); "ik
 * nodig … uit", "voeg … toe aan", "neem ik in dat gesprek mee", "om mij te laten weten" (3c5c1c6). 33 probes wrong at
 * 4ca354b were right at 3c5c1c6. 44 were wrong there, 20 of them regressions of those rules (right at 4ca354b): a
 * verdict read as a definition ("een poging om …", "is wat critici een schandaal noemen", "dat noemen ze in de sector
 * een drama", "onacceptabel"), "versta ik" as hearing, "de afgestudeerden" as a participle, a main clause after
 * ", en …" run into a gloss, a list of semicolons cut; the chair's remarks after a reading called off ("…, maar de
 * griffier stuurt u de lijst na") as prose items; "Ik ga graag met haar mee" agreeing with a point; a promise retold
 * "en die houd ik"; "ik nodig … uit" as an appeal, to the "indieners", on a condition; "voeg … toe aan wat …";
 * "in dit overleg". The fixes that followed left 19 of the 20 right; Q4 (", met het doel om …" read as the speaker's
 * plan rather than the thing's purpose) is a judgement call and stays. Of the 24 old errors, P5, P6, S2, S4 and I12 are
 * right now; 19 stay (mostly generalisations the rules do not reach: O2, O9, O10, Q2, Q5 (right since a gloss goes on after ", met …", ninth session), C8, C9, S3, I11, T4-T7, N12,
 * N17, N21 (right since the body asked by its kind, seventh session of 2026-12-07); look-alikes already wrong: N5, N22; Q25 the owner convention on a region). Each still wrong is an
 * `it.fails`.
 */
const STILL_WRONG = new Set<string>([
  'O2', 'O9', 'O10', 'Q2', 'Q4', 'Q25', 'C8', 'C9', 'S3', 'I11', 'T4', 'T5', 'T6', 'T7', 'N5', 'N12', 'N17', 'N22',
]);

const expected = (p: (typeof ALL)[number]): unknown => (p.kind === 'def' ? p.expected.map(definitionKey).sort() : p.expected);

describe('review 8 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(expected(p)));
});
