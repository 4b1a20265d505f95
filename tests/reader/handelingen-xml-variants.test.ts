import { describe, expect, it } from 'vitest';
import { openTranscriptFile, type OpenDeps } from '../../lib/reader/open-file';
import type { Transcript } from '../../lib/transcript/model';
import { loadPage } from '../helpers/dom';

/**
 * Forms of the publisher's Handelingen XML that a helper's review (session of 2026-12-06) found read wrong, each in
 * a small document shaped like the real ones (tests/fixtures/real/h-*.xml): an item where only the chair speaks
 * (Stemmingen, Mededelingen), an empty `spreekbeurt` or `politiek`, "De beraadslaging wordt gesloten." after a
 * minister, a whole sitting's `vergadering` block with its date and chair, a temporary chair, an office printed after
 * the label's colon, and a footnote inside a paragraph. Expected answers written before the reader was changed.
 */
const deps: OpenDeps = {
  pdfjs: () => Promise.reject(new Error('no PDF here')),
  parseHtml: (html) => loadPage(html, 'about:blank'),
};

const spreker = (prefix: string | null, surname: string, party?: string, functie?: string) =>
  `<spreker>${prefix ? `<voorvoegsels>${prefix}</voorvoegsels>\n          ` : ''}<naam><achternaam>${surname}</achternaam></naam>${party !== undefined ? ` (<politiek>${party}</politiek>)` : ''}:${functie ? `<functie>${functie}</functie>` : ''}</spreker>`;
const turn = (who: string, ...als: string[]) => `<spreekbeurt nieuw="nee">${who}<tekst status="goed"><al-groep>${als.map((a) => `<al>${a}</al>`).join('')}</al-groep></tekst></spreekbeurt>`;
const loose = (...als: string[]) => `<tekst status="goed"><al-groep>${als.map((a) => `<al>${a}</al>`).join('')}</al-groep></tekst>`;
const CHAIR = spreker('De', 'voorzitter');
const doc = (id: string, body: string, before = '') => `<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie><metadata><meta name="OVERHEIDop.externMetadataRecord" scheme="" content="https://zoek.officielebekendmakingen.nl/${id}/metadata.xml" /></metadata>
<handelingen>${before}<agendapunt><nr>8</nr><item-titel>Het item</item-titel>${body}</agendapunt></handelingen></officiele-publicatie>`;

async function read(xml: string): Promise<Transcript> {
  const r = await openTranscriptFile({ name: 'h-tk-20192020-31-8.xml', bytes: new TextEncoder().encode(xml) }, deps);
  if (!r.ok) throw new Error(r.message);
  expect(r.source.kind).toBe('handelingen-xml');
  return r.transcript;
}
const rows = (t: Transcript) =>
  t.turns.map((x) => {
    const s = t.speakers.find((p) => p.id === x.speakerId)!;
    return [x.label, x.asChair, s.name, s.party, x.paragraphs.length];
  });

describe('Handelingen XML: an item where only the chair speaks', () => {
  it('is read as Handelingen XML, one turn per spreekbeurt, the roll-calls in the chair’s turns', async () => {
    const t = await read(
      doc(
        'h-tk-20192020-31-8',
        turn(CHAIR, 'Dan gaan wij stemmen over de moties bij het MIRT.') +
          loose('In stemming komt de motie-Van Aalst (35300-A, nr. 15).') +
          turn(CHAIR, 'Ik constateer dat de leden van de fractie van de PVV voor deze motie hebben gestemd en de leden van de overige fracties ertegen, zodat zij is verworpen.') +
          loose('In stemming komt de motie-Van Aalst (35300-A, nr. 16).') +
          turn(CHAIR, 'Ik constateer dat deze motie is verworpen.'),
      ),
    );
    expect(t.turns.map((x) => [x.asChair, x.paragraphs.length])).toEqual([
      [true, 2],
      [true, 2],
      [true, 1],
    ]);
    expect(t.speakers).toHaveLength(1);
  });
});

