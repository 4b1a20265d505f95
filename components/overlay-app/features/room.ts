import { useEffect } from 'preact/hooks';
import { ROOM_CLASS } from '@/lib/page/marks';

/**
 * While the panel is open the page makes room for it (lib/page/marks.ts
 * ROOM_CLASS: a margin beside a wide page, room below on a narrow one); the
 * one cleanup takes the class away and the page is as it was.
 */
export function usePageRoom(open: boolean, doc: Document = document): void {
  useEffect(() => {
    if (!open) return;
    doc.documentElement.classList.add(ROOM_CLASS);
    return () => doc.documentElement.classList.remove(ROOM_CLASS);
  }, [open, doc]);
}
