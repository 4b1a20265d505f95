// zod/mini: the content script reads settings, and full zod would triple its size.
import * as z from 'zod/mini';

/**
 * User settings, kept in extension storage under `SETTINGS_KEY`. Every read
 * goes through `parseSettings`, so a value written by an older or newer
 * version (or edited by hand) never breaks the overlay: each field that does
 * not fit falls back to its own default and the rest is kept.
 */

export const SETTINGS_KEY = 'settings';

export const SHORTCUT_ACTIONS = ['nextTurn', 'prevTurn', 'nextSame', 'prevSame', 'toggleOverlay', 'help'] as const;
export const ShortcutAction = z.enum(SHORTCUT_ACTIONS);
export type ShortcutAction = z.infer<typeof ShortcutAction>;

export const FEATURES = ['speakers', 'outline', 'terms', 'commitments', 'questions', 'readingList'] as const;
export type Feature = (typeof FEATURES)[number];

/** One printable key, no whitespace: modifiers are never part of a shortcut (they belong to the browser and the page). */
export const ShortcutKey = z.string().check(z.regex(/^\S$/u));

const DEFAULT_SHORTCUTS: Record<ShortcutAction, string> = {
  nextTurn: 'j',
  prevTurn: 'k',
  nextSame: 'n',
  prevSame: 'p',
  toggleOverlay: 'o',
  help: '?',
};

const DEFAULT_FEATURES: Record<Feature, boolean> = {
  speakers: true,
  outline: true,
  terms: true,
  commitments: true,
  questions: true,
  readingList: true,
};

const featureSchema = (f: Feature) => z.catch(z.boolean(), DEFAULT_FEATURES[f]);
const keySchema = (a: ShortcutAction) => z.catch(ShortcutKey, DEFAULT_SHORTCUTS[a]);

// `.catch` on every leaf and every object is what makes the fallback field by field;
// the object fallbacks are functions so no two results share (and mutate) one default.
export const Settings = z.object({
  language: z.catch(z.enum(['nl', 'en']), 'nl'),
  features: z.catch(
    z.object({
      speakers: featureSchema('speakers'),
      outline: featureSchema('outline'),
      terms: featureSchema('terms'),
      commitments: featureSchema('commitments'),
      questions: featureSchema('questions'),
      readingList: featureSchema('readingList'),
    }),
    () => ({ ...DEFAULT_FEATURES }),
  ),
  collapsed: z.catch(z.boolean(), false),
  shortcuts: z.catch(
    z.object({
      nextTurn: keySchema('nextTurn'),
      prevTurn: keySchema('prevTurn'),
      nextSame: keySchema('nextSame'),
      prevSame: keySchema('prevSame'),
      toggleOverlay: keySchema('toggleOverlay'),
      help: keySchema('help'),
    }),
    () => ({ ...DEFAULT_SHORTCUTS }),
  ),
});
export type Settings = z.infer<typeof Settings>;

/** A fresh copy of the defaults (callers may mutate it). */
export function defaultSettings(): Settings {
  return { language: 'nl', features: { ...DEFAULT_FEATURES }, collapsed: false, shortcuts: { ...DEFAULT_SHORTCUTS } };
}

/** Settings from anything found in storage; never throws. Non-objects give the defaults. */
export function parseSettings(raw: unknown): Settings {
  const input = raw !== null && typeof raw === 'object' ? raw : {};
  const r = Settings.safeParse(input);
  return r.success ? r.data : defaultSettings();
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
