import type { Passage } from './schema';

/**
 * The popup's first screen kept ready: the newest passages as the background
 * last listed them, in `storage.session` (memory only, this browser session;
 * extension pages can read it, content scripts cannot). The popup shows it
 * at once, without waiting for the background (which may be asleep, or busy
 * with a long list) and replaces it with the background's answer when that
 * comes. Only the background writes it, after every change to the list.
 *
 * No zod here (the popup does not load it): the check below covers what the
 * popup reads; anything else is the background's own list, validated there.
 */
export const FIRST_SCREEN_KEY = 'kl-first-screen';
/** Passages on the first screen (and per "meer tonen"): enough to fill the popup. */
export const FIRST_SCREEN_SIZE = 50;

export interface FirstScreen {
  passages: Passage[];
  total: number;
  quarantined: number;
  complete: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown) => Array.isArray(x) && x.every(isString);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function looksLikePassage(p: unknown): boolean {
  if (!isObject(p) || !isObject(p.debate) || !Array.isArray(p.speakers)) return false;
  const d = p.debate;
  return (
    ['id', 'exact', 'url', 'fragmentUrl', 'savedAt', 'updatedAt', 'note'].every((k) => isString(p[k])) &&
    isStrings(p.tags) &&
    p.speakers.every((s) => isObject(s) && isString(s.name) && isString(s.role) && (s.party === null || isString(s.party))) &&
    isString(d.title) &&
    isString(d.kind) &&
    isStrings(d.committees) &&
    (d.date === null || isString(d.date)) &&
    (d.status === null || isString(d.status))
  );
}

/** The stored first screen, or null when there is none or it is not one. */
export function asFirstScreen(x: unknown): FirstScreen | null {
  if (!isObject(x) || !Array.isArray(x.passages) || !isCount(x.total) || !isCount(x.quarantined) || typeof x.complete !== 'boolean') return null;
  return x.passages.every(looksLikePassage) ? (x as unknown as FirstScreen) : null;
}
