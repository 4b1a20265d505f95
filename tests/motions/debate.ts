import { parseText } from '../../lib/transcript/parse';
import type { Transcript } from '../../lib/transcript/model';

/** A motion as the Handelingen print it in text, with the chair's note after it. */
function motion(member: string, party: string, request: string, note: string): string {
  return `De heer ${member} (${party}):
Dank u wel, voorzitter. Ik heb één motie.

De Kamer,

gehoord de beraadslaging,

overwegende dat het zo niet langer kan;

${request},

en gaat over tot de orde van de dag.

De voorzitter:
${note}

`;
}

/**
 * A tweeminutendebat in the form of the published text: four motions
 * (Jansen ×2, Pieters, De Vries), then the minister's turn, whose body the
 * test gives, and a member's interruption between two parts of it.
 */
export function tweeminutendebat(minister: string, afterInterruption = '', interruption = 'Kan de minister daar nog eens naar kijken?'): Transcript {
  const text = `Tweeminutendebat Wonen

Aan de orde is het tweeminutendebat Wonen (CD 1/2).

${motion('Jansen', 'VVD', 'verzoekt de regering de bouw te versnellen', 'Deze motie is voorgesteld door de leden Jansen en Pieters. Zij krijgt nr. 12 (36000).')}${motion('Jansen', 'VVD', 'verzoekt de regering de huren te bevriezen', 'Deze motie is voorgesteld door het lid Jansen. Zij krijgt nr. 13 (36000).')}${motion('Pieters', 'CDA', 'verzoekt de regering een onderzoek te doen naar leegstand', 'Deze motie is voorgesteld door het lid Pieters. Zij krijgt nr. 14 (36000).')}${motion('De Vries', 'SP', 'spreekt uit dat wonen een grondrecht is', 'Deze motie is voorgesteld door het lid De Vries. Zij krijgt nr. 15 (36000).')}De voorzitter:
Het woord is aan de minister.

Minister De Jonge:
${minister}
${afterInterruption ? `\nDe heer Jansen (VVD):\n${interruption}\n\nMinister De Jonge:\n${afterInterruption}\n` : ''}
De voorzitter:
Dank u wel. Daarmee zijn we aan het einde gekomen van dit debat.
`;
  const r = parseText(text);
  if (!r.ok) throw new Error(r.message);
  return r.transcript;
}
