import { describe, expect, it } from 'vitest';
import { closingCommitments } from '../../lib/commitments/closing-list';
import { closingListOf } from '../helpers/commitments-of';
import { parseText } from '../../lib/transcript/parse';

/**
 * The closing list by structure (issue #19 part 2): whatever the chair says to
 * announce it and whatever marks the items. The reports are made up; the
 * phrasings and markers are the ones real reports use.
 */
const HEAD = `VERSLAG VAN EEN COMMISSIEDEBAT
De vaste commissie voor Justitie en Veiligheid heeft op 4 maart 2026 overleg gevoerd met de heer Van Weel, minister van Justitie en Veiligheid, over: het gevangeniswezen.

Voorzitter: Jansen

Minister Van Weel:
Ik stuur u voor 1 juni een brief over de capaciteit.

`;
const ITEMS = ['De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.', 'De minister informeert de Kamer in het najaar over de pilot.', 'De minister komt schriftelijk terug op de vragen over de wachtlijst.'];

const listOf = closingListOf;
const report = (intro: string, body: string, after = '') => `${HEAD}De voorzitter:\n${intro}\n\n${body}\n\n${after}Sluiting 18.00 uur.\n`;

describe('closing list: every form of item', () => {
  const markers: [string, (i: number) => string][] = [
    ['en dash', () => '– '],
    ['bullet', () => '• '],
    ['Symbol-font bullet U+F0B7', () => '\uF0B7 '],
    ['hyphen', () => '- '],
    ['numbers', (i) => `${i + 1}. `],
    ['letters', (i) => `${'abc'[i]}. `],
    ['no marker (plain paragraphs)', () => ''],
    ['white circle', () => '○ '],
    ['white bullet', () => '◦ '],
    ['arrowhead', () => '➢ '],
    ['check mark', () => '✓ '],
    // Word's second-level bullet as PDF text gives it: a letter o before a capital.
    ['letter o (a Word bullet in PDF text)', () => 'o '],
    ['number and parenthesis', (i) => `${i + 1}) `],
  ];
  for (const [name, mark] of markers) {
    it(name, () => {
      const body = ITEMS.map((s, i) => mark(i) + s).join('\n\n');
      expect(listOf(report('Ik lees de toezeggingen voor die de griffier heeft genoteerd.', body))).toEqual(ITEMS);
    });
  }

  it('plain paragraphs that begin with whoever of the government promises', () => {
    const items = ['De staatssecretaris stuurt de Kamer voor 1 juni een brief.', 'De bewindspersonen informeren de Kamer in het najaar over de pilot.', 'Het kabinet komt schriftelijk terug op de wachtlijst.'];
    expect(listOf(report('Ik heb de volgende toezeggingen genoteerd.', items.join('\n\n'), 'Ik dank de minister.\n\n'))).toEqual(items);
  });

  it('items on consecutive lines without blank lines between them', () => {
    expect(listOf(report('Dan de toezeggingen.', ITEMS.map((s) => `– ${s}`).join('\n')))).toEqual(ITEMS);
    // The em dash, as reports mark the list: an item where the line before ended a sentence, also on a short word.
    expect(listOf(report('Ik heb de volgende toezeggingen genoteerd.', ITEMS.map((s) => `— ${s}`).join('\n')))).toEqual(ITEMS);
    const dated = ['De minister stuurt de Kamer een brief voor 1 juni.', 'De minister informeert de Kamer in mei.', 'De minister komt daarop terug.'];
    expect(listOf(report('Ik heb de volgende toezeggingen genoteerd:', dated.map((s) => `— ${s}`).join('\n')))).toEqual(dated);
  });

  it('keeps prose that wraps onto a line starting with an em dash in one paragraph', () => {
    const text = report('Ik lees de toezeggingen voor.', `– ${ITEMS[0]}`).replace(
      'Ik stuur u voor 1 juni een brief over de capaciteit.',
      'Ik heb de gemeenten gevraagd om mee te denken\n— De Jonge noemde dat al eerder — en dat doen zij ook.',
    );
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    const minister = r.transcript.turns.find((t) => t.paragraphs[0]!.startsWith('Ik heb de gemeenten'))!;
    expect(minister.paragraphs).toEqual(['Ik heb de gemeenten gevraagd om mee te denken — De Jonge noemde dat al eerder — en dat doen zij ook.']);
    // After an abbreviation the sentence goes on (a review of the rule).
    const abbreviated = parseText(text.replace('om mee te denken', 'om mee te denken, enz.'));
    if (!abbreviated.ok) throw new Error(abbreviated.message);
    expect(abbreviated.transcript.turns.find((t) => t.paragraphs[0]!.startsWith('Ik heb de gemeenten'))!.paragraphs).toHaveLength(1);
  });
});

