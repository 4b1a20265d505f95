import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (.output/chrome-mv3).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
