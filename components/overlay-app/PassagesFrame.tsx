import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n/overlay';

/**
 * The page's saved passages with the reader's notes and tags, as a frame of the extension's own
 * page (entrypoints/page-passages): another origin, so the site's scripts, which can read the
 * overlay, cannot read into it. `revision` changes after each save, which loads the frame again.
 */
export function PassagesFrame({ revision, lang }: { revision: number; lang: Lang }) {
  return (
    <iframe
      key={revision}
      class="passages-frame"
      title={t(lang, 'passagesFrame')}
      src={browser.runtime.getURL('/page-passages.html')}
    />
  );
}
