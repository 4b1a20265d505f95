import { describe, expect, it } from 'vitest';
import { definitionKey, judgeProbe } from '../helpers/judge-probes';
import { ALL } from './review-14/probes';

/**
 * A fourteenth review's probes (review-14/, 50 new made-up sentences of general parliamentary Dutch, expected answers
 * decided before running) of the definition rules of fd5e3e1: "Een X is een Y die/waarbij …" ends where a new clause
 * begins, read as a meaning is (A); "niet X, maar pas Y" goes on (B); a described gloss that opens with a preposition
 * is a circumstance (C); "Tot slot / Dan / Verder de speed pedelec, oftewel …" takes the word after the article into
 * the term (D); an acronym's plural on "'en" (E); a verb before ", oftewel" is never the term, the compound before it
 * that the gloss's noun ends is (F). A helper who read the rules and their tests but no evaluation text wrote
 * generalisations (other separators and relative words, "pas" in the other defining phrases, other prepositions of
 * circumstance, other openers and adjectives, another acronym, a typographic apostrophe, the copula, an anaphor and
 * parentheses, other verbs and compounds, a modal) and look-alikes (a meaning that goes on past ", met", ", maar eerst",
 * ", en", ", of"; a verdict left once its remark is cut; "maar pas op:", "maar pas vorige week bleek"; an adverb or a
 * stripped scope as the circumstance, a real definition opening with a preposition; a person after "Tot slot", "eerst"
 * inside a clause; a list of bodies, a description spelling the letters; a verdict as the gloss, a numeral, an adverb or
 * an indirect object before the compound, a verb not in the list, the act restated). 26 are wrong at fd5e3e1; each is
 * an `it.fails`. Regression or not was decided by running each probe at 0977551 (fd5e3e1^, a worktree).
 *
 * 12 regressions of fd5e3e1 (right at 0977551, where the whole sentence was the gloss or nothing was learned):
 * - A7 "Een knarrenhof is een hofje waarin …, met een gezamenlijke tuin en een gemeenschappelijke ruimte", A8 "Een
 *   tussenjaar is een jaar waarin een jongere … niet meteen gaat studeren, maar eerst gaat werken of reizen", A9 "Een
 *   gastouder is een ouder die … past, en daarvoor een vergoeding krijgt", A13 "Een mantelzorger is een persoon die …
 *   zorgt, of voor een vriend of buurman": meaning() cuts each at ", met" / ", maar" (no "wel"/"pas" after it) / ", en" /
 *   ", of", where the relative clause goes on; the definitions are now cut short.
 * - A11 "Een datacenter is een fabriek die het stroomnet van een hele regio leegzuigt, maar daar hoor ik de minister nooit
 *   over": a verdict, refused before only because the remark's "ik" was in the gloss; the cut leaves the verdict.
 * - B6 "…, maar pas op: ook zo'n contract …" learned as "…, maar pas op"; B7 "…, maar pas vorige week bleek hoe groot
 *   die groep inmiddels is" runs on: "pas" goes on whatever follows it, also a warning or a main clause of its own.
 * - C9 "Zwerfjongeren, dat zijn van huis weggelopen jongeren die …", C10 "Veelplegers, dat zijn bij de politie bekende
 *   daders die …": the preposition opens the noun phrase's own adjective; real definitions, now refused.
 * - D8 "Bij een ruiming krijgt eerst de boer compensatie, oftewel …": "eerst" (as "dan", "verder", "daarna") inside a
 *   clause, after its verb, now glues the subject to the term ("boer compensatie").
 * - E7 "De GGD'en, de grote gezondheidsdiensten in de regio, …": a description whose words give the letters, learned now
 *   that "'en" is read.
 * - F7 "… pas na jaren een schadevergoeding krijgt, oftewel een vergoeding die veel te laat komt": a verdict, now learned
 *   for "schadevergoeding" (before, "krijgt" made the term nothing).
 *
 * 14 wrong before fd5e3e1 too: C6 "De brugklas, dat is tegenwoordig een jaar waarin …" (an adverb of circumstance), C7
 * "De kermis, dat is in de zomer het moment waarop …" (the scope is stripped before the preposition test); C8 "Een
 * pleegouder, dat is volgens de wet iemand die …" (learned with "volgens de wet" before, refused now); D4 "Ten slotte de
 * speed pedelec", D5 "Daarnaast de social return" (openers not in the list: "pedelec", "return"), D6 "Verder het living
 * lab" (a first word on "-ing" is not taken, and "lab" alone is refused as acronym-like); E4 "… bij de RUD'en. Dat zijn
 * de regionale uitvoeringsdiensten." (no plural anaphor), E5 "de gemeentelijke gezondheidsdiensten (GGD'en)"; F6 "…
 * een preventief huisbezoek moeten aanbieden, oftewel …" (a modal before the infinitive: nothing); F2 "één
 * vertrouwenspersoon", F8 "voortaan huisbezoek", F9 "oudere huisbezoek" (the verb was the term before, now the word
 * before the compound is glued to it); F10 "iets uitkeert, oftewel een voorschot …" (a verb not in the list is the
 * term), F11 "het bestemmingsplan aanpast, oftewel een plan maakt waarin …" ("aanpast" before, "bestemmingsplan" now).
 *
 * Fixed after the review, the same session: A7, A8, A9, A13 (the description is now cut only where a main clause of its
 * own begins: after "want", a colon, or "en"/"maar" with a subject or a sentence adverb); B6, B7 ("pas" goes on
 * only before a point, not "pas op" or a time gone by); C9, C10 (an adjective or participle of the noun phrase may
 * follow the preposition); D8 (an opener counts only at the sentence's start), and D4, D5 with it; F2, F8 (the word
 * glued before the compound must be an adjective). Left: A11 (a verdict of the same shape as A10's good definition; no
 * rule of form tells them apart), E7 (a description whose words give the letters), F7 (a verdict as the gloss), F9
 * ("iedere oudere": an adjective used as a noun).
 */
const STILL_WRONG = new Set<string>([
  // Regressions of fd5e3e1 (right at 0977551) left wrong after the fixes.
  'A11', 'E7', 'F7',
  // Wrong before fd5e3e1 too.
  'C6', 'C7', 'C8', 'D6', 'E4', 'E5', 'F6', 'F9', 'F10', 'F11',
]);

const expected = (p: (typeof ALL)[number]): unknown => (p.kind === 'def' ? p.expected.map(definitionKey).sort() : p.expected);

describe('review 14 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(expected(p)));
});
