import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import { startBackground } from './start-reading-list';
import { serveAnalyses } from './analyses';
import { serveOpenInReader } from './open-in-reader';
import { serveLanguageTables } from './i18n';

export default defineBackground(() => {
  // The reading list: messages, context menu, keyboard command, toolbar badge.
  const readingList = startBackground();
  // The analyses, computed here, off the page's main thread; with them, where the page's saved passages are.
  serveAnalyses((url, text) => readingList.locate(url, text));
  // "Open in Kamerlezer": a transcript PDF from the page, handed to the reader page.
  serveOpenInReader();
  // The English tables for a content script (which carries Dutch only).
  serveLanguageTables();
});
