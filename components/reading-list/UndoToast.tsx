import { useEffect, useRef } from 'preact/hooks';
import { rt, type Lang } from '@/lib/i18n/reading-list';

export interface UndoToastProps {
  lang: Lang;
  /** The message to show, or null for none. */
  message: string | null;
  /** Shows the undo button while given. */
  onUndo?: () => void;
  onDismiss: () => void;
  /** Milliseconds before it goes away by itself. */
  timeout?: number;
}

/**
 * "Passage verwijderd. [Ongedaan maken]". The status region is always in the
 * page (a live region inserted together with its text is often not read out);
 * focus moves to the undo button because the deleted item took it along.
 */
export function UndoToast({ lang, message, onUndo, onDismiss, timeout = 10_000 }: UndoToastProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!message) return;
    button.current?.focus();
    const t = setTimeout(onDismiss, timeout);
    return () => clearTimeout(t);
  }, [message, onDismiss, timeout]);
  return (
    <div class={message ? 'kl-toast' : 'kl-toast kl-hidden'} role="status">
      {message && <span>{message}</span>}
      {message && onUndo && (
        <button type="button" ref={button} onClick={onUndo}>
          {rt(lang, 'undo')}
        </button>
      )}
    </div>
  );
}