describe('Handelingen XML: empty parts', () => {
  it('an empty spreekbeurt is no turn, and an empty politiek no party nor second speaker', async () => {
    const t = await read(
      doc(
        'h-tk-20212022-58-8',
        turn(CHAIR, 'Het woord is aan de heer Smals.') +
          `<spreekbeurt nieuw="ja">${spreker('De heer', 'Smals', 'VVD')}<tekst status="goed"><al-groep><al/></al-groep></tekst></spreekbeurt>` +
          turn(spreker('De heer', 'Smals', 'VVD'), 'Voorzitter. Excuus, mijn microfoon stond uit.') +
          `<spreekbeurt nieuw="ja">${spreker('Mevrouw', 'Maatoug', '')}<tekst status="goed"/></spreekbeurt>` +
          turn(spreker('Mevrouw', 'Maatoug', 'GroenLinks'), 'Voorzitter. Een interruptie.') +
          turn(CHAIR, 'Dank u wel.'),
      ),
    );
    expect(rows(t)).toEqual([
      ['De voorzitter:', true, null, null, 1],
      ['De heer Smals (VVD):', false, 'Smals', 'VVD', 1],
      ['Mevrouw Maatoug (GroenLinks):', false, 'Maatoug', 'GroenLinks', 1],
      ['De voorzitter:', true, null, null, 1],
    ].map(([label, chair, name, party, n]) => [label, chair, chair ? expect.anything() : name, party, n]));
    expect(t.speakers.filter((s) => s.name === 'Maatoug')).toHaveLength(1);
  });
  it('an empty politiek on a turn with words prints no "()"', async () => {
    const t = await read(doc('h-tk-20212022-58-8', turn(CHAIR, 'Mevrouw Maatoug.') + turn(spreker('Mevrouw', 'Maatoug', ''), 'Voorzitter. Een vraag.')));
    expect(t.turns[1]!.label).toBe('Mevrouw Maatoug:');
    expect(t.speakers.find((s) => s.name === 'Maatoug')!.party).toBeNull();
  });
});

describe('Handelingen XML: the chair’s procedural lines', () => {
  it('"De beraadslaging wordt gesloten." after a minister is the chair’s, not the minister’s', async () => {
    const t = await read(
      doc(
        'h-tk-20192020-31-8',
        turn(CHAIR, 'Het woord is aan de minister.') + turn(spreker('Minister', 'Adema'), 'Voorzitter. Ik laat het oordeel aan de Kamer.') + loose('De beraadslaging wordt gesloten.') + turn(CHAIR, 'Dank u wel.'),
      ),
    );
    expect(t.turns[1]!.paragraphs).toEqual(['Voorzitter. Ik laat het oordeel aan de Kamer.']);
    const closing = t.turns.find((x) => x.paragraphs.includes('De beraadslaging wordt gesloten.'))!;
    expect(closing.asChair).toBe(true);
  });
  it('review: "De algemene beraadslaging wordt gesloten." too', async () => {
    const t = await read(doc('h-tk-20192020-31-8', turn(CHAIR, 'Het woord is aan de minister.') + turn(spreker('Minister', 'Adema'), 'Voorzitter. Dank u wel.') + loose('De algemene beraadslaging wordt gesloten.')));
    expect(t.turns.find((x) => x.paragraphs.includes('De algemene beraadslaging wordt gesloten.'))!.asChair).toBe(true);
  });
});

describe('Handelingen XML: a whole sitting’s vergadering block', () => {
  const before = `<vergadering><vergadering-nummer>62e vergadering</vergadering-nummer><vergaderdatum>Woensdag 14 maart 2018</vergaderdatum><vergadertijd>Aanvang 10.15 uur</vergadertijd>
<al-groep><al><nadruk type="vet">Voorzitter: Arib</nadruk></al><al>Aanwezig zijn 4 leden der Kamer, te weten:</al><al>Agema, Van Aalst, Amhaouch en Wörsdörfer,</al></al-groep></vergadering>`;
  it('gives the date of vergaderdatum and the chair it names; the roll is no speech', async () => {
    const t = await read(doc('h-tk-20172018-62', turn(CHAIR, 'Ik deel aan de Kamer mee dat het volgende lid zich heeft afgemeld: Leijten.') + turn(spreker('De heer', 'Amhaouch', 'CDA'), 'Voorzitter. Een vraag.'), before));
    expect(t.meta.date).toBe('2018-03-14');
    expect(t.speakers.find((s) => s.id === t.turns[0]!.speakerId)!.name).toBe('Arib');
    expect(t.text).not.toContain('Aanwezig zijn');
  });
});

describe('Handelingen XML: a temporary chair', () => {
  it('"De tijdelijke voorzitter:" speaks as the chair, named by "Tijdelijke voorzitter: X"', async () => {
    const TEMP = spreker('De', 'tijdelijke voorzitter');
    const t = await read(doc('h-ek-20202021-38-4', loose('Tijdelijke voorzitter: Backer') + turn(TEMP, 'Ik geef het woord aan mevrouw Gerkens.') + turn(spreker('Mevrouw', 'Gerkens', 'SP'), 'Voorzitter. Dank u wel.')));
    expect(t.turns[0]!.asChair).toBe(true);
    expect(t.speakers.find((s) => s.id === t.turns[0]!.speakerId)!.name).toBe('Backer');
  });
});

