import '@/lib/zod-jitless'; // first: before any module builds a zod schema
import '@/lib/i18n/en/install'; // an extension page carries English from the start
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm, type SaveStatus } from '@/components/options/OptionsForm';
import { t } from '@/lib/i18n/overlay';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import './style.css';

// The same area the content script reads (sync when the browser has it); open tabs hear the change through storage.onChanged.
const area = () => browser.storage.sync ?? browser.storage.local;

async function load(): Promise<Settings> {
  try {
    const got = await area().get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** The browser's own keys for the save command (manifest `commands`), or null when none is assigned. */
async function saveCommandKeys(): Promise<string | null> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === 'save-selection')?.shortcut || null;
  } catch {
    return null;
  }
}

/** The browser's page for extension shortcuts: Firefox opens its own; Chrome's is chrome://extensions/shortcuts. */
function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);
  const [commandKeys, setCommandKeys] = useState<string | null>(null);
  useEffect(() => {
    void saveCommandKeys().then(setCommandKeys);
    // Back from the browser's shortcut page: show what it now is.
    const again = () => void saveCommandKeys().then(setCommandKeys);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);

  useEffect(() => {
    void load().then(setSettings);
    // Another options tab, or a tab collapsing its overlay, may write too: show what is stored.
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (SETTINGS_KEY in changes) setSettings(parseSettings(changes[SETTINGS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  useEffect(() => {
    if (!settings) return;
    document.documentElement.lang = settings.language;
    document.title = t(settings.language, 'optionsTitle');
  }, [settings?.language]);

  if (!settings) return null;
  const onChange = (next: Settings) => {
    setSettings(next);
    // Cleared first so that a second "Opgeslagen." is announced again.
    setStatus(null);
    area()
      .set({ [SETTINGS_KEY]: next })
      .then(
        () => setStatus('saved'),
        () => setStatus('error'),
      );
  };
  return <OptionsForm settings={settings} onChange={onChange} status={status} browserCommand={{ keys: commandKeys, onChange: openShortcutSettings }} />;
}

render(<OptionsPage />, document.getElementById('app')!);
