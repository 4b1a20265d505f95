import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n/overlay';
import { findPdfLinks } from '@/lib/page/pdf-links';
import { openPdfInReader } from '../open-pdf';

/**
 * "Bestand": the page's transcript as a PDF, fetched from the page's own site
 * only when the reader clicks, and opened in Kamerlezer's reader. The overlay
 * may be up before the page has loaded (its links to files are often further
 * down): it looks again when it has. `notify` hears a failure.
 */
export function usePdfFile(inReader: boolean, lang: Lang, notify: (message: string) => void) {
  const [links, setLinks] = useState(() => (inReader ? [] : findPdfLinks(document, location.href)));
  useEffect(() => {
    if (inReader || document.readyState !== 'loading') return;
    const look = () => setLinks(findPdfLinks(document, location.href));
    document.addEventListener('DOMContentLoaded', look, { once: true });
    return () => document.removeEventListener('DOMContentLoaded', look);
  }, []);
  const [opening, setOpening] = useState(false);
  const open = async (url: string) => {
    setOpening(true);
    const error = await openPdfInReader(url, location.href, { failed: t(lang, 'openFailed'), tooBig: t(lang, 'fileTooBig') });
    setOpening(false);
    if (error) notify(error);
  };
  return { links, opening, open };
}
