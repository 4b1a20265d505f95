import { describe, expect, it } from 'vitest';
import { isVlos, parseVlos } from '../../lib/reader/vlos';
import type { Transcript } from '../../lib/transcript/model';
import { Transcript as TranscriptSchema } from '../../lib/transcript/model';
import { readRepoFile } from '../helpers/dom';

const fixture = readRepoFile('seeds/reader/vlos-sample.xml');
const xml = (s: string) => new DOMParser().parseFromString(s, 'application/xml');

function ok(r: ReturnType<typeof parseVlos>): Transcript {
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}

const t = ok(parseVlos(xml(fixture)));

describe('the VLOS fixture', () => {
  it('is a valid model whose offsets point at its paragraphs', () => {
    expect(TranscriptSchema.safeParse(t).success).toBe(true);
    for (const turn of t.turns) expect(t.text.slice(turn.start, turn.end)).toBe(turn.paragraphs.join('\n'));
  });

  it('reads the meeting from the elements', () => {
    expect(t.meta).toEqual({
      title: 'Stikstof en natuurherstel',
      kind: 'committee',
      source: 'tweedekamer-committee',
      committees: [],
      date: '2026-02-11',
      status: 'Ongecorrigeerd',
      opened: '10:00',
      closed: '12:41',
      attendance: ['Van der Stap', 'El Idrissi', 'Kapteijn', 'Oudeman', 'Ter Wisch'],
      clerk: 'Smit',
      complete: true,
      house: 'tweede-kamer',
    });
  });

  it('takes speakers, roles, parties and offices from spreker', () => {
    const by = Object.fromEntries(t.speakers.map((s) => [s.id, s]));
    expect(Object.keys(by).sort()).toEqual(
      ['de-kruijf-amrani', 'el-idrissi', 'hazelhoff', 'kapteijn', 'oudeman', 'ter-wisch', 'van-der-stap', 'van-oordt', 'zwartsenberg'].sort(),
    );
    expect(by['zwartsenberg']).toEqual({
      id: 'zwartsenberg',
      name: 'Zwartsenberg',
      role: 'minister',
      party: null,
      office: 'minister van Landbouw, Visserij, Voedselzekerheid en Natuur',
    });
    expect(by['de-kruijf-amrani']).toMatchObject({ role: 'state-secretary', party: null, office: 'staatssecretaris van Infrastructuur en Waterstaat' });
    expect(by['van-oordt']).toMatchObject({ name: 'Van Oordt', role: 'member', party: 'D66' });
    expect(by['hazelhoff']).toMatchObject({ role: 'member', party: 'CDA' });
  });

  it('gives every turn in order: chair turns, interruptions and the chair interrupting as chair', () => {
    expect(t.turns.map((x) => [x.speakerId, x.asChair, x.interrupts])).toEqual([
      ['van-oordt', true, null],
      ['ter-wisch', false, null],
      ['oudeman', false, 'ter-wisch'],
      ['ter-wisch', false, null],
      // An interrumpant that is the chair is a chair turn, not an interruption.
      ['van-oordt', true, null],
      ['van-der-stap', false, null],
      ['el-idrissi', false, 'van-der-stap'],
      ['van-der-stap', false, null],
      ['el-idrissi', false, 'van-der-stap'],
      ['van-der-stap', false, null],
      ['van-oordt', true, null],
      ['hazelhoff', true, null],
      ['zwartsenberg', false, null],
      ['kapteijn', false, 'zwartsenberg'],
      ['zwartsenberg', false, null],
      ['hazelhoff', true, null],
      ['de-kruijf-amrani', false, null],
      // The first chair, now speaking as a member (D66) while Hazelhoff chairs.
      ['van-oordt', false, 'de-kruijf-amrani'],
      ['de-kruijf-amrani', false, null],
      ['van-oordt', true, null],
    ]);
  });

  it('uses the printed label and keeps it out of the speech', () => {
    expect(t.turns[1]).toMatchObject({
      label: 'Mevrouw Ter Wisch (GroenLinks-PvdA):',
      paragraphs: [
        'Dank u wel, voorzitter. De natuur in Nederland staat er slecht voor. Van de Natura 2000-gebieden is meer dan de helft overbelast met stikstof.',
        'Wanneer komt de minister met een bindend reductiedoel per gebied?',
      ],
    });
    expect(t.turns[0]!.label).toBe('De voorzitter:');
    expect(t.turns[12]!.label).toBe('Minister Zwartsenberg:');
    expect(t.text).not.toContain('Elementen die de lezer niet kent');
  });

  it('has the chair changes, the suspension and the closing between the right turns', () => {
    expect(t.events).toEqual([
      { type: 'chair-change', beforeTurn: 0, chair: 'Van Oordt', speakerId: 'van-oordt' },
      { type: 'agenda-item', beforeTurn: 0, title: 'Stikstof en natuurherstel' },
      { type: 'suspension', beforeTurn: 11, from: '10:52', until: '11:05', text: 'De vergadering wordt van 10.52 uur tot 11.05 uur geschorst.' },
      { type: 'chair-change', beforeTurn: 11, chair: 'Hazelhoff', speakerId: 'hazelhoff' },
      { type: 'chair-change', beforeTurn: 19, chair: 'Van Oordt', speakerId: 'van-oordt' },
      { type: 'closing', beforeTurn: 20, time: '12:41' },
    ]);
  });

  it('reads the commitments the chair lists at the end', () => {
    expect(t.closingList.map((c) => [c.turnIndex, c.paragraphIndex])).toEqual([
      [19, 1],
      [19, 2],
    ]);
    expect(t.closingList[0]!.text).toMatch(/^De minister stuurt de Kamer voor 1 mei/);
  });
});

