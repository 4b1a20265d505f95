import { useEffect } from 'preact/hooks';
import { matchShortcut, type Settings, type ShortcutAction } from '@/lib/settings';
import { isEditable } from '../editable';
import { guarded } from './guard';

/**
 * The overlay's keys (j/k/n/p/o/? or as set in the options), on the page's
 * document; never while the reader types in a field. `run` returns false for
 * an action it did not take, which then leaves the key to the page.
 */
export function useShortcuts(settings: Settings, run: (action: ShortcutAction, e: KeyboardEvent) => boolean, deps: readonly unknown[]): void {
  useEffect(
    () =>
      guarded('Sneltoetsen', () => {
        const onKey = (e: KeyboardEvent) => {
          const action = matchShortcut(
            { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, editable: isEditable(e.composedPath()[0] ?? e.target) },
            settings,
          );
          if (action && run(action, e)) e.preventDefault();
        };
        document.addEventListener('keydown', onKey);
        return () => document.removeEventListener('keydown', onKey);
      }),
    [settings, ...deps],
  );
}
