import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Kamerlezer',
    description: 'Maakt verslagen van de Tweede Kamer leesbaar: sprekers, begrippen, toezeggingen en een leeslijst.',
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
        description: 'Bewaar de selectie in de leeslijst',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kamerlezer@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