describe('tolerance', () => {
  it('reads the same without the namespace, or with a prefix', () => {
    const bare = fixture.replace(' xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"', '');
    expect(ok(parseVlos(xml(bare)))).toEqual(t);
    const prefixed = fixture
      .replace(' xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"', ' xmlns:v="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"')
      .replace(/<(\/?)(?!\?|!)([a-zA-Z])/gu, '<$1v:$2');
    expect(ok(parseVlos(xml(prefixed))).turns).toEqual(t.turns);
  });

  it('keeps the speaker order of a casco (no text typed yet)', () => {
    const casco = fixture.replace('status="Ongecorrigeerd"', 'status="Casco"').replace(/<tekst>[\s\S]*?<\/tekst>/gu, '<tekst />');
    const c = ok(parseVlos(xml(casco)));
    expect(c.meta.status).toBe('Casco');
    expect(c.turns.map((x) => x.speakerId)).toEqual(t.turns.map((x) => x.speakerId));
    expect(c.turns.every((x) => x.paragraphs.length === 0)).toBe(true);
    // The suspension's time comes from its time marks when its text is missing.
    expect(c.events.find((e) => e.type === 'suspension')).toMatchObject({ from: '10:52', until: '11:05' });
  });

  it('merges consecutive pieces of one speech and drops empty pieces', () => {
    const doc = xml(`<vlosCoreDocument status="Gecorrigeerd"><vergadering soort="Plenair"><titel>Plenaire vergadering</titel>
      <activiteit><activiteithoofd><activiteitdeel><activiteititem>
      <woordvoerder><spreker><verslagnaam>Jansen</verslagnaam><fractie>SP</fractie><aanhef>De heer</aanhef></spreker><isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>Eerste deel.</alineaitem></alinea></tekst></woordvoerder>
      <woordvoerder><spreker><verslagnaam>Jansen</verslagnaam><fractie>SP</fractie></spreker><tekst><alinea><alineaitem>Tweede deel.</alineaitem></alinea></tekst></woordvoerder>
      <woordvoerder><spreker><verslagnaam>Bakker</verslagnaam><fractie>VVD</fractie><aanhef>Mevrouw</aanhef></spreker><tekst /></woordvoerder>
      <woordvoerder><spreker><verslagnaam>Bakker</verslagnaam><fractie>VVD</fractie><aanhef>Mevrouw</aanhef></spreker><tekst><alinea>Antwoord.</alinea></tekst></woordvoerder>
      </activiteititem></activiteitdeel></activiteithoofd></activiteit></vergadering></vlosCoreDocument>`);
    const p = ok(parseVlos(doc));
    expect(p.meta.kind).toBe('plenary');
    expect(p.turns.map((x) => [x.label, x.paragraphs])).toEqual([
      ['De heer Jansen (SP):', ['Eerste deel.', 'Tweede deel.']],
      ['Mevrouw Bakker (VVD):', ['Antwoord.']],
    ]);
  });

  it('refuses XML that is not VLOS, and VLOS without speakers', () => {
    expect(isVlos(xml('<rss><channel /></rss>'))).toBe(false);
    expect(parseVlos(xml('<rss><channel /></rss>')).ok).toBe(false);
    expect(parseVlos(xml('<vlosCoreDocument><vergadering><titel>Leeg</titel></vergadering></vlosCoreDocument>')).ok).toBe(false);
  });
});
