import { startBackground } from '@/lib/reading-list/background';
import { serveAnalyses } from './analyses';

export default defineBackground(() => {
  // The reading list: messages, context menu, keyboard command, toolbar badge.
  startBackground();
  // Terms, commitments, questions: computed here, off the page's main thread.
  serveAnalyses();
});
