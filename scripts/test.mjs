#!/usr/bin/env node
/**
 * `npm test`: every check, as named steps: typecheck, unit and component
 * tests (vitest + happy-dom), `npm run zip` (builds for Chrome and Firefox and
 * packs the three archives), lint (after the builds, so the shipped files are
 * checked for eval too), then the end-to-end tests: real headless Chromium and
 * Firefox against the builds, and the archives as a store reviewer opens them.
 * Each step says its name and outcome; a failing step does not stop the
 * others. Ends with one line "N passed, N failed" (tests, plus one failure per
 * failed typecheck, lint or build) and the steps that failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'kl-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function vitest(name, args) {
  const json = join(out, `${name}.json`);
  const r = spawnSync(npx, ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { stdio: 'inherit' });
  let passed = 0;
  let failed = 0;
  if (existsSync(json)) {
    const res = JSON.parse(readFileSync(json, 'utf8'));
    passed = res.numPassedTests;
    // vitest counts a failed test's describe blocks and file as failed suites too;
    // suites count only when no test failed (a file that would not load).
    failed = res.numFailedTests > 0 ? res.numFailedTests : (res.numFailedTestSuites ?? 0);
    if (res.numTotalTests === 0) failed++;
  } else failed++;
  return { passed, failed: r.status === 0 ? failed : Math.max(failed, 1) };
}

const failedSteps = [];
function step(name, run) {
  console.log(`\n=== step: ${name} ===`);
  const r = run();
  console.log(`=== ${name}: ${r.failed === 0 ? 'ok' : 'FAILED'} ===`);
  if (r.failed > 0) failedSteps.push(name);
  return r;
}
function command(args) {
  const r = spawnSync(npx, args, { stdio: 'inherit' });
  return { passed: 0, failed: r.status === 0 ? 0 : 1 };
}

const typecheck = step('typecheck', () => command(['tsc', '--noEmit']));
const runLint = () => step('lint', () => (spawnSync(process.execPath, ['scripts/lint.mjs'], { stdio: 'inherit' }).status === 0 ? { passed: 0, failed: 0 } : { passed: 0, failed: 1 }));
const unit = step('unit and component tests', () => vitest('unit', []));
let lint = { passed: 0, failed: 0 };
let e2e = { passed: 0, failed: 0 };
if (process.env.KL_SKIP_E2E === '1') lint = runLint();
else {
  const build = step('builds and store archives', () => spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'zip'], { stdio: 'inherit' }).status === 0 ? { passed: 0, failed: 0 } : { passed: 0, failed: 1 });
  lint = runLint();
  if (build.failed === 0) e2e = step('end-to-end tests', () => vitest('e2e', ['--config', 'vitest.e2e.config.ts']));
  else e2e = build;
}
const passed = unit.passed + e2e.passed;
const failed = typecheck.failed + lint.failed + unit.failed + e2e.failed;
console.log(`\n${passed} passed, ${failed} failed${failedSteps.length ? ` (failed steps: ${failedSteps.join(', ')})` : ''}`);
process.exit(failed === 0 ? 0 : 1);
