import { describe, expect, it } from 'vitest';
import { definitionKey, judgeProbe } from '../helpers/judge-probes';
import { ALL } from './review-10/probes';

/**
 * A tenth review's probes (review-10/, new made-up sentences and mini-debates of general parliamentary Dutch, expected
 * answers decided before running) of the rules of af00121 (a yes to "Deelt / Heeft de minister …?" is no promise),
 * 44c8cbc and 6843140 (one long noun glossed by another after "oftewel"; "Dan bidirectioneel laden, oftewel …"; a verb
 * before ", oftewel" is never the term), 0577d77 (closing items opened by "TZ202612-031:"), e027518 (a term of five
 * words after "Met … bedoel ik"; "X, dat is de verzamelnaam voor …"; ", is wat we een streektaal noemen"; "oftewel een
 * school waar …") and abcec0c (a body asked by its kind in the plural, "vraag ik de provincies om …"). A helper who read
 * the rules and their tests but no evaluation text wrote 71: generalisations (other words, verbs, bodies, word orders)
 * and look-alikes (verdicts, lists, a verb before the comma, appeals to companies or the Kamer, conditions, habits,
 * stories, real requests after a view verb, old register items with a colon). 35 are wrong at 6843140; each is an
 * `it.fails`. Regression or not was decided by running each probe at d883213 (a worktree), before all six commits.
 *
 * 16 regressions of these rules (right at d883213):
 * - af00121: V8 "Deelt de minister die zorg, en wil zij de Kamer … een brief sturen …?", V9 "Vindt de minister het ook
 *   een goed idee om de Kamer elk jaar een overzicht te sturen …?", V10 "Ziet de minister mogelijkheden om de Kamer …
 *   een overzicht te sturen …?": requests after a view verb, the yes no longer binds.
 * - 44c8cbc: O4 "kiest voor stilstand, oftewel achteruitgang" (a verdict), O6 "onderwijs, zorg en werkgelegenheid,
 *   oftewel bestaanszekerheid" (a list summed up), O7 "dat iedereen meebetaalt, oftewel solidariteit" (a verb) learned.
 * - e027518: M5 "Met het voorstel van de heer Bos bedoel ik het amendement …" (a reference, now five words long), M9
 *   "Flexibilisering, dat is een codenaam voor makkelijker ontslaan" (a sneer), M12 "…, is wat ik een slechte wet noem",
 *   M13 "…, is wat wij een papieren minister noemen" (verdicts ending in the meaning's noun), M16 "Een gezellige wijk,
 *   oftewel een wijk waar …" (a judging word not in the list), M17 "De nieuwe school, oftewel de school waar vorig jaar de
 *   brand was" (one school pointed at).
 * - abcec0c: B8 "Vanaf deze plek vraag ik de supermarkten om hun prijzen … te verlagen" (an appeal to companies), B11
 *   "Ik vraag de fracties om hun amendementen … in te dienen" (the Kamer's groups), B14 "Al jaren vraag ik de provincies
 *   om …" (a habit), B18 "Vorig jaar vraag ik de provincies om …, en wat gebeurt er: niets" (a story).
 *
 * 19 wrong before these rules too (wrong at d883213): V5 "Onderkent", V6 "Betreurt", V7 "Deelt ook de minister" (the
 * view rule does not reach other verbs or word orders), V13 "Heeft de minister … al een brief gestuurd?" answered "Dat
 * doe ik deze week."; O1 "myopie" (under eight letters), O3 "tinnitus, oftewel oorsuizen" (endings "-s", "-en"), O10
 * "iets onderneemt, oftewel een plan dat werkt" (a verb not in 6843140's list), O13 "Dan passend onderwijs" ("-end"),
 * O14 "Dan emissievrij bouwen" ("-vrij"), O15 "Dan tijdelijk huren, oftewel onzekerheid …" (a verdict; the term is now
 * "tijdelijk huren", was "huren"); R3 "TZ202703-014:De minister" (no space after the colon), R4 and R5 (earlier register
 * items with a colon after the list, "TZ202611-201: …" under "uit eerdere debatten zijn … afgedaan:" and "T04012: Die
 * toezegging uit het vorige debat is … afgedaan.": read as items now; before 0577d77 no item of those lists was read at
 * all); M15 "tweetalige scholen, oftewel scholen waar …" (plural without article); B3 "de veiligheidsregio's", B5 "De
 * gemeenten vraag ik om …", B6 "vraag ik de provincies hun cijfers … aan te leveren" (no "om"), B15 "De VNG zegt: wij
 * vragen de gemeenten om …" (quoted), B19 "… elk jaar in maart in te dienen; zo staat het in de regeling" (procedure).
 *
 * Fixed in the same session (each probe failed first, as it.fails): all 16 regressions and O1. A view question counts
 * as such only with no act asked after it ("om … te", ", en wil zij"); the one-word gloss after "oftewel" only for a
 * learned word (a Greek or Latin ending: "myopie", "mesothelioom"); no term naming a member's or minister's thing; "de
 * (verzamel)naam voor", not "een codenaam voor"; ", is wat we X noemen" not with a judging word or a meaning with
 * "niet" (M11 "natuurinclusieve boer" was right with 21579e2, and is missed again since review 12 kept the form to one compound
 * word); the "waar" gloss not for a definite
 * term and not after more judging words; no companies, shops or the Kamer's groups as a body asked, nor with a habit or
 * a story ("Al jaren", "Vorig jaar").
 */
const STILL_WRONG = new Set<string>([
  // Right with 21579e2, missed again since review 12 kept ", is wat we X noemen" to one compound word.
  'M11',
  // Wrong before these rules too.
  'V5', 'V6', 'V7', 'V13', 'O3', 'O10', 'O13', 'O14', 'O15', 'R3', 'R4', 'R5', 'M15', 'B3', 'B5', 'B6', 'B15', 'B19',
]);

const expected = (p: (typeof ALL)[number]): unknown => (p.kind === 'def' ? p.expected.map(definitionKey).sort() : p.expected);

describe('review 10 probes', () => {
  for (const p of ALL) (STILL_WRONG.has(p.id) ? it.fails : it)(`${p.id} (${p.why})`, () => expect(judgeProbe(p)).toEqual(expected(p)));
});
