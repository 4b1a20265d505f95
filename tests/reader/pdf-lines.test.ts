import { describe, expect, it } from 'vitest';
import { runsToText, type PageRuns, type TextRun } from '../../lib/reader/pdf-lines';

const A4 = [0, 0, 595, 842];

/** A run of 10 pt text at (x, y) whose width is 5 pt per character. */
const run = (str: string, x: number, y: number): TextRun => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 });

/** One page from lines laid out top down at a 14 pt pitch; null leaves a line empty. */
function page(lines: (string | TextRun[] | null)[], top = 780): PageRuns {
  const runs: TextRun[] = [];
  lines.forEach((l, i) => {
    const y = top - i * 14;
    if (typeof l === 'string') runs.push(run(l, 56, y));
    else if (l) runs.push(...l.map((r) => ({ ...r, transform: [10, 0, 0, 10, r.transform[4]!, y] })));
  });
  return { runs, view: A4 };
}

describe('runsToText', () => {
  it('joins runs of a line with a space only where there is a gap', () => {
    const text = runsToText([page([[run('Voor', 56, 0), run('zitter.', 76, 0), run('Dank', 120, 0)]])]);
    expect(text).toBe('Voorzitter. Dank');
  });

  it('orders runs by position, not by the order of the content stream', () => {
    const text = runsToText([{ runs: [run('tweede', 56, 766), run('eerste', 56, 780), run('regel', 90, 780)], view: A4 }]);
    expect(text).toBe('eerste regel\ntweede');
  });

  it('puts a blank line where the gap is a paragraph break', () => {
    expect(runsToText([page(['Eerste alinea.', null, 'Tweede alinea,', 'nog steeds.'])])).toBe('Eerste alinea.\n\nTweede alinea,\nnog steeds.');
  });

  it('keeps a bullet glyph at the start of its item', () => {
    expect(runsToText([page([[run('\uF0B7', 56, 0), run('De minister stuurt', 74, 0)]])])).toBe('\uF0B7 De minister stuurt');
    expect(runsToText([page([[run('•', 56, 0), run('De minister stuurt', 74, 0)]])])).toBe('• De minister stuurt');
  });

  it('puts a label printed on the speech line on a line of its own', () => {
    const text = runsToText([page([[run('Mevrouw Kröger (GroenLinks-PvdA):', 56, 0), run('Voorzitter. Dank u.', 230, 0)]])]);
    expect(text).toBe('Mevrouw Kröger (GroenLinks-PvdA):\nVoorzitter. Dank u.');
    // A sentence with a colon in it is not a label.
    const sentence = runsToText([page([[run('Dit vroegen zij:', 56, 0), run('waarom niet?', 140, 0)]])]);
    expect(sentence).toBe('Dit vroegen zij: waarom niet?');
  });

  it('keeps line-end hyphens, with the space of a "weglatingsstreepje" put back', () => {
    const text = runsToText([page(['terroristen als Hamas of IS. Wit-', 'Rusland graaft tunnels bij de Uitvoerings-', 'en implementatiewet.'])]);
    expect(text).toBe('terroristen als Hamas of IS. Wit-\nRusland graaft tunnels bij de Uitvoerings- \nen implementatiewet.');
  });

  it('makes a word the layout broke whole again, also over a column that ends', () => {
    expect(runsToText([page(['te onderzoeken of woningbouwcorpo-', 'raties voorrang krijgen'])])).toBe('te onderzoeken of woningbouwcorporaties\nvoorrang krijgen');
    // The gap that ends a column is no paragraph's end after a broken word.
    const pages = [page(['Wij nemen', 'afscheid van de commissie voor Bin-']), page(['nenlandse Zaken, mevrouw De Vos.'], 780 - 14), page(['En verder.', 'Nog een regel.'])];
    expect(runsToText(pages)).toBe('Wij nemen\nafscheid van de commissie voor Binnenlandse\nZaken, mevrouw De Vos.\nEn verder.\nNog een regel.');
    // The word's own hyphen stays.
    expect(runsToText([page(['door massa-', 'immigratie en de DAEB-', 'ruimte'])])).toBe('door massa-\nimmigratie en de DAEB-\nruimte');
  });

  it('does not end a paragraph in the middle of a sentence, where a column or page ends', () => {
    // A sentence cut after a comma where a column ends.
    const gap = page(['Het is een wijk met zorgen, zoals geluidsoverlast,', null, 'lege winkels en parkeerdruk.', 'Nog een regel.']);
    expect(runsToText([gap])).toBe('Het is een wijk met zorgen, zoals geluidsoverlast,\nlege winkels en parkeerdruk.\nNog een regel.');
    // A review: a sentence that goes on with "en" is joined too; a lettered item, an attendance's "en de heer …" and a
    // motion's "van oordeel dat" keep their break.
    expect(runsToText([page(['Er is veel gedaan aan de woningbouw', null, 'en aan de leefbaarheid.', 'Nog een regel.'])])).toBe('Er is veel gedaan aan de woningbouw\nen aan de leefbaarheid.\nNog een regel.');
    expect(runsToText([page(['a. de eerste maatregel,', null, 'b. de tweede maatregel.', 'Nog een regel.'])])).toBe('a. de eerste maatregel,\n\nb. de tweede maatregel.\nNog een regel.');
    expect(runsToText([page(['gehoord de beraadslaging,', null, 'van oordeel dat het anders moet;', 'Nog een regel.'])])).toBe('gehoord de beraadslaging,\n\nvan oordeel dat het anders moet;\nNog een regel.');
    expect(runsToText([page(['Straatman en Vondeling,', null, 'en de heer Van den Brink, minister.', 'Nog een regel.'])])).toBe('Straatman en Vondeling,\n\nen de heer Van den Brink, minister.\nNog een regel.');
    // A next line that opens with a capital keeps the break.
    expect(runsToText([page(['Zonder punt', null, 'De volgende alinea.', 'Nog een regel.'])])).toBe('Zonder punt\n\nDe volgende alinea.\nNog een regel.');
  });

  it('makes a word broken with a soft hyphen whole again', () => {
    expect(runsToText([page(['de verant\u00AD', 'woordelijkheid ligt hier'])])).toBe('de verantwoordelijkheid\nligt hier');
  });

  it('drops running headers and page numbers, never a label', () => {
    const pages = [1, 2, 3].map((n) => {
      const p = page(['De voorzitter:', `Tekst van pagina ${n}.`]);
      return { view: A4, runs: [...p.runs, run(`Kamerstuk 36 600, pagina ${n}`, 56, 805), run(String(n), 290, 40)] };
    });
    expect(runsToText(pages)).toBe('De voorzitter:\nTekst van pagina 1.\nDe voorzitter:\nTekst van pagina 2.\nDe voorzitter:\nTekst van pagina 3.');
  });

  it('runs a paragraph on over a page break, but not when the next page starts a line lower', () => {
    const on = runsToText([page(['Dit loopt', 'door op']), page(['de volgende pagina.', 'En verder.'])]);
    expect(on).toBe('Dit loopt\ndoor op\nde volgende pagina.\nEn verder.');
    const pages = [page(['a', 'b']), page(['c', 'd']), page(['Nieuwe alinea.'], 780 - 14), page(['e', 'f'])];
    expect(runsToText(pages)).toBe('a\nb\nc\nd\n\nNieuwe alinea.\ne\nf');
  });

  it('gives empty text for pages without text', () => {
    expect(runsToText([{ runs: [], view: A4 }, { runs: [run('   ', 56, 700)], view: A4 }])).toBe('');
  });
});
