import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Commitment } from '@/lib/commitments/model';
import type { FollowedReplies } from '@/lib/followed/messages';
import type { FollowedDraft } from '@/lib/followed/schema';
import type { Lang } from '@/lib/i18n/overlay';
import { t } from '@/lib/i18n/panels';
import type { OverlayData } from '@/lib/overlay-data';
import { turnLink } from '@/lib/overlay/navigation';
import type { Transcript } from '@/lib/transcript/model';

/** What the tracker keeps of a commitment: the promise, who, the debate, where, by when, the policy area. */
export function followedDraftOf(c: Commitment, transcript: Transcript, data: OverlayData, href: string): FollowedDraft {
  const speaker = c.speakerId ? data.speakers.find((s) => s.id === c.speakerId) : undefined;
  const turnIndex = c.turnIndex ?? c.links[0]?.turnIndex ?? null;
  return {
    text: c.text.replace(/\s+/gu, ' ').trim(),
    speaker: speaker?.display ?? '',
    office: speaker?.office ?? null,
    source: c.source,
    debate: { title: transcript.meta.title, date: transcript.meta.date },
    url: turnIndex !== null ? turnLink(href, turnIndex) : href,
    deadline: { text: c.deadline.text, from: c.deadline.from, to: c.deadline.to },
    area: transcript.meta.committees[0] ?? null,
  };
}

/**
 * "Volg deze toezegging": the commitment goes to the tracker in the
 * background, on a person's own click only (a page script's click follows
 * nothing, as with saving passages).
 */
export function useFollow(transcript: Transcript, data: OverlayData, lang: Lang, notify: (m: string) => void) {
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());
  const follow = async (c: Commitment, e: Event) => {
    if (!e.isTrusted) return;
    const commitment = followedDraftOf(c, transcript, data, location.href);
    let reply: FollowedReplies['follow-commitment'] | undefined;
    try {
      reply = (await browser.runtime.sendMessage({ type: 'follow-commitment', commitment })) as FollowedReplies['follow-commitment'] | undefined;
    } catch {
      reply = undefined;
    }
    if (reply?.ok) {
      setFollowed((s) => new Set(s).add(c.id));
      notify(t(lang, 'followed'));
    } else notify(reply?.message ?? t(lang, 'followFailed'));
  };
  return { followed, follow };
}