describe('Handelingen XML: an office after the label’s colon', () => {
  it('is the office, not part of the label; "vicepremier, minister van …" is a minister', async () => {
    const t = await read(
      doc(
        'h-tk-20222023-40-5',
        turn(spreker('De heer', 'Klaver', 'GroenLinks'), 'Voorzitter. Een vraag.') +
          turn(spreker('Minister', 'Rutte', undefined, 'minister-president, minister van Algemene Zaken'), 'Voorzitter. Dank voor de vraag.') +
          turn(spreker(null, 'Kaag', undefined, 'vicepremier, minister van Financiën'), 'Voorzitter. Ook van mij.'),
      ),
    );
    expect(t.turns.map((x) => x.label).slice(0, 2)).toEqual(['De heer Klaver (GroenLinks):', 'Minister Rutte:']);
    const rutte = t.speakers.find((s) => s.name === 'Rutte')!;
    expect(rutte).toMatchObject({ role: 'minister', office: 'minister-president, minister van Algemene Zaken' });
    expect(t.speakers.find((s) => s.name === 'Kaag')).toMatchObject({ role: 'minister', office: 'vicepremier, minister van Financiën' });
  });
});

describe('Handelingen XML: a footnote inside a paragraph', () => {
  it('is not glued into the sentence', async () => {
    const t = await read(
      doc(
        'h-tk-20192020-31-8',
        turn(CHAIR, 'Het woord is aan de minister.') +
          turn(spreker('Minister', 'Schouten'), 'Zoals ik in mijn brief<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>Kamerstuk 35334, nr. 82.</noot.al></noot> heb geschreven, loopt dit tot 2030.'),
      ),
    );
    expect(t.turns[1]!.paragraphs).toEqual(['Zoals ik in mijn brief heb geschreven, loopt dit tot 2030.']);
  });
});

describe('Handelingen XML: motions of a dossier with a sub-number, and the Eerste Kamer’s lettered motions', () => {
  const motie = (id: string, info: string) =>
    `<spreekbeurt nieuw="ja">${spreker('Mevrouw', 'Vestering', 'PvdD')}<tekst status="goed"><al-groep><al>Voorzitter. Ik heb één motie.</al></al-groep><motie id="${id}"><kop><titel status="officieel">Motie</titel></kop><al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering de visstand te beschermen,</al><al>en gaat over tot de orde van de dag.</al><motie-info>${info}</motie-info></motie></tekst></spreekbeurt>`;
  const ref = (doc: string, text: string) => `<extref soort="document" status="actief" doc="${doc}">${text}</extref>`;
  it('"kst-21501-32-1534": dossier 21501-32, number 1534', async () => {
    const t = await read(
      doc('h-tk-20232024-4-26', turn(CHAIR, 'Het woord is aan mevrouw Vestering.') + motie('M-21501-32-1534', `<al>Deze motie is voorgesteld door het lid Vestering.</al><al>Zij krijgt nr. ${ref('kst-21501-32-1534', '1534')} (${ref('kst-21501-32-1534', '21501-32')}).</al>`)),
    );
    expect(t.motions.map((m) => [m.number, m.kamerstuk, m.submitters])).toEqual([['1534', '21501-32', ['Vestering']]]);
  });
  it('the same from the note’s text alone', async () => {
    const t = await read(doc('h-tk-20232024-4-26', turn(CHAIR, 'Het woord is aan mevrouw Vestering.') + motie('', '<al>Deze motie is voorgesteld door het lid Vestering.</al><al>Zij krijgt nr. 1534 (21501-32).</al>')));
    expect(t.motions.map((m) => [m.number, m.kamerstuk])).toEqual([['1534', '21501-32']]);
  });
  it('review: an amended motion\'s note ("Zij krijgt nr. 7, was nr. 5 (36200-XIV).") keeps its dossier', async () => {
    const t = await read(doc('h-tk-20232024-4-26', turn(CHAIR, 'Het woord is aan mevrouw Vestering.') + motie('', '<al>Deze motie is voorgesteld door het lid Vestering.</al><al>Zij krijgt nr. 7, was nr. 5 (36200-XIV).</al>')));
    expect(t.motions.map((m) => [m.number, m.kamerstuk])).toEqual([['7', '36200-XIV']]);
  });
  it('"Zij krijgt letter I", "ondertekend door de leden …"', async () => {
    const t = await read(
      doc(
        'h-ek-20202021-38-4',
        turn(CHAIR, 'Het woord is aan mevrouw Vestering.') +
          motie('M-35824-I', `<al>Deze motie is ondertekend door de leden Vestering en Koffeman. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.</al><al>Zij krijgt letter I (${ref('kst-35824-I', '35824')}).</al>`),
      ),
    );
    expect(t.motions.map((m) => [m.number, m.kamerstuk, m.submitters])).toEqual([['I', '35824', ['Vestering', 'Koffeman']]]);
  });
});

