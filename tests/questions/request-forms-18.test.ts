import { describe, expect, it } from 'vitest';
import { questionsOf } from '../helpers/questions-of';

/**
 * Requests and outcries made-up 18's test half showed missed or taken (read after made-up 19 was held apart, ninth
 * session of 2026-12-07): "Ik vraag de minister wat …" (the request with a question word, not inverted), "Aan de
 * staatssecretaris vraag ik of …" (the addressee put first), "willen wij de minister vragen of …" (the plural of the
 * initiative-takers or a group); "Wie verzint dat nou?" and "En wat blijkt?" ask no one. Other, made-up sentences of
 * general Dutch, with look-alikes; each test failed first.
 */
const turn = (s: string) => `Voorzitter. De wachttijden lopen op. ${s} Dat is mijn punt.`;
const listed = (s: string) => it(s, () => expect(questionsOf(turn(s))).toContain(s));
const notListed = (s: string) => it(`not: ${s}`, () => expect(questionsOf(turn(s))).not.toContain(s));

describe('requests put as a statement', () => {
  listed('Ik vraag de minister wat zij aan die wachttijden gaat doen.');
  listed('Ik vraag de staatssecretaris dus hoe hij de gemeenten gaat helpen.');
  listed('Aan de staatssecretaris vraag ik of hij bereid is de regeling te verlengen.');
  listed('Tot slot willen wij de minister vragen of zij een reactie op de nota wil sturen.');
  notListed('Ik vraag de minister niets meer.');
  notListed('Wij willen de minister niet vragen om nog een rapport.');
  notListed('Aan de staatssecretaris vroeg ik vorig jaar al of hij dat wilde.');
});

describe('outcries and set-ups that ask no one', () => {
  notListed('Wie verzint dat nou?');
  notListed('En wat blijkt?');
  listed('Wie verzint de nieuwe regels: het ministerie of de inspectie?');
  listed('En wat blijkt uit de evaluatie?');
});
