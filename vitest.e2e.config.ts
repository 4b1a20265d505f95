import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium and Firefox with the built add-ons (.output/chrome-mv3, .output/firefox-mv2)
// and open the archives of `npm run zip`; scripts/test.mjs makes all of them first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // What a person waits for: the analyses reach the page from the background, a popup opens, a status is
    // announced. Vitest's default of 1 s per expect.poll made a loaded machine fail a test whose panels came in
    // the second after (tests/e2e/english.e2e.ts, the Toezeggingen tab); a real fault still fails, 10 s later.
    expect: { poll: { timeout: 10_000 } },
  },
});