describe('Handelingen XML: the list of incoming documents after the items', () => {
  it('is no one’s speech (handeling_bijlage)', async () => {
    const bijlage = '<handeling_bijlage soort="stukkenlijst"><kop><titel>Lijst van ingekomen stukken</titel></kop><tekst><al-groep><al>De volgende stukken zijn ingekomen:</al><lijst><li><li.nr>1.</li.nr><al>de brief van de minister van VWS over de jeugdzorg (31839, nr. 650).</al></li></lijst></al-groep></tekst></handeling_bijlage>';
    const xml = doc('h-tk-20192020-31-8', turn(spreker('Mevrouw', 'Westerveld', 'GroenLinks'), 'Voorzitter. Een vraag.') + turn(spreker('Minister', 'De Jonge'), 'Voorzitter. Een laatste antwoord.')).replace('</handelingen>', `${bijlage}</handelingen>`);
    const t = await read(xml);
    expect(t.turns.at(-1)!.paragraphs).toEqual(['Voorzitter. Een laatste antwoord.']);
    expect(t.text).not.toContain('ingekomen');
  });
});

describe('Handelingen XML: a table in a speech', () => {
  it('keeps every row as a paragraph, cells with or without al', async () => {
    const tabel = '<tabel><tgroup cols="2"><tbody><row><entry><al>2020</al></entry><entry><al>100 miljoen</al></entry></row><row><entry>2021</entry><entry>250 miljoen</entry></row></tbody></tgroup></tabel>';
    const t = await read(doc('h-tk-20192020-31-8', turn(CHAIR, 'Het woord is aan de minister.') + turn(spreker('Minister', 'Schouten'), 'Het kabinet trekt geld uit:').replace('</al-groep>', `</al-groep>${tabel}`)));
    expect(t.turns[1]!.paragraphs).toEqual(['Het kabinet trekt geld uit:', '2020; 100 miljoen', '2021; 250 miljoen']);
  });
});

describe('review 2: a table cell with several paragraphs or a list', () => {
  it('keeps the paragraphs of a cell apart by a space', async () => {
    const tabel = '<tabel><tgroup cols="2"><tbody><row><entry><al>Groningen</al><al>Drenthe</al></entry><entry><al>100 miljoen</al></entry></row></tbody></tgroup></tabel>';
    const t = await read(doc('h-tk-20192020-31-8', turn(CHAIR, 'Het woord is aan de minister.') + turn(spreker('Minister', 'Schouten'), 'Het geld gaat naar:').replace('</al-groep>', `</al-groep>${tabel}`)));
    expect(t.turns[1]!.paragraphs).toEqual(['Het geld gaat naar:', 'Groningen Drenthe; 100 miljoen']);
  });
});

describe('Handelingen XML: what the previous review left (session of 2026-12-06, evening)', () => {
  it('a whole sitting’s roll call is the attendance, its names over several paragraphs', async () => {
    const before = `<vergadering><vergadering-nummer>62e vergadering</vergadering-nummer><vergaderdatum>Woensdag 14 maart 2018</vergaderdatum>
<al-groep><al><nadruk type="vet">Voorzitter: Arib</nadruk></al><al>Aanwezig zijn 5 leden der Kamer, te weten:</al><al>Agema, Van Aalst, Amhaouch en Wörsdörfer,</al><al>en mevrouw Keijzer, staatssecretaris van Economische Zaken en Klimaat.</al></al-groep></vergadering>`;
    const t = await read(doc('h-tk-20172018-62-3', turn(CHAIR, 'Ik open de vergadering.') + turn(spreker('Mevrouw', 'Agema', 'PVV'), 'Voorzitter. Een vraag.'), before));
    expect(t.meta.attendance).toEqual(['Agema', 'Van Aalst', 'Amhaouch', 'Wörsdörfer']);
  });
  it('a heading inside a speech (tussenkop) stays in it as a paragraph of its own, not lost', async () => {
    const speech = `<spreekbeurt nieuw="nee">${spreker(null, 'Schouten', undefined, 'minister van Landbouw, Natuur en Voedselkwaliteit')}<tekst status="goed"><al-groep><al>Voorzitter. Ik begin bij de landbouw.</al></al-groep><tussenkop>Visserij</tussenkop><al-groep><al>Dan de visserij.</al></al-groep></tekst></spreekbeurt>`;
    const t = await read(doc('h-tk-20172018-62-4', turn(CHAIR, 'Het woord is aan de minister.') + speech + turn(CHAIR, 'Dank u wel.')));
    expect(t.turns[1]!.paragraphs).toEqual(['Voorzitter. Ik begin bij de landbouw.', 'Visserij', 'Dan de visserij.']);
  });
});
