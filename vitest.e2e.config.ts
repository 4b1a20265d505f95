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
  },
});
