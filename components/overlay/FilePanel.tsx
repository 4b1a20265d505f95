import { t, type Lang } from '../../lib/i18n/overlay';
import type { PdfLink } from '../../lib/page/pdf-links';

export interface FilePanelProps {
  links: PdfLink[];
  lang: Lang;
  busy: boolean;
  /** Gets the click: the caller acts only on a person's own (trusted) click. */
  onOpen: (url: string, e: Event) => void;
}

/** The page's transcript as a file, to open in Kamerlezer's reader; fetched only on this click. */
export function FilePanel({ links, lang, busy, onOpen }: FilePanelProps) {
  return (
    <div class="reading-list">
      <p class="hint">{t(lang, 'fileIntro')}</p>
      <ul class="plain">
        {links.map((l) => (
          <li key={l.url} class="card">
            <p class="meta">{l.label}</p>
            <button type="button" disabled={busy} onClick={(e) => onOpen(l.url, e)}>
              {t(lang, 'openInReader')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
