import type { Role } from './model';

/**
 * Ids of the speakers who speak for the government (ministers, state
 * secretaries). Apart from model.ts because the page-side parse needs it, and
 * model.ts's schemas would bring zod into the content script (25 KB gzip).
 */
export function governmentSpeakerIds(speakers: readonly { id: string; role: Role }[]): Set<string> {
  return new Set(speakers.filter((s) => s.role === 'minister' || s.role === 'state-secretary').map((s) => s.id));
}
