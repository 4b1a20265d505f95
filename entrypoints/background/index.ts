import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import { startBackground } from './start-reading-list';
import { serveAnalyses } from './analyses';
import { serveOpenInReader } from './open-in-reader';

export default defineBackground(() => {
  // The reading list: messages, context menu, keyboard command, toolbar badge.
  startBackground();
  // Terms, commitments, questions: computed here, off the page's main thread.
  serveAnalyses();
  // "Open in Kamerlezer": a transcript PDF from the page, handed to the reader page.
  serveOpenInReader();
});
