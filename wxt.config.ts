import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noEval } from './build/no-eval';
import { compactCssPlugin, compactRawCssPlugin } from './build/compact-css';

/** The add-on's id on addons.mozilla.org: fixed for good, updates and saved data follow it. */
export const GECKO_ID = '{6f1d3c52-8a4e-4b7e-9c21-5e0b7d4a9f13}';

/** The test build (tests/e2e/faults.e2e.ts), never shipped. */
const FAULTS = process.env.KL_FAULTS === '1';

// Toolbar sizes (16 and 32 for 1× and 2× screens); 48 and 128 are the add-ons page and the stores.
const ICON_SIZES = [128, 48, 32, 16];

export default defineConfig({
  modules: ['@wxt-dev/auto-icons'],
  // One drawing, rendered to every size at build time (sharp, through WXT's icon module).
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES },
  vite: () => ({
    plugins: [preact(), noEval(), compactCssPlugin(), compactRawCssPlugin()],
    // The test build (KL_FAULTS=1) lets the end-to-end test make one analysis fail; every other build has false here.
    define: { __KL_FAULTS__: JSON.stringify(FAULTS) },
  }),
  // The test build goes apart, so it never stands where the shipped build is packed from.
  ...(FAULTS ? { outDir: '.output-faults' } : {}),
  // The sources archive for Firefox review: what `npm ci && npm run build:firefox` needs, nothing else.
  zip: { excludeSources: ['.output-faults/**', 'tests/**', 'docs/**', 'bench/**', 'seeds/**', 'scripts/**', 'vitest.*', 'dist/**', '*.log'] },
  manifest: ({ browser }) => ({
    // Texts in public/_locales: Dutch by default, English for browsers set to English.
    default_locale: 'nl',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'contextMenus'],
    // The overlay's frame of the page's saved passages (entrypoints/page-passages), loadable on the
    // transcript sites only; what it shows depends on the tab it sits in, never on who framed it.
    web_accessible_resources: [
      browser === 'firefox'
        ? 'page-passages.html'
        : { resources: ['page-passages.html'], matches: ['https://www.tweedekamer.nl/*', 'https://tweedekamer.nl/*', 'https://zoek.officielebekendmakingen.nl/*'] },
    ],
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (the ESR line) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or sent: the reading list stays in the browser's own storage.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
