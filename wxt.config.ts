import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Kamerlezer',
    description: 'Maakt verslagen van de Tweede Kamer leesbaar: sprekers, begrippen, toezeggingen en een leeslijst.',
    permissions: ['storage', 'contextMenus'],
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
