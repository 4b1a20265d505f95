import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../lib/commitments';
import type { Commitment } from '../../lib/commitments/model';
import type { Transcript } from '../../lib/transcript/model';
import { parseDocument, parseText } from '../../lib/transcript/parse';
import { loadPage, readRepoFile } from '../helpers/dom';
import { type ExpectedInDebate, type ExpectedItem, pct, scoreInDebate, scoreLinks } from './metrics';

/**
 * Other phrasings than the seed: a numbered list, a dash list, an HTML list,
 * two government speakers, plenary debates without a closing list, and the
 * fixture pages with their answer keys (pages-expected.json).
 */

function fromText(text: string): Transcript {
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}
const sentenceOf = (t: Transcript, c: Commitment, k = 0) => t.text.slice(c.links[k]!.start, c.links[k]!.end);

// Items separated by blank lines: in plain text, lines that start with "1." or "-" without a blank line
// before them are taken for wrapped PDF lines by the parser and joined (see the report).
const committee = (marker: (i: number) => string) => `VERSLAG VAN EEN COMMISSIEDEBAT
De vaste commissie voor Financiën heeft op 10 maart 2026 overleg gevoerd met de heer De Vries, minister van Financiën, en mevrouw Bakker, staatssecretaris van Financiën, over: de Voorjaarsnota.

Voorzitter: Jansen

De voorzitter:
Welkom. Het woord is aan de heer Pieters.

De heer Pieters (CDA):
Kan de minister toezeggen dat hij een brief stuurt over de compensatie in box 3? En ik wil graag een overzicht van de hersteloperatie toeslagen.

Minister De Vries:
Over box 3 het volgende. De rechter heeft geoordeeld dat de compensatie ook voor spaarders moet gelden. Ik stuur de Kamer voor 1 mei een brief over de compensatie in box 3. Dat zeg ik toe. Daar kom ik straks nog op terug, als ik de andere vragen heb gehad.

Staatssecretaris Bakker:
Over de hersteloperatie toeslagen informeer ik de Kamer voor het zomerreces. Een nieuwe regeling voor ex-partners kan ik niet toezeggen. Mocht de Belastingdienst eerder klaar zijn met de evaluatie van de bezwaarprocedure, dan laat ik de Kamer dat weten.

De voorzitter:
Ik heb de volgende toezeggingen genoteerd.

${marker(1)} De minister stuurt de Kamer voor 1 mei een brief over de compensatie in box 3.

${marker(2)} De staatssecretaris informeert de Kamer voor het zomerreces over de voortgang van de hersteloperatie toeslagen.

Ik sluit de vergadering.

Sluiting 12.00 uur.`;

describe.each([
  ['numbered list', (i: number) => `${i}.`],
  ['dash list', () => '-'],
  ['bullets', () => '•'],
])('committee debate, %s, minister and state secretary', (_name, marker) => {
  const t = fromText(committee(marker));
  const all = findCommitments(t);
  const closing = all.filter((c) => c.source === 'closing-list');
  const inDebate = all.filter((c) => c.source === 'in-debate');

  it('reads both items, each with its own speaker and deadline', () => {
    expect(closing.map((c) => [c.text.slice(0, 20), c.speakerId, c.object, c.recipient])).toEqual([
      ['De minister stuurt d', 'de-vries', 'brief', 'de Kamer'],
      ['De staatssecretaris ', 'bakker', 'informatie', 'de Kamer'],
    ]);
    expect(closing[0]!.deadline).toEqual({ text: 'voor 1 mei', kind: 'period', from: '2026-03-10', to: '2026-05-01' });
    expect(closing[1]!.deadline).toEqual({ text: 'voor het zomerreces', kind: 'period', from: '2026-03-10', to: '2026-07-01' });
  });

  it('links each item to the right speaker’s sentence, surely', () => {
    expect(closing[0]!.links[0]).toMatchObject({ turnIndex: 2, sure: true });
    expect(sentenceOf(t, closing[0]!)).toBe('Ik stuur de Kamer voor 1 mei een brief over de compensatie in box 3.');
    expect(closing[1]!.links[0]).toMatchObject({ turnIndex: 3, sure: true });
    expect(sentenceOf(t, closing[1]!)).toBe('Over de hersteloperatie toeslagen informeer ik de Kamer voor het zomerreces.');
  });

  it('finds the promises, flags the unlisted one, skips the request, the refusal and the in-debate promise', () => {
    expect(inDebate.map((c) => [c.text, c.inClosingList])).toEqual([
      ['Ik stuur de Kamer voor 1 mei een brief over de compensatie in box 3.', true],
      ['Dat zeg ik toe.', true],
      ['Over de hersteloperatie toeslagen informeer ik de Kamer voor het zomerreces.', true],
      ['Mocht de Belastingdienst eerder klaar zijn met de evaluatie van de bezwaarprocedure, dan laat ik de Kamer dat weten.', false],
    ]);
    expect(inDebate.map((c) => c.speakerId)).toEqual(['de-vries', 'de-vries', 'bakker', 'bakker']);
  });
});

