import { describe, expect, it } from 'vitest';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';

/**
 * Forms of promise that made-up 15's tuning half showed missed: each a general Dutch form, in made-up sentences
 * written before the rule, with look-alikes that stay none.
 */
const yes = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(true));
const no = (s: string) => it(s, () => expect(isCommitmentSentence(s)).toBe(false));

describe('a thing taken up in a document to come: "neem ik in de brief ook op hoe …"', () => {
  yes('Daarom neem ik in de brief voor de verkiezingen ook op hoe die informatie sneller bij de gemeente komt.');
  yes('In de voortgangsrapportage neem ik op welke regio\'s het verst zijn.');
  yes('Ik neem dat punt op in de brief over de uitvoering.');
  no('In de brief van vorige maand heb ik opgenomen hoe het zit.');
  no('Ik neem in de brief niet op hoe het zit.');
  no('Misschien neem ik in de brief op hoe het zit.');
  no('De gemeenten nemen in hun brief op hoe het zit.');
});

describe('a point put on the agenda of a meeting: "ik zet in de eerstvolgende Raad op de agenda dat …"', () => {
  yes('Wat ik wel doe: ik zet in de eerstvolgende Landbouw- en Visserijraad op de agenda dat noodtoelatingen strenger moeten worden getoetst.');
  yes('Ik zet dat punt op de agenda van het bestuurlijk overleg met de provincies.');
  yes('Dat zetten we op de agenda van de volgende Milieuraad.');
  no('Ik zet dat niet op de agenda.');
  no('Dat heb ik vorig jaar al op de agenda gezet.');
  no('De voorzitter zet dat op de agenda van de procedurevergadering.');
  no('Misschien zet ik dat op de agenda van de Raad.');
});

describe('a time before an event: "uiterlijk twee weken voor de verkiezingen"', () => {
  yes('De Kamer krijgt de afspraken uiterlijk twee weken voor de verkiezingen.');
  yes('U ontvangt het overzicht uiterlijk een maand voor het debat over de begroting.');
  no('De Kamer kreeg de afspraken vorig jaar twee weken voor de verkiezingen.');
});
