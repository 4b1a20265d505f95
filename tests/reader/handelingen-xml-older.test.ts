import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import { loadPage } from '../helpers/dom';

/**
 * The older Handelingen XML form (before the 2012 schema), as scrapers of
 * officielebekendmakingen read it (AmCAT's Handelingen scraper: turns are
 * `spreker` elements with a `wie` and `al` paragraphs, the chair speaks in
 * `voorz`, the chair's name is in `vrznaam`, the item in `itemnaam` and
 * `itemkop`, loose text in `draad`, the date as 14-03-2006). No real file of
 * this form was found in public repositories (tests/fixtures/real/SOURCES.md),
 * so this document is made here from that description: it shows the reader
 * takes the form's elements, not that it reads every real file of it.
 */
const OLDER = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata><meta name="OVERHEIDop.datumVergadering" content="14-03-2006"/></metadata>
  <handelingen>
    <vrznaam>Weisglas</vrznaam>
    <item>
      <itemnaam>Vragenuur</itemnaam>
      <itemkop>Vragen van het lid Jansen aan de minister van Justitie over de rechtspraak.</itemkop>
      <voorz><al>Ik geef het woord aan de heer Jansen.</al></voorz>
      <spreker>
        <wie><voorvoegsels>De heer</voorvoegsels><naam><voorletters>J.</voorletters><achternaam>Jansen</achternaam></naam><politiek>PvdA</politiek></wie>
        <al>Voorzitter. Ik heb een vraag.</al>
        <al>Wat doet de minister?</al>
      </spreker>
      <spreker>
        <wie><voorvoegsels>Minister</voorvoegsels><naam>Donner</naam><functie>minister van Justitie</functie></wie>
        <al>Voorzitter. Ik antwoord.</al>
      </spreker>
      <draad><al>De vergadering wordt van 15.02 uur tot 15.10 uur geschorst.</al></draad>
      <voorz><al>Ik dank de minister.</al></voorz>
    </item>
  </handelingen>
</officiele-publicatie>`;

const deps: OpenDeps = {
  pdfjs: () => Promise.reject(new Error('no PDF here')),
  parseHtml: (html) => loadPage(html, 'about:blank'),
};

describe('older Handelingen XML (spreker/wie, voorz, vrznaam, itemnaam)', () => {
  it('reads each spreker and voorz as a turn, with the named chair, parties, office, title and date', async () => {
    const r = await openTranscriptFile({ name: 'h-tk-20052006-60-1.xml', bytes: new TextEncoder().encode(OLDER) }, deps);
    if (!r.ok) throw new Error(r.message);
    expect(r.source.kind).toBe('handelingen-xml');
    const t = r.transcript;
    expect(t.meta).toMatchObject({ title: 'Vragenuur', date: '2006-03-14', source: 'handelingen' });
    const who = (id: string) => t.speakers.find((s) => s.id === id)!;
    expect(t.turns.map((x) => [x.label, x.asChair, who(x.speakerId).name, who(x.speakerId).party, x.paragraphs.length])).toEqual([
      ['De voorzitter:', true, 'Weisglas', null, 1],
      ['De heer Jansen (PvdA):', false, 'Jansen', 'PvdA', 2],
      ['Minister Donner:', false, 'Donner', null, 1],
      ['De voorzitter:', true, 'Weisglas', null, 1],
    ]);
    expect(who(t.turns[2]!.speakerId)).toMatchObject({ role: 'minister', office: 'minister van Justitie' });
    expect(t.events.map((e) => e.type)).toEqual(['chair-change', 'suspension']);
    // The item's description is not speech.
    expect(t.text).not.toContain('Vragen van het lid Jansen');
  });
});

/**
 * The oldest form (about 1995 to 2011), as two independent readers of
 * officielebekendmakingen's files describe it: the root is `handeling`, the
 * front matter `frontm` (with `vergjaar`), the items `part/item`, and a
 * speaker's `wie` gives the form of address in `aanspr` and the party in
 * `partij` (not `voorvoegsels` and `politiek` as later). Made here from those
 * descriptions: no real file of this form is in a repository we may use.
 */
const OLDEST = `<?xml version="1.0" encoding="UTF-8"?>
<handeling>
  <frontm><versie dtd="handeling"/><ordernr>12</ordernr><vergjaar>2004-2005</vergjaar></frontm>
  <part>
    <item>
      <volgnr>3</volgnr>
      <itemnaam>Wet op de zorgtoeslag</itemnaam>
      <itemkop><al>Aan de orde is de behandeling van het wetsvoorstel.</al></itemkop>
      <voorz><al>Ik geef het woord aan mevrouw Kant.</al></voorz>
      <spreker>
        <wie><aanspr>Mevrouw</aanspr><naam>Kant</naam><partij>SP</partij></wie>
        <al>Voorzitter. Waarom daalt de toeslag?</al>
      </spreker>
      <spreker>
        <wie><aanspr>Minister</aanspr><naam>Hoogervorst</naam></wie>
        <al>Voorzitter. Ik stuur de Kamer voor de zomer een brief.</al>
      </spreker>
      <voorz><al>Ik dank de minister.</al></voorz>
    </item>
  </part>
</handeling>`;

describe('oldest Handelingen XML (root handeling, wie with aanspr and partij)', () => {
  it('is read by its elements: each spreker and voorz a turn, with form of address, party and the minister', async () => {
    const r = await openTranscriptFile({ name: 'h-tk-20042005-12-3.xml', bytes: new TextEncoder().encode(OLDEST) }, deps);
    if (!r.ok) throw new Error(r.message);
    expect(r.source.kind).toBe('handelingen-xml');
    const t = r.transcript;
    expect(t.meta.title).toBe('Wet op de zorgtoeslag');
    const who = (id: string) => t.speakers.find((s) => s.id === id)!;
    expect(t.turns.map((x) => [x.label, x.asChair, who(x.speakerId).name, who(x.speakerId).party, who(x.speakerId).role])).toEqual([
      ['De voorzitter:', true, expect.any(String), null, 'chair'],
      ['Mevrouw Kant (SP):', false, 'Kant', 'SP', 'member'],
      ['Minister Hoogervorst:', false, 'Hoogervorst', null, 'minister'],
      ['De voorzitter:', true, expect.any(String), null, 'chair'],
    ]);
    expect(t.text).not.toContain('2004-2005');
    expect(t.text).not.toContain('Aan de orde is');
  });

  it('a one-letter code in aanspr is no form of address', async () => {
    const coded = OLDEST.replace('<aanspr>Mevrouw</aanspr>', '<aanspr>v</aanspr>');
    const r = await openTranscriptFile({ name: 'h.xml', bytes: new TextEncoder().encode(coded) }, deps);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns[1]!.label).toBe('Kant (SP):');
  });
});

describe('oldest Handelingen XML without an XML declaration', () => {
  it('is still known by its root', async () => {
    const bare = OLDEST.slice(OLDEST.indexOf('<handeling>'));
    const r = await openTranscriptFile({ name: 'h.xml', bytes: new TextEncoder().encode(bare) }, deps);
    if (!r.ok) throw new Error(r.message);
    expect(r.source.kind).toBe('handelingen-xml');
    expect(r.transcript.turns).toHaveLength(4);
  });
});