describe('committee page with an HTML numbered list (<ol>)', () => {
  const url = 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?did=2026D20001&id=2026Z04001';
  const html = `<!DOCTYPE html><html lang="nl"><head><title>Verslag van een commissiedebat, gehouden op 12 maart 2026, over Wonen</title></head><body>
  <main><h1>Verslag van een commissiedebat, gehouden op 12 maart 2026, over Wonen</h1><div class="content">
  <p><strong>VERSLAG VAN EEN COMMISSIEDEBAT</strong></p>
  <p>De vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening heeft op 12 maart 2026 overleg gevoerd met mevrouw Bakker, minister van Volkshuisvesting en Ruimtelijke Ordening, over: de woningbouw.</p>
  <p>Voorzitter: Kamminga</p><p>Aanvang 10.00 uur.</p>
  <p>De voorzitter:</p><p>Welkom. Mevrouw Yılmaz.</p>
  <p>Mevrouw Yılmaz (GroenLinks-PvdA):</p><p>Kan de minister een overzicht geven van de projecten die vastzitten op netcongestie? Is de minister bereid de Kamer te informeren over de flexpool?</p>
  <p>Minister Bakker:</p><p>Ik stuur u volgende week vrijdag het overzicht van de projecten die vastzitten op netcongestie, per provincie. Over de flexibele pool van experts bij gemeenten rapporteer ik in het najaar aan de Kamer.</p>
  <p>De voorzitter:</p><p>Dan rest mij nog wel even de toezeggingen door te nemen.</p>
  <ol><li>De minister stuurt de Kamer volgende week vrijdag een overzicht per provincie van de projecten die vastzitten op netcongestie.</li>
  <li>De minister informeert de Kamer in het najaar over de pool van experts voor gemeenten.</li></ol>
  <p>Ik sluit de vergadering.</p><p>Sluiting 11.00 uur.</p></div></main></body></html>`;
  const r = parseDocument(loadPage(html, url), url);
  if (!r.ok) throw new Error(r.message);
  const t = r.transcript;
  const all = findCommitments(t);
  const closing = all.filter((c) => c.source === 'closing-list');

  it('reads the list items with dates from the debate (Thursday 12 March → Friday 20 March)', () => {
    expect(closing).toHaveLength(2);
    expect(closing[0]!.deadline).toMatchObject({ text: 'volgende week vrijdag', kind: 'date', from: '2026-03-20', to: '2026-03-20' });
    expect(closing[1]!.deadline).toMatchObject({ text: 'in het najaar', from: '2026-09-01', to: '2026-11-30' });
    expect(closing.map((c) => c.speakerId)).toEqual(['bakker', 'bakker']);
  });

  it('links both to the minister’s sentences and marks both in-debate promises as listed', () => {
    expect(sentenceOf(t, closing[0]!)).toContain('Ik stuur u volgende week vrijdag het overzicht');
    expect(sentenceOf(t, closing[1]!)).toContain('rapporteer ik in het najaar aan de Kamer');
    const inDebate = all.filter((c) => c.source === 'in-debate');
    expect(inDebate).toHaveLength(2);
    expect(inDebate.every((c) => c.inClosingList === true)).toBe(true);
  });
});

