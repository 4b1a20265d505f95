import { describe, expect, it } from 'vitest';
import { closingCommitments } from '../../lib/commitments/closing-list';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { parseText } from '../../lib/transcript/parse';

/**
 * A review of the session's new commitment and closing-list forms (a helper probed them with sentences of its own,
 * session of 2026-12-06): the near-misses each form let through or lost. Every case here failed before its fix.
 */
describe('in-debate commitments: near-misses of the new forms', () => {
  for (const s of [
    // A walk through this debate's questions is no visit.
    'Ik ga langs bij alle vragen die over de jeugdzorg zijn gesteld.',
    'Dan ga ik nu langs bij de amendementen.',
    'Dan ga ik langs in de volgorde van de sprekers.',
    // A cleft of a habit, of now, of "zou", of what the speaker does anyway, or of this debate.
    'Wat ik wel doe, is elke week met de burgemeesters bellen.',
    'Wat ik altijd doe, is eerst met de sector overleggen.',
    'Wat ik doe, is de gemeenten ondersteunen met geld en kennis.',
    'Wat we nu doen, is de regeling evalueren.',
    'Wat ik wel zou kunnen doen, is met de gemeenten in gesprek gaan.',
    'Wat ik wel kan doen, is de heer Jansen uitleggen hoe de regeling werkt.',
    // A letter from someone else, or one sent every year.
    'U krijgt een brief van de Belastingdienst waarin staat hoeveel u terugkrijgt.',
    'Dan krijgt u een brief van het UWV met de beslissing.',
    'U krijgt een brief over de uitvoering van de motie, zoals u die elk jaar krijgt.',
    // What a bill or an instrument does.
    'In dit wetsvoorstel zorg ik ervoor dat huurders sneller naar de huurcommissie kunnen.',
    'Via de subsidieregeling zorg ik ervoor dat gemeenten meer geld krijgen.',
    // Others delivering at a next moment, or routinely.
    'De gemeenten informeren de Kamer bij de volgende monitor.',
    'De NZa stuurt de Kamer tegelijk met de begroting een rapport.',
    'De Kamer ontvangt de cijfers ieder jaar tegelijk met de begroting.',
    // More ways to disclaim an exploration.
    'Ik ga kijken of dat kan, maar ik verwacht er eerlijk gezegd weinig van.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
  for (const s of [
    // A promise after a motion described, or after a disclaimed exploration, in the same sentence.
    'Die motie verzoekt de regering om een overzicht; die brief stuur ik u voor 1 juni.',
    'Het amendement vraagt om uitstel tot 2027, en daar ga ik in mee: ik stuur u voor de zomer een nieuw tijdpad.',
    'Ik ga kijken of dat kan, maar ik kan niets beloven; ik stuur u voor de zomer een brief.',
    // A subordinate clause without a comma before the inverted main clause.
    'Als ik terug ben uit Brussel informeer ik de Kamer over de uitkomst.',
    // A name with "en" in it, spelled out between commas.
    'Ik ga de ILT, de Inspectie Leefomgeving en Transport, vragen om de bruggen te controleren.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  it('a yes after a retold request for support of a motion, or a hedged yes, is none', () => {
    const said = (turn: string) => {
      const r = parseText(`De voorzitter:\nHet woord is aan de minister.\n\nMinister De Vries:\n${turn}\n`);
      if (!r.ok) throw new Error(r.message);
      return governmentSentences(r.transcript).filter((g) => g.isCommitment).map((g) => g.text);
    };
    expect(said('Mevrouw Bikker vroeg om steun voor haar motie over een brief aan de gemeenten. Ja, dat wil ik.')).toEqual([]);
    expect(said('Mevrouw Smit vroeg of de cijfers in de brief kunnen. Ja, die neem ik mee als ze op tijd beschikbaar zijn, maar ik kan niets garanderen.')).toEqual([]);
  });
});

describe('closing list: near-misses of the unannounced forms', () => {
  const HEAD = 'De voorzitter:\nWelkom.\n\nMinister De Vries:\nIk stuur u voor 1 juni een brief.\n\n';
  const listOf = (text: string) => {
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    return closingCommitments(r.transcript).map((c) => c.text);
  };
  for (const [what, chair] of [
    ['the chair announcing who is present', 'De minister van Justitie en Veiligheid is vandaag aanwezig en neemt de vragen over het gevangeniswezen voor zijn rekening.\n\nDe staatssecretaris van Justitie en Veiligheid is verhinderd vanwege een Europese Raad in Brussel.\n\nDe minister heeft mij laten weten dat hij om 17.00 uur precies weg moet voor een ander overleg.'],
    ['the chair summing up motions', 'De minister heeft de motie op stuk nr. 12 van mevrouw Smit ontraden.\n\nDe minister heeft de motie op stuk nr. 13 van de heer Jansen oordeel Kamer gegeven.\n\nDe minister heeft het amendement op stuk nr. 9 overgenomen van de heer Bos.'],
    ['motions as a marked list', '- De minister ontraadt de motie op stuk nr. 12 van mevrouw Smit.\n- De minister laat de motie op stuk nr. 13 aan het oordeel van de Kamer.'],
    ['notices as a numbered list', '1. De minister is volgende week verhinderd; de staatssecretaris neemt het over.\n2. De staatssecretaris komt op 12 juni naar de commissie voor het vervolg van dit debat.'],
  ] as const) {
    it(`no list: ${what}`, () => expect(listOf(`${HEAD}De voorzitter:\n${chair}\n`)).toEqual([]));
  }
  it('no list from a remark on what was promised last year', () =>
    expect(listOf(`${HEAD}De voorzitter:\nDe heer Jansen wil graag voorlezen wat de minister vorig jaar heeft beloofd.\n\nDe minister krijgt daarna nog even de gelegenheid om te reageren op wat hij voorleest.\n`)).toEqual([]));
  it('a letter after a digit names no item ("artikel 5a wordt …"), and an item named by a capital letter does', () => {
    const items = '- De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.\n\n- De minister informeert de Kamer in het najaar over de pilot.';
    const after = 'De heer Bos (CDA):\nIn artikel 5a wordt de termijn verkort.\n\nDe voorzitter:\nDe minister heeft nu het woord voor een laatste reactie op dat punt.\n';
    expect(listOf(`${HEAD}De voorzitter:\nIk lees de toezeggingen voor.\n\n${items}\n\n${after}`)).toHaveLength(2);
    const corrected = 'De minister informeert de Kamer voor 1 december over de pilot.';
    const fix = `Minister De Vries:\nBij B klopt de datum niet.\n\nDe voorzitter:\nDan lees ik B opnieuw voor.\n\nb. ${corrected}\n`;
    expect(listOf(`${HEAD}De voorzitter:\nIk lees de toezeggingen voor.\n\na. De minister stuurt de Kamer voor 1 juni een brief over de capaciteit.\n\nb. De minister informeert de Kamer in het najaar over de pilot.\n\n${fix}`)).toContain(corrected);
  });
});
