import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../../lib/commitments/deadline';

/** The seed's debate: Tuesday 3 March 2026. */
const D = '2026-03-03';
const span = (text: string, date: string | null = D) => {
  const d = parseDeadline(text, date);
  return [d.kind, d.from, d.to];
};

describe('parseDeadline', () => {
  it('resolves days relative to the debate date', () => {
    expect(parseDeadline('volgende week woensdag', D)).toEqual({ text: 'volgende week woensdag', kind: 'date', from: '2026-03-11', to: '2026-03-11' });
    expect(span('woensdag volgende week')).toEqual(['date', '2026-03-11', '2026-03-11']);
    expect(span('aanstaande donderdag')).toEqual(['date', '2026-03-05', '2026-03-05']);
    expect(span('morgen')).toEqual(['date', '2026-03-04', '2026-03-04']);
    expect(span('deze week')).toEqual(['period', '2026-03-03', '2026-03-08']);
    expect(span('volgende week')).toEqual(['period', '2026-03-09', '2026-03-15']);
    expect(span('binnen twee weken')).toEqual(['period', '2026-03-03', '2026-03-17']);
    expect(span('binnen een maand')).toEqual(['period', '2026-03-03', '2026-04-03']);
    // "weken" does not contain "week": the cheap first test let these pass only with a digit.
    expect(span('over twee weken')).toEqual(['date', '2026-03-17', '2026-03-17']);
    expect(span('over drie dagen')).toEqual(['date', '2026-03-06', '2026-03-06']);
    expect(span('nog deze maand')).toEqual(['period', '2026-03-03', '2026-03-31']);
  });

  it('keeps a span before an event as said, its day unknown ("uiterlijk twee weken voor de verkiezingen")', () => {
    expect(span('uiterlijk twee weken voor de verkiezingen')).toEqual(['none', null, null]);
    expect(parseDeadline('De Kamer krijgt het uiterlijk een maand voor het debat.', D).text).toBe('uiterlijk een maand voor het debat');
    expect(parseDeadline('Dat duurt twee weken voor de verkiezingen.', D).text).toBe('');
  });

  it('resolves next year and its parts ("volgend jaar", "begin komend jaar")', () => {
    expect(span('volgend jaar')).toEqual(['period', '2027-01-01', '2027-12-31']);
    expect(span('komend jaar')).toEqual(['period', '2027-01-01', '2027-12-31']);
    expect(span('begin volgend jaar')).toEqual(['period', '2027-01-01', '2027-03-31']);
    expect(span('eind volgend jaar')).toEqual(['period', '2027-10-01', '2027-12-31']);
    expect(span('volgend jaar', null)).toEqual(['none', null, null]);
    // A review: before next year is this year; after it says no day; the coming year; a part of next year.
    expect(span('voor volgend jaar')).toEqual(['period', '2026-03-03', '2026-12-31']);
    expect(span('na volgend jaar')).toEqual(['none', null, null]);
    expect(span('het komende jaar')).toEqual(['period', '2027-01-01', '2027-12-31']);
    expect(span('voor de zomer van volgend jaar')).toEqual(['period', '2026-03-03', '2027-07-01']);
    expect(span('in september volgend jaar')).toEqual(['period', '2027-09-01', '2027-09-30']);
    expect(span('in februari volgend jaar')).toEqual(['period', '2027-02-01', '2027-02-28']);
  });

  it('resolves parts of months, in the debate year or the next when past', () => {
    expect(parseDeadline('begin april', D)).toEqual({ text: 'begin april', kind: 'period', from: '2026-04-01', to: '2026-04-10' });
    expect(span('eind maart')).toEqual(['period', '2026-03-21', '2026-03-31']);
    expect(span('medio mei')).toEqual(['period', '2026-05-11', '2026-05-20']);
    expect(span('in juni')).toEqual(['period', '2026-06-01', '2026-06-30']);
    expect(span('voor april')).toEqual(['period', '2026-03-03', '2026-03-31']);
    expect(span('begin februari')).toEqual(['period', '2027-02-01', '2027-02-10']);
    expect(span('eind maart, begin april')).toEqual(['period', '2026-03-21', '2026-04-10']);
  });

  it('resolves seasons and recesses (voorjaar = March–June, clipped to the debate)', () => {
    expect(span('dit voorjaar')).toEqual(['period', '2026-03-03', '2026-06-30']);
    expect(span('in het voorjaar')).toEqual(['period', '2026-03-03', '2026-06-30']);
    expect(span('in het voorjaar', '2026-10-01')).toEqual(['period', '2027-03-01', '2027-06-30']);
    expect(span('voor de zomer')).toEqual(['period', '2026-03-03', '2026-07-01']);
    expect(span('Vóór het zomerreces')).toEqual(['period', '2026-03-03', '2026-07-01']);
    expect(span('na de zomer')).toEqual(['period', '2026-09-01', '2026-10-31']);
    expect(span('in het najaar')).toEqual(['period', '2026-09-01', '2026-11-30']);
    expect(span('voor het einde van het jaar')).toEqual(['period', '2026-03-03', '2026-12-31']);
    expect(span('voor de begrotingsbehandeling')).toEqual(['period', '2026-03-03', '2026-10-01']);
    expect(span('voor Prinsjesdag')).toEqual(['period', '2026-03-03', '2026-09-15']);
    expect(span('in het tweede kwartaal')).toEqual(['period', '2026-04-01', '2026-06-30']);
  });

  it('resolves explicit dates; "voor <day>" ends on that day', () => {
    expect(span('2 april')).toEqual(['date', '2026-04-02', '2026-04-02']);
    expect(span('voor 1 mei')).toEqual(['period', '2026-03-03', '2026-05-01']);
    expect(span('voor het commissiedebat van 2 april', '2026-02-04')).toEqual(['period', '2026-02-04', '2026-04-02']);
    expect(span('op 14 april 2027', null)).toEqual(['date', '2027-04-14', '2027-04-14']);
  });

  it('keeps unresolvable words as kind none, and says none when nothing is said', () => {
    expect(parseDeadline('Over de invulling zullen we u t.z.t. informeren.', D)).toEqual({ text: 't.z.t.', kind: 'none', from: null, to: null });
    expect(parseDeadline('zo spoedig mogelijk', D).kind).toBe('none');
    expect(parseDeadline('begin april', null)).toEqual({ text: 'begin april', kind: 'none', from: null, to: null });
    expect(parseDeadline('De minister gaat in het verslag van de JBZ-Raad in op de punten.', D)).toEqual({ text: '', kind: 'none', from: null, to: null });
  });

  it('does not take a past weekday or a word part for a deadline', () => {
    expect(findDeadlines('U heeft afgelopen vrijdag de inbreng geleverd.', D)).toEqual([]);
    expect(findDeadlines('Goedemorgen allemaal.', D)).toEqual([]);
    expect(findDeadlines('Dat is het beginpunt.', D)).toEqual([]);
  });

  it('finds every phrase in a sentence, in order', () => {
    const all = findDeadlines('Het volgende rapport verwachten we nog deze maand, maar misschien wordt het begin april.', D);
    expect(all.map((d) => d.text)).toEqual(['nog deze maand', 'begin april']);
  });
});