describe('plenary debate without a closing list', () => {
  const t = fromText(`Plenair verslag Tweede Kamer, 52e vergadering
Donderdag 19 februari 2026

Voorzitter: Kamminga

Aan de orde is het debat over de jeugdzorg.

De voorzitter:
Het woord is aan de staatssecretaris.

Staatssecretaris Ter Wisch:
Dank u wel, voorzitter. Ik zal de Kamer voor de zomer per brief informeren over de wachtlijsten. Een wettelijk verbod op winst kan ik niet toezeggen. Daar kom ik in de tweede termijn op terug.

Mevrouw Dijkman (SP):
Kan de staatssecretaris toezeggen dat de brief ook over de winsten gaat?

Staatssecretaris Ter Wisch:
Ja, dat doe ik.

De voorzitter:
Dank u wel. Ik sluit de vergadering.

Sluiting 16.00 uur.`);
  const all = findCommitments(t);

  it('has no closing items and flags every in-debate promise as not listed', () => {
    expect(t.meta.kind).toBe('plenary');
    expect(all.filter((c) => c.source === 'closing-list')).toEqual([]);
    expect(all.map((c) => [c.text, c.inClosingList])).toEqual([
      ['Ik zal de Kamer voor de zomer per brief informeren over de wachtlijsten.', false],
      ['Ja, dat doe ik.', false],
    ]);
    expect(all[0]!.deadline).toMatchObject({ text: 'voor de zomer', to: '2026-07-01' });
  });
});

describe('fixture pages', () => {
  interface PageKey {
    governmentSpeaker?: string;
    closing: (ExpectedItem & { object: string; recipient: string | null; deadline: unknown })[];
    inDebate: ExpectedInDebate;
  }
  const keys = JSON.parse(readRepoFile('tests/commitments/pages-expected.json')) as Record<string, PageKey>;
  for (const name of ['tk-committee-climate', 'tk-committee-dashes', 'tk-plenary', 'okb-handelingen']) {
    describe(name, () => {
      const key = keys[name]!;
      const expected = JSON.parse(readRepoFile(`tests/fixtures/pages/${name}.expected.json`)) as { url: string };
      const r = parseDocument(loadPage(readRepoFile(`tests/fixtures/pages/${name}.html`), expected.url), expected.url);
      if (!r.ok) throw new Error(r.message);
      const t = r.transcript;
      const all = findCommitments(t);
      const closing = all.filter((c) => c.source === 'closing-list');

      it('closing items: who, what, to whom, when', () => {
        expect(closing).toHaveLength(key.closing.length);
        closing.forEach((c, i) => {
          expect(c.speakerId).toBe(key.governmentSpeaker);
          expect([c.object, c.recipient]).toEqual([key.closing[i]!.object, key.closing[i]!.recipient]);
          expect(c.deadline, c.text).toEqual(key.closing[i]!.deadline);
        });
      });

      it('links and in-debate commitments against the key', () => {
        const L = scoreLinks(t, closing, key.closing);
        const D = scoreInDebate(t, all, key.inDebate);
        console.log(
          `${name}: links P ${pct(L.precision)} (${L.correct}/${L.links}) R ${pct(L.recall)} (${L.madeFound}/${L.made}); ` +
            `in-debate P ${pct(D.precision)} (${D.truePositive}/${D.detected - D.ignored}) R ${pct(D.recall)} (${D.found}/${D.positives}); listed ${D.listedRight}/${D.listedJudged}`,
        );
        expect(L.precision).toBeGreaterThanOrEqual(0.9);
        expect(L.recall).toBeGreaterThanOrEqual(0.9);
        expect(D.negativesHit).toEqual([]);
        expect(D.precision).toBeGreaterThanOrEqual(0.9);
        expect(D.recall).toBeGreaterThanOrEqual(0.9);
        expect(D.listedRight).toBe(D.listedJudged);
        if (t.closingList.length === 0) expect(all.every((c) => c.inClosingList === false)).toBe(true);
      });
    });
  }
});

describe('a committee debate still in progress', () => {
  const t = fromText(`VERSLAG VAN EEN COMMISSIEDEBAT
De vaste commissie voor Financiën heeft op 10 maart 2026 overleg gevoerd met de heer De Vries, minister van Financiën, over: de Voorjaarsnota.

Voorzitter: Jansen

De voorzitter:
Het woord is aan de minister.

Minister De Vries:
Ik stuur de Kamer voor 1 mei een brief over de compensatie in box 3.`);

  it('does not yet say a promise is missing from the list', () => {
    expect(t.meta.complete).toBe(false);
    expect(findCommitments(t).map((c) => [c.source, c.inClosingList])).toEqual([['in-debate', null]]);
  });
});
