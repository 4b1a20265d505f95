import { t, type Lang } from '../../lib/i18n/overlay';

/** A saved passage as the page's list shows it: only ever rendered in an extension page (reader, or the frame of page-passages). */
export interface PagePassage {
  id: string;
  exact: string;
  note: string;
  tags: string[];
  speakers: string;
  /** False when it can no longer be found in this version of the text (the reader knows; the frame does not). */
  found: boolean;
}

export interface PagePassageListProps {
  passages: PagePassage[];
  lang: Lang;
  /** Gets the click: the caller acts only on a person's own (trusted) click. */
  onShow: (id: string, e: Event) => void;
}

/** The passages saved from one page, with what the reader wrote on them. */
export function PagePassageList({ passages, lang, onShow }: PagePassageListProps) {
  if (passages.length === 0) return <p class="hint">{t(lang, 'noPassages')}</p>;
  return (
    <>
      <h3 class="section-title">{t(lang, 'passagesOnPage', { count: passages.length })}</h3>
      <ul class="plain">
        {passages.map((p) => (
          <li key={p.id} class="card">
            <blockquote>{p.exact.length > 240 ? `${p.exact.slice(0, 240)}…` : p.exact}</blockquote>
            <p class="meta">{p.speakers}</p>
            {p.note && <p class="note">{p.note}</p>}
            {p.tags.length > 0 && <p class="meta tags">{p.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            {p.found ? (
              <button type="button" onClick={(e) => onShow(p.id, e)}>
                {t(lang, 'goToPassage')}
              </button>
            ) : (
              <p class="hint">{t(lang, 'passageMoved')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
