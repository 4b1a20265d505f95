/**
 * Dates a page states in its `<meta>` elements. The government publisher's
 * pages (zoek.officielebekendmakingen.nl) carry both the meeting date and the
 * publication date there; the body text shows both too, so a date found in
 * the text may be the wrong one. Only what a page states is read: no meta,
 * no date.
 */

export interface PageDates {
  /** The date of the meeting the transcript records. */
  meeting: string | null;
  /** When the publisher issued the document (kept apart from the meeting date). */
  published: string | null;
}

// Metadata names as the publisher writes them (DCTERMS / OVERHEIDop vocabularies); compared in lower case.
const MEETING = ['overheidop.datumvergadering', 'overheidop.vergaderdatum'];
const PUBLISHED = ['dcterms.issued', 'overheidop.datumpublicatie'];

/** "2018-03-08" or "08-03-2018" → "2018-03-08"; anything else (including an impossible date) → null. */
export function isoFromMetaDate(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/u.exec(s) ?? swap(/^(\d{2})-(\d{2})-(\d{4})$/u.exec(s));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function swap(m: RegExpExecArray | null): [string, string, string, string] | null {
  return m ? [m[0], m[3]!, m[2]!, m[1]!] : null;
}

/** The meeting and publication dates from `<meta name=… content=…>` anywhere in the document. */
export function pageDates(doc: Document): PageDates {
  let meeting: string | null = null;
  let published: string | null = null;
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const name = (el.getAttribute('name') ?? '').toLowerCase();
    if (!meeting && MEETING.includes(name)) meeting = isoFromMetaDate(el.getAttribute('content'));
    else if (!published && PUBLISHED.includes(name)) published = isoFromMetaDate(el.getAttribute('content'));
  }
  return { meeting, published };
}
