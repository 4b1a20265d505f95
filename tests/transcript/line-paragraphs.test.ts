import { describe, expect, it } from 'vitest';
import { closingCommitments } from '../../lib/commitments/closing-list';
import { parseText } from '../../lib/transcript/parse';

/**
 * Plain text comes in two layouts: printed lines (a PDF's text, wrapped at 60–100 characters, a blank line
 * between paragraphs) and one paragraph per line (a word processor's or a web page's text saved as it is,
 * sometimes without blank lines). In the second, each line that ends a sentence is a paragraph, as the record
 * printed it (Handelingen XML and the site's pages give the same paragraphs), and a line that opens with the
 * government as subject is a paragraph of its own: the unmarked items of a closing list.
 */
const ITEMS = [
  'De minister stuurt de Kamer voor het zomerreces een brief over de verdeling van de extra capaciteit over de eenheden.',
  'De minister informeert de Kamer vanaf de volgende halfjaarsrapportage per basisteam over de tijd in de wijk.',
  'De minister laat de inspectie onderzoeken hoeveel tijd agenten aan administratie kwijt zijn, en meldt de uitkomst.',
];
const REPORT = [
  'VERSLAG VAN EEN COMMISSIEDEBAT',
  'De vaste commissie voor Justitie en Veiligheid heeft op 4 maart 2026 overleg gevoerd met de heer Zwanenburg, minister van Justitie en Veiligheid, over de politie.',
  '',
  'Voorzitter: Jansen',
  '',
  'Minister Zwanenburg:',
  'Ik stuur u voor het zomerreces een brief over de verdeling van de extra capaciteit over de eenheden van de politie.',
  'Daarin neem ik ook de ervaringen van de basisteams in Zeeland en Oost-Groningen mee, zoals mevrouw Terpstra vroeg.',
  '',
  'De voorzitter:',
  'Dan lees ik de toezeggingen voor die ik heb genoteerd.',
  ...ITEMS,
  '',
  'Sluiting 18.00 uur.',
].join('\n');

describe('one paragraph per line', () => {
  it('reads a line that opens with the government as a paragraph of its own, so a closing list of plain lines is read item by item', () => {
    const r = parseText(REPORT);
    if (!r.ok) throw new Error(r.message);
    expect(closingCommitments(r.transcript).map((c) => c.text)).toEqual(ITEMS);
  });
  it('still joins printed lines into their paragraph', () => {
    const printed = REPORT.replace(/(.{40,70}?) /gu, '$1\n');
    const r = parseText(printed);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns.find((t) => t.speakerId.includes('zwanenburg'))!.paragraphs).toHaveLength(1);
  });
  it('keeps each paragraph of a turn, so an answer block keeps its answers apart', () => {
    const r = parseText(REPORT);
    if (!r.ok) throw new Error(r.message);
    expect(r.transcript.turns.find((t) => t.speakerId.includes('zwanenburg'))!.paragraphs).toEqual([
      'Ik stuur u voor het zomerreces een brief over de verdeling van de extra capaciteit over de eenheden van de politie.',
      'Daarin neem ik ook de ervaringen van de basisteams in Zeeland en Oost-Groningen mee, zoals mevrouw Terpstra vroeg.',
    ]);
  });
  it('joins a line that stops mid-sentence to the next, and keeps an abbreviation at a line end inside its paragraph', () => {
    const text = REPORT.replace(
      'Daarin neem ik ook',
      'Ik heb daarover gesproken met de korpschef en met de burgemeesters van\nZeeland en Oost-Groningen, o.a.\nmet die van Goes. Daarin neem ik ook',
    );
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    const paragraphs = r.transcript.turns.find((t) => t.speakerId.includes('zwanenburg'))!.paragraphs;
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^Ik heb daarover gesproken .* burgemeesters van Zeeland en Oost-Groningen, o\.a\. met die van Goes\. Daarin/u);
  });
});
