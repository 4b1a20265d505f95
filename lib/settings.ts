/**
 * User settings, kept in extension storage under `SETTINGS_KEY`. Every read
 * goes through `parseSettings`, so a value written by an older or newer
 * version (or edited by hand) never breaks the overlay: each field that does
 * not fit falls back to its own default and the rest is kept.
 */

export const SETTINGS_KEY = 'settings';

export const SHORTCUT_ACTIONS = ['nextTurn', 'prevTurn', 'nextSame', 'prevSame', 'toggleOverlay', 'help', 'saveSelection'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

export const FEATURES = ['speakers', 'outline', 'terms', 'commitments', 'questions', 'motions', 'readingList'] as const;
export type Feature = (typeof FEATURES)[number];

/** One printable key, no whitespace: modifiers are never part of a shortcut (they belong to the browser and the page). */
export function isShortcutKey(key: unknown): key is string {
  return typeof key === 'string' && /^\S$/u.test(key);
}

const DEFAULT_SHORTCUTS: Record<ShortcutAction, string> = {
  nextTurn: 'j',
  prevTurn: 'k',
  nextSame: 'n',
  prevSame: 'p',
  toggleOverlay: 'o',
  // The page's own save key: works where the browser's command (Alt+Shift+S) is not assigned or does not arrive.
  saveSelection: 's',
  help: '?',
};

const DEFAULT_FEATURES: Record<Feature, boolean> = {
  speakers: true,
  outline: true,
  terms: true,
  commitments: true,
  questions: true,
  motions: true,
  readingList: true,
};

/**
 * The settings' shape. Read field by field by `parseSettings` rather than with
 * zod: the content script reads settings, and a schema library would be a
 * sixth of its size for six booleans and six keys.
 */
export interface Settings {
  language: 'nl' | 'en';
  features: Record<Feature, boolean>;
  collapsed: boolean;
  shortcuts: Record<ShortcutAction, string>;
}


/** A fresh copy of the defaults (callers may mutate it). */
export function defaultSettings(): Settings {
  return { language: 'nl', features: { ...DEFAULT_FEATURES }, collapsed: false, shortcuts: { ...DEFAULT_SHORTCUTS } };
}

/** Settings from anything found in storage; never throws. Non-objects give the defaults. */
export function parseSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (raw === null || typeof raw !== 'object') return out;
  const input = raw as Record<string, unknown>;
  if (input.language === 'nl' || input.language === 'en') out.language = input.language;
  if (typeof input.collapsed === 'boolean') out.collapsed = input.collapsed;
  const features = input.features as Record<string, unknown> | null | undefined;
  if (features && typeof features === 'object') {
    for (const f of FEATURES) if (typeof features[f] === 'boolean') out.features[f] = features[f] as boolean;
  }
  const shortcuts = input.shortcuts as Record<string, unknown> | null | undefined;
  if (shortcuts && typeof shortcuts === 'object') {
    for (const a of SHORTCUT_ACTIONS) if (isShortcutKey(shortcuts[a])) out.shortcuts[a] = shortcuts[a] as string;
  }
  return out;
}

/** What `matchShortcut` needs of a keyboard event; `editable` says the event came from a field the user types in. */
export interface ShortcutEvent {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  editable: boolean;
}

/**
 * The action bound to this key press, or null. Keys typed into a field and
 * key presses with Ctrl, Cmd or Alt are never taken (Vimium's rule: never
 * steal keys). Shift is allowed because `?` needs it on most layouts.
 */
export function matchShortcut(ev: ShortcutEvent, settings: Pick<Settings, 'shortcuts'>): ShortcutAction | null {
  if (ev.editable || ev.ctrlKey || ev.metaKey || ev.altKey) return null;
  for (const action of SHORTCUT_ACTIONS) {
    if (settings.shortcuts[action] === ev.key) return action;
  }
  return null;
}

/** The other action already bound to `key`, if any, so the options page can refuse a clash. */
export function shortcutConflict(
  shortcuts: Settings['shortcuts'],
  action: ShortcutAction,
  key: string,
): ShortcutAction | null {
  return SHORTCUT_ACTIONS.find((a) => a !== action && shortcuts[a] === key) ?? null;
}