describe('closing list: how the chair announces it', () => {
  for (const intro of [
    'Ik lees de toezeggingen voor die de griffier heeft genoteerd.',
    'De griffier heeft de volgende toezeggingen genoteerd.',
    'Er zijn drie toezeggingen gedaan.',
    'Dan kom ik bij de toezeggingen.',
    'Ik loop de toezeggingen even langs.',
    'Dan rest mij nog de toezeggingen door te nemen.',
    'Dan heb ik nog de toezeggingen.',
    'Ik kom tot de toezeggingen.',
    'Toezeggingen:',
    'Tot slot de toezeggingen.',
    // After thanks in the same paragraph, and in the plural (found on the held-apart set's test half: see RESULTS.md).
    'Dank u wel, minister. Dan kom ik tot de toezeggingen.',
    'Dank u. Dan hebben we nog de toezeggingen.',
    'Hartelijk dank. Ik kom tot de toezeggingen.',
  ]) {
    it(intro, () => expect(listOf(report(intro, ITEMS.map((s) => `• ${s}`).join('\n\n')))).toEqual(ITEMS));
  }

  it('the first item in the announcing paragraph itself', () => {
    expect(listOf(report('Ik heb één ding genoteerd als toezegging: de minister stuurt de Kamer voor 1 juni een brief over de capaciteit.', ''))).toEqual([ITEMS[0]]);
  });

  it('no list when the chair only speaks of commitments (a review of the bare announcements)', () => {
    const minister = '\n\nMinister Van Weel:\nDat doe ik.\n\nDe voorzitter:\nDe minister gaat verder met het blok over de capaciteit.';
    expect(listOf(report('Dan heb ik nog een vraag over de toezeggingen van vorige week.', 'De minister zou voor de zomer een brief sturen. Is die er al?' + minister))).toEqual([]);
    expect(listOf(report('Ik hoop dat we vandaag kunnen komen tot een aantal toezeggingen.', 'De minister heeft als eerste het woord.'))).toEqual([]);
    expect(listOf(report('Dank u wel. Dan heb ik nog een vraag over de toezeggingen.', 'De minister zou voor de zomer een brief sturen. Is die er al?' + minister))).toEqual([]);
    // A review: a bare sentence ending a longer paragraph, followed by unmarked talk, is the chair's plan, not the list.
    expect(listOf(report('Dank u wel. We doen eerst de tweede termijn van de Kamer, dan die van de minister. Tot slot de toezeggingen.', 'De minister moet om 18.00 uur weg, dus ik vraag u het kort te houden.'))).toEqual([]);
  });

  it('no list when the chair read none, or only thanks for them', () => {
    expect(listOf(report('Er zijn geen toezeggingen gedaan. Ik dank de minister.', 'De minister heeft nog een slotwoord.'))).toEqual([]);
    expect(listOf(report('Ik dank de minister voor de toezeggingen die hij heeft gedaan.', 'De minister heeft het laatste woord gehad.'))).toEqual([]);
  });
});

