import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { LANGS, t, type Lang, type MessageKey } from '../../lib/i18n/overlay';
import { defaultSettings, FEATURES, SHORTCUT_ACTIONS, isShortcutKey, shortcutConflict, type Settings, type ShortcutAction } from '../../lib/settings';

export type SaveStatus = 'saved' | 'error' | null;

export interface OptionsFormProps {
  settings: Settings;
  /** Called with the whole new settings object on every change; the caller stores it. */
  onChange: (next: Settings) => void;
  /** Outcome of the last save, announced politely. */
  status?: SaveStatus;
  /** The browser's own save command: its keys (null: none assigned), and how to change them. */
  browserCommand?: { keys: string | null; onChange: () => void };
}

/**
 * The options page: feature switches, UI language and shortcuts. A pure
 * view; storage is the page's entrypoint's job. The form speaks the language
 * it is set to, so switching language shows at once what it does.
 */
export function OptionsForm({ settings, onChange, status = null, browserCommand }: OptionsFormProps) {
  const lang = settings.language;
  const [clash, setClash] = useState<{ action: ShortcutAction; other: ShortcutAction } | null>(null);

  const setShortcut = (action: ShortcutAction, key: string) => {
    if (!isShortcutKey(key)) return;
    const other = shortcutConflict(settings.shortcuts, action, key);
    // A key bound twice would make one action unreachable: refuse it and say why.
    if (other) {
      setClash({ action, other });
      return;
    }
    setClash(null);
    if (settings.shortcuts[action] !== key) onChange({ ...settings, shortcuts: { ...settings.shortcuts, [action]: key } });
  };

  const onShortcutKey = (action: ShortcutAction) => (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    // Tab, Escape, arrows and modified keys keep their usual meaning, so the form stays keyboard-operable.
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const printable = e.key.length === 1;
    // Deleting would leave an action without a key; the field always holds one.
    if (!printable && e.key !== 'Backspace' && e.key !== 'Delete') return;
    e.preventDefault();
    if (printable) setShortcut(action, e.key);
  };

  // Fallback for keyboards that send no usable keydown (IME, some on-screen keyboards): take the last typed character.
  const onShortcutInput = (action: ShortcutAction) => (e: TargetedEvent<HTMLInputElement>) => {
    const typed = [...e.currentTarget.value].at(-1) ?? '';
    e.currentTarget.value = settings.shortcuts[action];
    if (typed) setShortcut(action, typed);
  };

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p class="hint">{t(lang, 'optionsApply')}</p>

      <div class="field">
        <label for="kl-opt-language">{t(lang, 'optionsLanguage')}</label>
        <select
          id="kl-opt-language"
          value={lang}
          onChange={(e) => onChange({ ...settings, language: e.currentTarget.value as Lang })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(l, `langName_${l}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{t(lang, 'optionsFeatures')}</legend>
        {FEATURES.map((f) => (
          <label key={f} class="check">
            <input
              type="checkbox"
              name={f}
              checked={settings.features[f]}
              onChange={(e) => onChange({ ...settings, features: { ...settings.features, [f]: e.currentTarget.checked } })}
            />
            {t(lang, `feature_${f}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'optionsShortcuts')}</legend>
        <p class="hint" id="kl-opt-shortcut-hint">
          {t(lang, 'shortcutHint')}
        </p>
        {SHORTCUT_ACTIONS.map((action) => {
          const id = `kl-opt-key-${action}`;
          const bad = clash?.action === action;
          return (
            <div key={action} class="field shortcut">
              <label for={id}>{t(lang, `sc_${action}` as MessageKey)}</label>
              <input
                id={id}
                name={action}
                class="key"
                type="text"
                inputMode="text"
                autoComplete="off"
                spellcheck={false}
                size={3}
                value={settings.shortcuts[action]}
                aria-describedby={bad ? `${id}-error kl-opt-shortcut-hint` : 'kl-opt-shortcut-hint'}
                aria-invalid={bad || undefined}
                onKeyDown={onShortcutKey(action)}
                onInput={onShortcutInput(action)}
              />
              {bad && (
                <p class="error" id={`${id}-error`}>
                  {t(lang, 'shortcutConflict', { action: t(lang, `sc_${clash.other}`) })}
                </p>
              )}
            </div>
          );
        })}
        {browserCommand && (
          <p class="hint browser-command">
            {browserCommand.keys ? t(lang, 'browserCommand', { keys: browserCommand.keys }) : t(lang, 'browserCommandNone')}{' '}
            <button type="button" onClick={browserCommand.onChange}>
              {t(lang, 'browserCommandChange')}
            </button>
          </p>
        )}
      </fieldset>

      <button
        type="button"
        onClick={() => {
          setClash(null);
          onChange({ ...defaultSettings(), collapsed: settings.collapsed });
        }}
      >
        {t(lang, 'optionsReset')}
      </button>
      <p class="status" role="status">
        {status === 'saved' ? t(lang, 'saved') : status === 'error' ? t(lang, 'saveError') : ''}
      </p>
    </form>
  );
}
