import { renderPage, type PageFormName } from '../lib/transcript/render-page';

/** The seed as each page form, with the URL it is served at in the demo and the end-to-end tests. */
export interface SeedPage {
  file: string;
  form: PageFormName;
  url: string;
}

/** Relative to the repository root. */
export const SEED_TEXT_FILE = 'seeds/committee-2026-03-03-jbz.txt';
export const SEED_TITLE = 'Verslag van een commissiedebat, gehouden op 3 maart 2026, over JBZ-Raad d.d. 5-6 maart 2026';

export const SEED_PAGES: readonly SeedPage[] = [
  { file: 'tk-committee.html', form: 'tk-committee', url: 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D09876&id=2026Z03456' },
  { file: 'tk-plenary-form.html', form: 'tk-plenary', url: 'https://www.tweedekamer.nl/kamerstukken/plenaire_verslagen/detail/2025-2026/63' },
  { file: 'okb-handelingen-form.html', form: 'handelingen', url: 'https://zoek.officielebekendmakingen.nl/kst-32317-999.html' },
];

export function seedPageHtml(text: string, page: SeedPage): string {
  return renderPage(text, page.form, SEED_TITLE);
}
