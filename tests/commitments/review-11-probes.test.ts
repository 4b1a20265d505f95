import { describe, expect, it } from 'vitest';
import { definitionKey, judgeProbe } from '../helpers/judge-probes';
import { ALL } from './review-11/probes';

/**
 * An eleventh review's probes (review-11/, new made-up sentences and mini-debates of general parliamentary Dutch,
 * expected answers decided before running) of the rules of 643d606 (a yes to a request retold in indirect speech, "X
 * vroeg of ik … stuur. Dat is goed, dat doe ik.", not a view retold nor a bare "Dat wil ik."; a point taken along into
 * a named document, "Dat neem ik in hetzelfde onderzoek mee", not "in mijn afweging"), 33c257d (a visit to a place
 * named with its article, "ik kom in het voorjaar naar Het Hooge Veld", not a part of the debate, a condition or taken
 * back) and cad87bc (others receive a document from the speaker by a date, "Voor 1 februari krijgen alle gemeenten van
 * mij een brief"; the Kamer will have one by a date, "Voor 1 maart heeft u dat overzicht"; not one had already). A
 * helper who read the rules and their tests but no evaluation text wrote 52: generalisations (other verbs and acts,
 * word orders, subjects, documents, places, recipients) and look-alikes (views and stances, what was done or had
 * already, a no, conditions, habits, parts of this debate, other senders or visitors, quoted words, an offer, a thing
 * handed over now). 18 are wrong at cad87bc; each is an `it.fails`. Regression or not was decided by running each probe
 * at d883213 (a worktree), before the three commits. Right now and wrong at d883213 (the rules reach them): A1, A7, V1,
 * V3, V6, D3, D4, D5.
 *
 * 3 regressions of these rules (right at d883213):
 * - 643d606: M6 "Dat neem ik in de besluitvorming mee." (a weighing, like "in mijn afweging"; the document slot takes
 *   any noun not in the weighing list) is now a promise.
 * - cad87bc: D12 "Elk jaar in maart krijgen de scholen van mij een brief over de examens." (a habit) and D15 "De
 *   inspecteur-generaal zei tegen mij: voor 1 maart heeft u dat rapport." (someone else's words, quoted) are now
 *   promises.
 *
 * 15 wrong before these rules too (wrong at d883213):
 * - retold requests: A2 "vroeg of ik die cijfers met de Kamer deel" (sharing data with the Kamer is an act; RETOLD_VIEW
 *   now names "deel" as a view, so the yes is refused on purpose), A5 "Dat wil ik graag doen." (WISH_YES now refuses it
 *   on purpose, though it names the doing), A6 "vroeg of ik bereid ben … te evalueren. Dat ben ik.", A8 "vroeg of ik de
 *   zorgen van de huisartsen serieus neem. Dat doe ik." (a stance with a verb of its own), A11 "vroeg of ik nog inga op
 *   de kosten …. Dat doe ik." (an act of this debate, only the yes is looked at for one).
 * - taken along: M3 "bij de herziening van de regeling", M4 "in het plan van aanpak" (a document named with a phrase
 *   after its noun: one word only is read), M9 "… in het onderzoek mee als er nog tijd voor is" (a condition).
 * - visits: V4 "De staatssecretaris en ik gaan … naar de Waddeneilanden" (two subjects), V5 "… naar de Bijlmer om te
 *   horen wat daar niet goed gaat" (any "niet" in the sentence takes the visit back).
 * - documents: D1, D6 "een handreiking" (not a document to VEHICLE), D2 "Uiterlijk 1 oktober ontvangen de gemeenten
 *   van mij een brief over de verdeling van het geld" ("gemeenten" before "van" is read as a participle, a perfect, so
 *   cad87bc's own "Voor 1 februari krijgen alle gemeenten van mij een brief." is missed too; with "scholen" the
 *   sentence is still none for "over het geld", not for "over het budget"), D7 "Die heeft u in het najaar." (the document a pronoun), D8 "… krijgen de gemeenten van ons het geld
 *   voor de opvang" (money, not a document).
 *
 * Fixed in the same session (each failed first, as it.fails): M6 ("besluitvorming" and "gedachten" join the weighing
 * words), D12 (a habit) and D15 (someone else's words) for a document received or had, and D2 (a noun after its
 * determiner, "alle gemeenten van", is no participle).
 */
const STILL_WRONG = new Set<string>([
  // Wrong before these rules too.
  'A2', 'A5', 'A6', 'A8', 'A11', 'M3', 'M4', 'M9', 'V4', 'V5', 'D1', 'D6', 'D7', 'D8',
]);

const expected = (p: (typeof ALL)[number]): unknown => (p.kind === 'def' ? p.expected.map(definitionKey).sort() : p.expected);

describe('review 11 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(expected(p)));
});
