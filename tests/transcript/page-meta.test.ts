import { describe, expect, it } from 'vitest';
import { isoFromMetaDate } from '../../lib/transcript/page-meta';
import { parseDocument } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';

const URL = 'https://zoek.officielebekendmakingen.nl/h-tk-20252026-49-7.html';

/**
 * The publisher's Handelingen pages state the meeting date and the issue date
 * as metadata, with the names its metadata scheme uses (OVERHEIDop.datumVergadering,
 * DCTERMS.issued), and show the issue date in the text before the meeting date.
 */
function realShapedPage(): string {
  return readRepoFile('tests/fixtures/pages/okb-handelingen.html')
    .replace(/<meta name="OVERHEIDop\.vergaderdatum"[^>]*>/u, '<meta name="OVERHEIDop.datumVergadering" scheme="OVERHEID.XSD.date" content="2026-02-12">')
    .replace(/<meta name="OVERHEIDop\.datumPublicatie"[^>]*>/u, '<meta name="DCTERMS.issued" scheme="OVERHEID.XSD.date" content="2026-02-27">')
    .replace('<dt>Datum vergadering</dt><dd>12 februari 2026</dd>\n          <dt>Datum publicatie</dt><dd>27 februari 2026</dd>', '<dt>Datum publicatie</dt><dd>27 februari 2026</dd>\n          <dt>Datum vergadering</dt><dd>12 februari 2026</dd>');
}

describe('dates of a Handelingen page', () => {
  it('takes the meeting date, not the publication date shown first, and keeps the publication date apart', () => {
    const html = realShapedPage();
    expect(html.indexOf('27 februari 2026')).toBeLessThan(html.indexOf('12 februari 2026'));
    const r = parseDocument(loadPage(html, URL), URL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.transcript.meta.date).toBe('2026-02-12');
    expect(r.transcript.meta.published).toBe('2026-02-27');
  });

  it('calls a published Handelingen item complete, also without a closing line of its own', () => {
    const html = realShapedPage().replace(/Sluiting \d{1,2}\.\d{2} uur\./u, '');
    const r = parseDocument(loadPage(html, URL), URL);
    expect(r.ok && r.transcript.meta.complete).toBe(true);
  });

  it('reads metadata dates in both forms the publisher uses, and nothing else', () => {
    expect(isoFromMetaDate('2018-03-08')).toBe('2018-03-08');
    expect(isoFromMetaDate('08-03-2018')).toBe('2018-03-08');
    expect(isoFromMetaDate('2018-03-08T00:00:00')).toBe('2018-03-08');
    for (const bad of ['', '2018-02-30', '8 maart 2018', '2018-13-01', null]) expect(isoFromMetaDate(bad)).toBeNull();
  });
});