describe('closing list: across a page break and after an objection', () => {
  it('joins an item the page cut in two', () => {
    const body = `– De minister stuurt de Kamer voor 1 juni een brief over\n\nde capaciteit.\n\n– ${ITEMS[1]}`;
    expect(listOf(report('Ik lees de toezeggingen voor.', body))).toEqual([ITEMS[0], ITEMS[1]]);
  });

  it('does not read on into a list of the chair after the list is closed (a review of reading on)', () => {
    const items = ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n');
    const after = `Minister Van Weel:\nDank u wel, voorzitter.\n\nDe voorzitter:\nMorgen staan op de agenda:\n\n• Het commissiedebat Politie.\n\n• Het commissiedebat Gevangeniswezen.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', `${items}\n\nIk dank de minister en sluit de vergadering.`, after))).toEqual(ITEMS.slice(0, 2));
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual(ITEMS.slice(0, 2));
  });

  it('does not take a later list of the chair that is not about commitments', () => {
    const after = `Mevrouw Kröger (GroenLinks-PvdA):\nDank u wel.\n\nDe voorzitter:\nIk sluit de vergadering.\n\nDe voorzitter:\nDe volgende punten staan op de agenda van morgen:\n\n– de begroting van Justitie;\n\n– de brief over de capaciteit.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', ITEMS.map((s) => `– ${s}`).join('\n\n'), after))).toEqual(ITEMS);
  });

  it('does not take the chair giving the floor ("De minister.") after the minister spoke of a commitment', () => {
    const items = ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n');
    const after = `Minister Van Weel:\nBij de tweede toezegging: dat wordt na de zomer.\n\nDe voorzitter:\nDe minister.\n\nMinister Van Weel:\nDank u wel.\n\nDe voorzitter:\nDe minister van Justitie.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual(ITEMS.slice(0, 2));
  });

  it('reads the list before a count the chair says after it ("Dan blijft het bij twee toezeggingen.")', () => {
    const items = ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n');
    const after = `Mevrouw Kröger (GroenLinks-PvdA):\nIk mis de toezegging over de wachtlijsten.\n\nMinister Van Weel:\nDat heb ik niet toegezegd.\n\nDe voorzitter:\nDan blijft het bij twee toezeggingen. Ik sluit de vergadering.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual(ITEMS.slice(0, 2));
  });

  it('puts an item the chair reads again after the minister corrects it in the place of the one it names', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const corrected = 'De minister informeert de Kamer voor 1 december over de pilot.';
    const after = `Minister Van Weel:\nBij de tweede toezegging: dat wordt 1 december, niet het najaar.\n\nDe voorzitter:\nDan luidt de tweede toezegging:\n\n– ${corrected}\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual([ITEMS[0], corrected, ITEMS[2]]);
  });

  it('replaces only the item a correction introduces; an ordinal said for another reason replaces nothing (a review)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const added = 'De minister informeert de Kamer voor de zomer over de isolatie.';
    const keep = `Mevrouw Kröger (GroenLinks-PvdA):\nIk mis nog een toezegging over de isolatie.\n\nMinister Van Weel:\nKlopt, dat zeg ik toe.\n\nDe voorzitter:\nDe tweede toezegging blijft staan zoals die is. Er komt een toezegging bij:\n\n– ${added}\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, keep))).toEqual([...ITEMS, added]);
    const corrected = 'De minister informeert de Kamer voor 1 december over de pilot.';
    const inline = `Minister Van Weel:\nBij de tweede toezegging: dat wordt 1 december.\n\nDe voorzitter:\nDan luidt de tweede toezegging: de minister informeert de Kamer voor 1 december over de pilot.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, inline))).toEqual([ITEMS[0], corrected, ITEMS[2]]);
  });

  it('ends an item read again after a colon at its sentence: the chair\'s closing words after it are no part of it (made-up 9, s9-02)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const corrected = 'De minister informeert de Kamer voor 1 december over de pilot.';
    const inline = `Minister Van Weel:\nBij de tweede toezegging moet ik iets rechtzetten: dat wordt 1 december.\n\nDe voorzitter:\nDank u wel voor die correctie. De tweede toezegging wordt dan: de minister informeert de Kamer voor 1 december over de pilot. Mevrouw Kröger, kunt u daarmee leven? Ik zie haar knikken. Dan sluit ik de vergadering.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, inline))).toEqual([ITEMS[0], corrected, ITEMS[2]]);
  });

  it('keeps what a second review found the one-sentence cut lost: a second item or sentence, an abbreviation (a review)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const two = 'De minister informeert de Kamer voor 1 dec. 2026 over de pilot. Daarin gaat hij ook in op de kosten.';
    const corrected = `Minister Van Weel:\nBij de tweede toezegging: dat wordt 1 december.\n\nDe voorzitter:\nDe tweede toezegging wordt dan: ${two.charAt(0).toLowerCase()}${two.slice(1)} Is iedereen het daarmee eens? Dan sluit ik de vergadering.\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, corrected))).toEqual([ITEMS[0], two, ITEMS[2]]);
  });

  it('keeps an item read after a colon that has a colon of its own ("… over drie punten: …"; a review)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const corrected = 'De minister stuurt de Kamer voor 1 december een brief over drie punten: de kosten, de planning en de risico\'s.';
    const after = `Minister Van Weel:\nBij de tweede toezegging: dat wordt een brief.\n\nDe voorzitter:\nDan luidt de tweede toezegging: ${corrected.charAt(0).toLowerCase()}${corrected.slice(1)}\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual([ITEMS[0], corrected, ITEMS[2]]);
  });

  it('takes an announcement that speaks of what was promised, not of "toezeggingen" ("bijgehouden wat de minister heeft toegezegd")', () => {
    const items = ITEMS.map((s) => `- ${s}`).join('\n\n');
    expect(listOf(report('Dank u wel. Ik heb tijdens het debat bijgehouden wat de minister heeft toegezegd. Die lijst loop ik even met u door.', items))).toEqual(ITEMS);
    expect(listOf(report('Wat de minister heeft toegezegd, heb ik als volgt opgeschreven.', items))).toEqual(ITEMS);
  });
  it('takes "kom ik nu bij de toezeggingen" with a word between, and numbered items after a count', () => {
    const items = ITEMS.map((s, i) => `${i + 1}. ${s}`).join('\n\n');
    expect(listOf(report('Dank u wel. Dan kom ik nu bij de toezeggingen. Ik heb er drie.', items))).toEqual(ITEMS);
    expect(listOf(report('Dan gaan we nu naar de toezeggingen.', items))).toEqual(ITEMS);
  });
  it('reads items the chair introduces by their place ("De eerste toezegging: de minister …", "Toezegging 2 is dat …")', () => {
    const lower = (x: string) => `${x.charAt(0).toLowerCase()}${x.slice(1)}`;
    const said = [`De eerste toezegging: ${lower(ITEMS[0]!)}`, `Toezegging 2 is dat ${lower(ITEMS[1]!)}`, `De derde toezegging: ${lower(ITEMS[2]!)}`];
    // Each item is the chair's whole paragraph, as an item read inside her sentences is (closing-sentences.ts).
    expect(listOf(report('Dan de toezeggingen.', said.join('\n\n')))).toEqual(said);
  });
  for (const said of ['Dan pas ik de derde toezegging aan:', 'Ik lees toezegging 3 opnieuw voor.', 'Helder. Dan noteren we de derde toezegging zo:', 'Toezegging drie wordt dan:']) {
    it(`puts an item read again in the place of the one it names: "${said}"`, () => {
      const corrected = 'De minister komt voor de zomer schriftelijk terug op de vragen over de wachtlijst.';
      for (const mark of [(i: number) => `${i + 1}. `, () => '– ']) {
        const items = ITEMS.map((s, i) => `${mark(i)}${s}`).join('\n\n');
        const after = `Minister Van Weel:\nBij de derde toezegging: dat kan al voor de zomer.\n\nDe voorzitter:\n${said}\n\n${mark(2)}${corrected}\n\n`;
        expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual([ITEMS[0], ITEMS[1], corrected]);
      }
    });
  }
  it('keeps an announcement whose paragraph goes on to the first item, and does not read "toezegging een" as a number (a review)', () => {
    const rest = ITEMS.slice(1).map((s) => `- ${s}`).join('\n\n');
    // The item read in the chair's sentence is that whole sentence (closing-sentences.ts).
    const first = `De eerste toezegging: ${ITEMS[0]!.charAt(0).toLowerCase()}${ITEMS[0]!.slice(1)}`;
    expect(listOf(report(`Ik lees de toezeggingen voor. ${first}`, rest))).toEqual([first, ...ITEMS.slice(1)]);
    const items = ITEMS.map((s) => `- ${s}`).join('\n\n');
    expect(listOf(report('Er zijn drie toezeggingen gedaan. Ik begin met de toezegging over de capaciteit.', items))).toEqual(ITEMS);
  });
  it('adds an item said to come after a named one, and reads "de laatste toezegging" and "toezegging nummer 3" as places (a review)', () => {
    const items = ITEMS.map((s) => `- ${s}`).join('\n\n');
    const extra = 'De minister stuurt de commissie een overzicht van de kosten.';
    const added = `Minister Van Weel:\nIk heb ook het overzicht van de kosten toegezegd.\n\nDe voorzitter:\nDan komt er na de derde toezegging nog een bij:\n\n- ${extra}\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, added))).toEqual([...ITEMS, extra]);
    const corrected = 'De minister komt voor de zomer schriftelijk terug op de vragen over de wachtlijst.';
    for (const said of ['Dan luidt de laatste toezegging:', 'Toezegging nummer 3 wordt:']) {
      const after = `Minister Van Weel:\nBij de laatste toezegging: dat kan voor de zomer.\n\nDe voorzitter:\n${said}\n\n- ${corrected}\n\n`;
      expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual([ITEMS[0], ITEMS[1], corrected]);
    }
  });
  it('does not take a remark about what was promised for a list (a review)', () => {
    const body = 'Ik constateer dat de minister twee dingen heeft toegezegd.\n\nDe minister gaat nog in op de vraag van mevrouw Mutluer over de wachtlijst.';
    expect(listOf(report('Dank u wel.', body))).toEqual([]);
  });
  it('does not take a retold promise in passing for an announcement, when no items follow', () => {
    const body = 'De minister heeft eerder toegezegd dat de brief er voor de zomer komt, en dat heb ik genoteerd.\n\nDan gaan we nu naar de tweede termijn.';
    expect(listOf(report('Dank u wel.', body))).toEqual([]);
  });

  it('reads a correction that says "als volgt" as a correction, not as a new list (the list before it stays)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const corrected = 'De minister komt voor de zomer schriftelijk terug op de vragen over de wachtlijst.';
    const after = `Minister Van Weel:\nDe derde toezegging klopt niet helemaal: dat wordt voor de zomer.\n\nDe voorzitter:\nDan luidt de derde toezegging als volgt:\n\n– ${corrected}\n\n`;
    expect(listOf(report('Ik lees de toezeggingen voor.', items, after))).toEqual([ITEMS[0], ITEMS[1], corrected]);
  });

  it('keeps the list at the turn it was read, when its first item is corrected later (a review)', () => {
    const items = ITEMS.map((s) => `– ${s}`).join('\n\n');
    const corrected = 'De minister stuurt de Kamer voor 1 juli een brief over de capaciteit.';
    const after = `Minister Van Weel:\nDe eerste toezegging: dat wordt 1 juli.\n\nDe voorzitter:\nDan luidt de eerste toezegging:\n\n– ${corrected}\n\n`;
    const r = parseText(report('Ik lees de toezeggingen voor.', items, after));
    if (!r.ok) throw new Error(r.message);
    const list = closingCommitments(r.transcript);
    expect(list.map((c) => c.text)).toEqual([corrected, ITEMS[1], ITEMS[2]]);
    expect(Math.min(...list.map((c) => c.turnIndex ?? Infinity))).toBe(r.transcript.turns.findIndex((t) => t.paragraphs.includes('Ik lees de toezeggingen voor.')));
  });

  it('takes the item the chair adds after a member misses it and the minister answers', () => {
    const after = `Mevrouw Kröger (GroenLinks-PvdA):
Ik mis nog de toezegging over de wachtlijsten.

Minister Van Weel:
Dat klopt, dat heb ik toegezegd.

De voorzitter:
Dan voegen we die toe: de minister komt voor de zomer terug op de wachtlijsten.

`;
    expect(listOf(report('Ik lees de toezeggingen voor.', ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n'), after))).toEqual([
      ...ITEMS.slice(0, 2),
      'De minister komt voor de zomer terug op de wachtlijsten.',
    ]);
  });

  // Made-up 7's tuning half (s7-01): the member misses a thing without the word "toezegging", the minister confirms it
  // without it, and the chair adds it and then closes in the same turn.
  it('takes the item added when the member only says what she misses ("ik mis het onderzoek naar …")', () => {
    const after = `Mevrouw Kröger (GroenLinks-PvdA):
Voorzitter, ik mis het onderzoek naar de wachtlijsten bij de jeugdzorg.

Minister Van Weel:
Dat klopt. Dat onderzoek komt er, en de Kamer krijgt de uitkomst voor de zomer.

De voorzitter:
Dan voeg ik die toe aan de lijst.

– De minister laat onderzoek doen naar de wachtlijsten bij de jeugdzorg en stuurt de uitkomst voor de zomer aan de Kamer.

Dan dank ik de minister en de leden. Ik sluit dit commissiedebat.

`;
    expect(listOf(report('Ik lees de toezeggingen voor.', ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n'), after))).toEqual([
      ...ITEMS.slice(0, 2),
      'De minister laat onderzoek doen naar de wachtlijsten bij de jeugdzorg en stuurt de uitkomst voor de zomer aan de Kamer.',
    ]);
  });
  // Review (helper): "ik mis" alone does not make the chair's next words items; the chair must add something.
  for (const [name, after] of [
    [
      'a thing missed and refused',
      'Mevrouw Kröger (GroenLinks-PvdA):\nVoorzitter, ik mis het onderzoek naar de wachtlijsten bij de jeugdzorg.\n\nMinister Van Weel:\nDat onderzoek komt er niet, want de NZa doet dat al.\n\nDe voorzitter:\nDe minister heeft uitgelegd waarom dat onderzoek er niet komt.\n\nDan dank ik de minister en de leden. Ik sluit dit commissiedebat.\n\n',
    ],
    [
      '"ik mis" as a complaint',
      'Mevrouw Kröger (GroenLinks-PvdA):\nDank u wel. Ik mis bij het kabinet nog altijd de urgentie, maar ik dank de minister voor de antwoorden.\n\nDe voorzitter:\nDe minister gaat daar vast in de volgende brief op in.\n\nDan dank ik iedereen. Ik sluit de vergadering.\n\n',
    ],
  ])
    it(`adds nothing after ${name}`, () => expect(listOf(report('Ik lees de toezeggingen voor.', ITEMS.slice(0, 2).map((s) => `– ${s}`).join('\n\n'), after))).toEqual(ITEMS.slice(0, 2)));
});
