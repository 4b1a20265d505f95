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

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);

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
  return <OptionsForm settings={settings} onChange={onChange} status={status} />;
}

render(<OptionsPage />, document.getElementById('app')!);
