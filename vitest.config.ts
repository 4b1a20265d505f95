import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest does not apply wxt.config's vite plugins, so preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'lib/i18n/en/install.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
