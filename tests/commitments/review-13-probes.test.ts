import { describe, expect, it } from 'vitest';
import { definitionKey, judgeProbe } from '../helpers/judge-probes';
import { ALL } from './review-13/probes';

/**
 * A thirteenth review's probes (review-13/, new made-up sentences and mini-debates of general parliamentary Dutch,
 * expected answers decided before running) of the rules of 0c0cc62 (an offer taken up by a yes that widens it, "Graag,
 * maar dan wel aan de hele commissie.", or says what the member will gladly do with it, "Die lees ik graag."; a wish
 * put as "als mevrouw X dat prettig/fijn vindt") and 0977551 (a yes after the answer names the member, "Dan mevrouw Van
 * der Kolk. Dat is goed, dat doe ik.", answers the request in her last turn, also several turns back; a yes spelled out
 * after a colon, "Dat doe ik: …"). A helper who read the rules and their tests but no evaluation text wrote 50:
 * generalisations (other yeses, wishes, members, naming forms, second terms with several members, chair turns,
 * interruptions and both bewindspersonen, other spelled-out yeses) and look-alikes ("maar dan" that refuses, a yes that
 * only considers, a yes from another member, a yes taken back in the next sentence, a stance asked, an answer given in
 * the debate, what is so or was done already, a habit, a condition). 29 are wrong at 39449d0; each is an `it.fails`.
 * Regression or not was decided by running each probe at fcee846 (a worktree), before the two commits. Right now and
 * wrong at fcee846 (the rules reach them): O1, O2, O3, O10, O12, N4, N5, N8, C1, C4.
 *
 * 16 regressions of these rules (right at fcee846):
 * - 0c0cc62, widening: O13 "Graag, maar dan wel een echte evaluatie en niet weer een overzicht." and O14 "Graag, maar
 *   dan wel het eindrapport, want aan voorlopige cijfers heb ik weinig." (WIDENED takes "maar dan wel" out and
 *   nothing else refuses), O22 "Graag, maar dan wel aan de hele commissie. Al bedenk ik me … dus het hoeft niet."
 *   (taken back in the next sentence; only HAS_IT reads it), O18 the widening yes of de heer Van den Berg to an offer
 *   to mevrouw Berg (isMember's endsWith: "vandenberg" ends in "berg"; at fcee846 "maar" refused it) are now offers
 *   taken up.
 * - 0c0cc62, what she will do: O16 "Dat overweeg ik graag." (considering is not taking up) is now a yes.
 * - 0977551, the named member: N10 "Dan de heer Bos. Ja, dat doe ik." to "Steunt de minister de oproep van de
 *   burgemeesters om een brief … te sturen?" (a stance), N15 the same to "Is de minister bereid het rapport … serieus
 *   te nemen?" (a stance), N11 "Dat is goed, dat doe ik." taken back in the next sentence, N12 "Dan mevrouw Berg. Ja,
 *   dat doe ik." to her "Deelt de minister die zorg?" (isMember finds de heer Van den Berg's request, which came
 *   after), N14 "Dan mevrouw Kat. Dat doe ik: alle gemeenten kregen in maart een brief …" (past).
 * - 0977551, the colon: C8 "Dat doe ik: de kosten zijn geraamd op …" (an answer now; the request test takes the last
 *   word of "Kan de minister nog ingaan op de kosten voor de gemeenten?", "gemeenten", for its infinitive, an act),
 *   C9 "… vallen er sinds 1 januari onder", C10 "… hebben we in maart … afspraken gemaakt", C11 "… publiceren we elk
 *   kwartaal …" (a habit), C12 "…, tenminste als er nog geld … is", C13 "zodra de Kamer het geld heeft vrijgemaakt,
 *   vraag ik …" (DONE_ALREADY knows only "al", "vorige", "gekregen", "gestuurd", "gehad", "niet", "geen"; no
 *   condition is read).
 *
 * 13 wrong before these rules too (wrong at fcee846):
 * - yeses to an offer: O4 "Dat gesprek ga ik graag aan." (a noun after the pronoun), O5 "Daar kijk ik naar uit", O6
 *   "Op dat aanbod ga ik graag in.", O11 "Die neem ik graag met mijn fractie door." (a phrase before the particle).
 * - naming: N2 "Dan kom ik bij mevrouw Kat.", N3 "Dan de vragen van mevrouw Kat." (plural), N7 (named right, but "Wil
 *   de minister in de voortgangsrapportage ook ingaan op …?" is read as this debate's "ingaan"), N9 (the request
 *   recalled without a question mark: "in eerste termijn heb ik de minister gevraagd om …").
 * - spelled out: C2 "Dat zullen we doen: …", C5 "Dat doen we: …" (plural verbs), C3 "Ja, dat ga ik doen: … heb ik al
 *   uitgenodigd …", C6 "Dat doe ik: niet voor de zomer, maar wel voor het kerstreces." (DONE_ALREADY's "al" and
 *   "niet"), C7 "Dat doe ik: wel pas na de zomer, …" ("wel" right after the colon is read as a yes taken back).
 *
 * Fixed after the review, the same session: O13, O14 ("maar dan wel" widens only to more readers or with more in it,
 * with no negation after it), O16 ("Dat overweeg ik graag" is no yes), O18, N12 (a member named is the whole surname,
 * not its end), N14, C8–C13 (after "Dat doe ik:" no habit, condition, perfect or state). Left: O22 (a yes taken back in
 * the next sentence), N10, N15 (a stance asked with "om … te" or "bereid"), N11 (a retraction in the next sentence).
 */
const STILL_WRONG = new Set<string>([
  // Regressions of 0c0cc62 and 0977551 left wrong after the fixes.
  'O22', 'N10', 'N11', 'N15',
  // Wrong before these rules too.
  'O4', 'O5', 'O6', 'O11', 'N2', 'N3', 'N7', 'N9', 'C2', 'C3', 'C5', 'C6', 'C7',
]);

const expected = (p: (typeof ALL)[number]): unknown => (p.kind === 'def' ? p.expected.map(definitionKey).sort() : p.expected);

describe('review 13 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(expected(p)));
});
