import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

/** Settings live in extension storage (sync when available); every read is parsed, so a bad value falls back to defaults. */
const KEY = SETTINGS_KEY;

async function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await (await area()).get(KEY);
    return parseSettings(got[KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** The interface language chosen on the options page (Dutch unless set otherwise); for the popup and the extension's pages. */
export async function loadLanguage(): Promise<Settings['language']> {
  return (await loadSettings()).language;
}

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  const current = await loadSettings();
  await (await area()).set({ [KEY]: { ...current, collapsed } });
}

/** Applies changes made on the options page to this open tab without a reload. */
export function watchSettings(apply: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) apply(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
