#!/usr/bin/env node
/**
 * `npm test`: every test. Unit and component tests (vitest + happy-dom), then
 * `npm run zip` (builds for Chrome and Firefox and packs the three archives) and
 * the end-to-end tests: real headless Chromium and Firefox against the builds,
 * and the archives as a store reviewer opens them.
 * Ends with one line "N passed, N failed" over both.
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
    failed = res.numFailedTests + (res.numFailedTestSuites ?? 0);
    if (res.numTotalTests === 0) failed++;
  } else failed++;
  return { passed, failed: r.status === 0 ? failed : Math.max(failed, 1) };
}

const unit = vitest('unit', []);
let e2e = { passed: 0, failed: 0 };
if (process.env.KL_SKIP_E2E !== '1') {
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'zip'], { stdio: 'inherit' });
  if (build.status !== 0) e2e = { passed: 0, failed: 1 };
  else e2e = vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
}
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
