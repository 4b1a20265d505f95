import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { hasLanguage, installLanguage } from '@/lib/i18n/translate';

/**
 * The language's tables before the settings are used: a content script carries Dutch only and
 * asks the background for the others (lib/i18n/translate.ts); an extension page has them already.
 * If the background does not answer, the overlay speaks Dutch rather than not at all.
 */
async function withLanguage(s: Settings): Promise<Settings> {
  if (hasLanguage(s.language)) return s;
  try {
    const tables: unknown = await browser.runtime.sendMessage({ type: 'i18n-tables', lang: s.language });
    if (tables && typeof tables === 'object' && Object.values(tables).every((x) => x && typeof x === 'object')) {
      installLanguage(s.language, tables as Record<string, Record<string, string>>);
    }
  } catch {
    // No background (the extension was reloaded): Dutch it is.
  }
  return s;
}

/** Settings live in extension storage (sync when available); every read is parsed, so a bad value falls back to defaults. */
const KEY = SETTINGS_KEY;

async function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  let s: Settings;
  try {
    s = parseSettings((await (await area()).get(KEY))[KEY]);
  } catch {
    s = parseSettings(undefined);
  }
  return withLanguage(s);
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
    if (KEY in changes) void withLanguage(parseSettings(changes[KEY]!.newValue)).then(apply);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
