import fc from 'fast-check';

/**
 * The fuzzing suite's settings: a fixed seed and a modest number of runs in
 * `npm test` (the same inputs every run, so CI is repeatable); a longer run
 * with `KL_FUZZ_RUNS=5000 npx vitest run tests/fuzz` and another seed with
 * `KL_FUZZ_SEED=…` (fast-check prints the seed and path of any failure).
 */
export const FUZZ = {
  seed: Number(process.env.KL_FUZZ_SEED ?? 20261204),
  numRuns: Number(process.env.KL_FUZZ_RUNS ?? 40),
};

/** A fuzz test's time limit, grown with the number of runs (the seed report takes about 30 ms a parse). */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ.numRuns * 300);

export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, runs = FUZZ.numRuns) {
  return fc.assert(property as fc.IAsyncProperty<Ts>, { seed: FUZZ.seed, numRuns: runs });
}

/** Characters that hostile or broken documents carry: zero-width, direction marks and overrides, soft hyphen, BOM, NBSP. */
export const ODD_CHARS = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u00AD', '\uFEFF', '\u00A0', '\t'];

/** Lines a hostile or odd document may hold: markup-like text, object-key names, huge and empty paragraphs, other scripts. */
export const ODD_LINES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'Mevrouw Ağca (<img src=x onerror=alert(1)>):',
  'De heer Constructor (constructor):',
  'Mevrouw __proto__ (toString):',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  '',
  '   ',
  'مرحبا بالعالم — שלום עולם',
  `${'woord '.repeat(4000)}einde.`,
  '• ',
  '– De minister stuurt de Kamer voor 1 juni een brief.',
  'Voorzitter:',
  'De voorzitter:',
];
