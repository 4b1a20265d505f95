import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the content script runs on; also the only hosts the extension may touch.
export const TRANSCRIPT_HOSTS = [
  'https://www.tweedekamer.nl/*',
  'https://tweedekamer.nl/*',
  'https://zoek.officielebekendmakingen.nl/*',
];

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Kamerlezer',
    description: 'Maakt verslagen van de Tweede Kamer leesbaar: sprekers, begrippen, toezeggingen en een leeslijst.',
    default_locale: undefined,
    permissions: ['storage', 'contextMenus'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kamerlezer@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
