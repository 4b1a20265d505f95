import { scorePhrasebook } from '../tests/eval/phrasebook/score-phrasebook';
import { ANALYSES, corpusDocs, loadSplit, pr, scoreSet, SYNTHETIC } from '../tests/eval/score';

/**
 * `npm run eval`: precision and recall of each analysis on the tuning half and
 * on the test half of the evaluation corpus (tests/eval), then on the
 * made-up debates (tests/eval/synthetic) and the phrasebook of made-up
 * sentences (tests/eval/phrasebook), both used for tuning.
 * `--misses` lists every miss and false alarm.
 */
const split = loadSplit();
const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(0).padStart(4)}%`);
const sets = [
  { name: 'tuning half', ...scoreSet(split.tuning), n: split.tuning.length },
  { name: 'test half', ...scoreSet(split.test), n: split.test.length },
  { name: 'synthetic debates (made up; tuned on)', ...scoreSet(corpusDocs(SYNTHETIC), SYNTHETIC), n: corpusDocs(SYNTHETIC).length },
];
for (const { name, counts, misses, n } of sets) {
  console.log(`\n${name} (${n} docs)`);
  console.log('analysis      precision  recall   tp  fp  fn');
  for (const k of ANALYSES) {
    const c = counts[k];
    const { precision, recall } = pr(c);
    console.log(`${k.padEnd(13)} ${pct(precision)}     ${pct(recall)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m.analysis} ${m.kind} [${m.doc}]: ${m.text.slice(0, 140)}`);
}

const book = scorePhrasebook();
console.log('\nphrasebook (made-up sentences, one item each; tuned on)');
console.log('part          precision  recall   tp  fp  fn');
for (const [k, c] of Object.entries(book.counts)) {
  const { precision, recall } = pr(c);
  console.log(`${k.padEnd(13)} ${pct(precision)}     ${pct(recall)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
}
if (process.argv.includes('--misses')) for (const m of book.misses) console.log(`  ${m.part} ${m.kind}: ${m.text.slice(0, 140)} [${m.why.slice(0, 60)}]`);
