import type { Followed } from './schema';

export type FollowedStatus = 'done' | 'overdue' | 'due-soon' | 'open';

/** How many days before its deadline a commitment counts as due soon. */
export const DUE_SOON_DAYS = 14;

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
/** The reader's calendar day, in their own time zone. */
const today = (now: Date) => Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());

/**
 * Open, due soon (within two weeks of the deadline's last day), overdue (the
 * last day has passed) or done (the reader said so). A deadline that is a
 * window ("voor de zomer": until 20 June) is due by its last day; without a
 * resolved day a commitment stays open.
 */
export function followedStatus(f: Pick<Followed, 'done' | 'deadline'>, now: Date): FollowedStatus {
  if (f.done) return 'done';
  const last = f.deadline.to ?? f.deadline.from;
  if (!last) return 'open';
  const left = (day(last) - today(now)) / 86_400_000;
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** By deadline (soonest first; those without one last), then by when followed. */
export function byDeadline(a: Followed, b: Followed): number {
  const da = a.deadline.to ?? a.deadline.from ?? '9999-12-31';
  const db = b.deadline.to ?? b.deadline.from ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.followedAt < b.followedAt ? -1 : 1;
}

export function overdueCount(list: readonly Followed[], now: Date): number {
  return list.filter((f) => followedStatus(f, now) === 'overdue').length;
}
