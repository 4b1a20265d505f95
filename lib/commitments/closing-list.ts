import { stripListMarker } from '../transcript/blocks';
import { withClosingList } from '../transcript/closing-list';
import type { ClosingItem, Speaker, Transcript } from '../transcript/model';
import { parseDeadline } from './deadline';
import type { Commitment } from './model';
import { fold } from '../text/fold';
import { objectOf, recipientOf } from './words';

/**
 * Who made a closing item: the office it names ("de minister van Klimaat"),
 * else the name ("minister Van den Brink"), else the role when one speaker
 * has it ("De staatssecretaris …"), else the only government speaker.
 */
export function speakerOf(item: string, speakers: readonly Speaker[]): string | null {
  const gov = speakers.filter((s) => s.role === 'minister' || s.role === 'state-secretary');
  const f = fold(item);
  const office = /(minister|staatssecretaris) (van|voor) (\p{L}[\p{L}-]*)/u.exec(f);
  if (office) {
    const hit = gov.filter((s) => s.office && fold(s.office).includes(office[0]));
    if (hit.length === 1) return hit[0]!.id;
  }
  const byName = gov.filter((s) => new RegExp(`(?<![\\p{L}])${escape(fold(s.name))}(?![\\p{L}])`, 'u').test(f));
  if (byName.length === 1) return byName[0]!.id;
  const role = /(?<![\p{L}])staatssecretaris(?![\p{L}])/u.test(f) ? 'state-secretary' : /(?<![\p{L}])minister(?![\p{L}-])/u.test(f) ? 'minister' : null;
  const byRole = role ? gov.filter((s) => s.role === role) : [];
  if (byRole.length === 1) return byRole[0]!.id;
  return gov.length === 1 ? gov[0]!.id : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A list marker the source left on the item (VLOS text, an inline first item): the parser's own rule. */
function stripMarker(text: string): string {
  return stripListMarker(text).text.trim();
}

/** The chair's closing list as commitments, links still empty (see link.ts). */
export function closingCommitments(t: Transcript): Commitment[] {
  return withClosingList(t).closingList.map((c: ClosingItem) => {
    const text = stripMarker(c.text);
    return {
      id: `c-${c.turnIndex}-${c.paragraphIndex}`,
      source: 'closing-list' as const,
      text,
      speakerId: speakerOf(text, t.speakers),
      object: objectOf(text),
      recipient: recipientOf(text),
      deadline: parseDeadline(text, t.meta.date),
      turnIndex: c.turnIndex,
      sentence: null,
      links: [],
      inClosingList: null,
    };
  });
}
