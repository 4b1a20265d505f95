import { PREPOSITIONS } from '../text/stopwords';
import { nestedClauseAt, openClauseListAt, questionWordListAt } from './open-clause';
import { CLOSING, FINITE, PERSONAL, RELATIVE, REMARK, words } from './phrase-words';
import { continuedTo, secondPredicateAt } from './description-end';

/**
 * Where a definition's meaning ends in its sentence (definitions-phrases.ts): a comma may end it, or the meaning
 * may go on over a phrase put between commas, a relative clause, a list, a second clause of the same kind.
 */

/** ", en daarbinnen elke wijk, moet": a phrase put between commas, then a word that may be its clause's verb. */
const INSERTED = /^, (?:en|of) ([^,:;]{1,60}), (\p{L}+)/u;
/**
 * The length of a phrase put between commas at `text[at]` ("dat een gemeente, en daarbinnen elke wijk, moet bouwen"),
 * when the gloss from `from` holds a relative clause and a verb closes it after the phrase; else 0. A clause of its
 * own between the commas ("…, en dat is te hoog, zeggen …") is no such phrase.
 */
function insertionAt(text: string, from: number, at: number): number {
  const m = INSERTED.exec(text.slice(at, at + 100));
  if (!m || !CLOSING.has(m[2]!.toLowerCase()) || !RELATIVE.test(text.slice(from, at)) || PERSONAL.test(m[1]!) || RELATIVE.test(m[1]!) || words(m[1]!).some((w) => FINITE.has(w))) return 0;
  return m[0].length - m[2]!.length;
}
/** ", waarbij …": a relative clause after the comma goes on describing the gloss's noun. */
const RELATIVE_AFTER_COMMA = /^, waar(?:bij|in|mee|door) /u;
/** ", waarna …" goes on only after an act ("het oplossen van …, waarna …"): a process in steps. */
const THEN_AFTER_ACT = /^, waarna /u;
// …unless it speaks of the speaker or the government ("…, waarbij ik aanteken …", REMARK): a remark, not the meaning.
const relativeAt = (text: string, at: number, from = 0): number => {
  const act = THEN_AFTER_ACT.test(text.slice(at, at + 10)) && /^het \p{L}+en /iu.test(text.slice(from, from + 40));
  if (!act && !RELATIVE_AFTER_COMMA.test(text.slice(at, at + 20))) return 0;
  const end = text.indexOf(',', at + 2);
  return REMARK.test(text.slice(at, end < 0 ? text.length : end)) ? 0 : 2;
};
/**
 * Where a list that a comma at `at` continues ends ("bruggen, sluizen en stuwen."): the gloss from `from` and each
 * item after it a word or three, the last after "en" or "of", to the sentence's end; else 0.
 */
function listEnd(text: string, from: number, at: number): number {
  if (text[at] !== ',') return 0;
  let stop = at + 1;
  while (stop < text.length && !'.;:!?'.includes(text[stop]!)) stop++;
  const items = text.slice(at + 1, stop).split(',').map((x) => x.trim());
  const joined = / (?:en|of) /u.exec(items.at(-1)!);
  if (!joined) return 0;
  const lastItem = items.at(-1)!.slice(joined.index + joined[0].length);
  // The last item may carry a phrase that belongs to the whole list ("de reiskosten, verblijfskosten en verzekeringen
  // van de deelnemers"): a preposition and a few words, read apart from the item itself.
  const phraseAt = words(lastItem).findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
  const tail = phraseAt > 0 ? words(lastItem).slice(phraseAt) : [];
  const last = [items.at(-1)!.slice(0, joined.index), phraseAt > 0 ? words(lastItem).slice(0, phraseAt).join(' ') : lastItem];
  if (/ (?:en|of) /u.test(last[1]!) || tail.length > 5 || tail.some((w) => FINITE.has(w)) || PERSONAL.test(tail.join(' '))) return 0;
  // The gloss so far is the first item, or a relative clause that the list goes on ("het bureau dat de gebouwen
  // onderhoudt, de huur int en de klachten afhandelt").
  const first = text.slice(from, at).trim();
  const relative = RELATIVE.test(first) || /(?<![\p{L}])waar(?![\p{L}])/u.test(first);
  // Or bare nouns after its preposition ("… hulp krijgen bij lezen, schrijven en het gebruik van de computer"; "de
  // kosten van eten, wonen en kleding"): the list's first item is the word after the preposition, not the whole gloss.
  const bareObject = / (?:met|van|voor|over|aan|bij|op|in) \p{Ll}+$/u.test(first);
  const all = [...(relative ? [] : [bareObject ? first.split(' ').at(-1)! : first]), ...items.slice(0, -1), ...last];
  const short = (item: string) => item !== '' && words(item).length <= 3 && !words(item).some((w) => FINITE.has(w)) && !RELATIVE.test(item) && !PERSONAL.test(item);
  // After a relative clause each item opens with a noun's determiner or a preposition: "…, valt tussen wal en schip"
  // is the main clause going on.
  const byPreposition = (item: string) => PREPOSITIONS.has(words(item)[0] ?? '');
  const verbLast = (item: string) => /^(?:de|het|een|zijn|haar|hun|alle|elke) /iu.test(item) && words(item).length >= 3 && /(?:t|en|d)$/u.test(words(item).at(-1)!);
  // An adverb or a negation opens no item: "…, nu en in de toekomst", "…, niet de artsen en …".
  const adverb = (item: string) => /^(?:nu|niet|ook|dus|maar|wel|zelfs|alleen|vooral|straks|toen)$/iu.test(words(item)[0] ?? '');
  if (!all.every(short) || all.some(adverb)) return 0;
  // Or the items go on the relative clause's object after its preposition ("… helpt met al het papierwerk, de
  // aanvragen en de bezwaarschriften"): each opens with a determiner, as that object does.
  const object = / (?:met|van|voor|over|aan|bij|op|in) (?:al |alle )?(?:de|het|een|hun|zijn|haar|alle) [^ ]+(?: [^ ]+)?$/u.test(first);
  const byDeterminer = (item: string) => /^(?:de|het|een|hun|zijn|haar|alle) /u.test(item);
  // Or bare nouns after its preposition, in a relative clause ("… hulp krijgen bij lezen, schrijven en …") or in the
  // gloss itself ("de kosten van eten, wonen en kleding"): each item a bare word or a phrase with its determiner, not
  // "…, zeggen de corporaties en …", "…, in Amsterdam en Utrecht".
  const bareOrDeterminer = (item: string) => words(item).length === 1 || byDeterminer(item);
  if (!relative && bareObject) return all.every(bareOrDeterminer) ? stop : 0;
  return !relative || all.every(byPreposition) || all.every(verbLast) || (object && all.every(byDeterminer)) || (bareObject && all.every(bareOrDeterminer)) ? stop : 0;
}

/**
 * The end of a gloss that a comma cut at `end`, carried over phrases put between commas and over relative clauses
 * after one, to the next comma.
 */
export function glossEnd(text: string, from: number, end: number): number {
  // "…, oftewel bruggen, sluizen en stuwen": a list goes on to its last item.
  const listed = listEnd(text, from, end);
  if (listed > 0) return listed;
  let e = end;
  const skipAt = (at: number) => insertionAt(text, from, at) || relativeAt(text, at, from) || expansionAt(text, at) || contrastAt(text, from, at) || parallelRelativeAt(text, from, at) || appositionAt(text, from, at) || openClauseListAt(text, from, at) || questionWordListAt(text, at) || nestedClauseAt(text, from, at) || secondPredicateAt(text, from, at);
  for (let skip = skipAt(e); skip > 0; skip = skipAt(e)) {
    const next = text.indexOf(',', e + skip);
    e = next < 0 ? text.length : next;
  }
  e = goesOnAt(text, from, e) || e;
  return closingPhraseAt(text, e) ? text.length : continuedTo(text, e) || e;
}

/**
 * ", zodat …" after a relative clause (what the thing is for: "zorg die … overneemt, zodat die even op adem kan komen";
 * also ", met het doel om …" and the exception ", tenzij …") and ", zoals A of B" (its examples, a few words with no
 * verb): the meaning goes on to the next comma or the end. Not
 * a clause of the speaker or the government ("…, zodat ik …", "…, zoals ik al zei").
 */
function goesOnAt(text: string, from: number, at: number): number {
  const m = /^, (zodat|zoals|met het doel|tenzij) /u.exec(text.slice(at, at + 20));
  if (!m) return 0;
  const next = text.slice(at + m[0].length).search(/[,;:.!?]/u);
  const end = next < 0 ? text.length : at + m[0].length + next;
  const part = text.slice(at + m[0].length, end);
  if (REMARK.test(part) || PERSONAL.test(part)) return 0;
  if (m[1] !== 'zoals') return RELATIVE.test(text.slice(from, at)) ? end : 0;
  // Examples are listed ("zoals koken of het huishouden"); "zoals gezegd / bekend / vaak / in de motie …" is a remark.
  // A longer list runs over its commas to the sentence's end, its last item after "en" or "of" ("zoals visserij, de
  // kweek van mosselen en zeewier, of natuurherstel"), each item a few words with no verb and no speaker.
  const listStop = listedToEnd(text, at + m[0].length);
  if (listStop > 0) return listStop;
  const ws = words(part);
  const listed = / (?:of|en) /u.test(part) && !ZOALS_REMARK.test(ws[0] ?? '');
  return listed && ws.length <= 6 && !ws.some((w) => FINITE.has(w)) && !RELATIVE.test(part) ? end : 0;
}

/**
 * ", maar via een tussentaal" after what the thing does not do ("een tolk die niet rechtstreeks vertaalt, maar via …"):
 * what it does instead is more of the meaning, when it opens with an adverb or a preposition (not "…, maar dat …").
 */
function contrastAt(text: string, from: number, at: number): number {
  if (!text.startsWith(', maar ', at) || !NEGATED.test(text.slice(from, at))) return 0;
  const after = text.slice(at + ', maar '.length, at + 60);
  return BUT_GOES_ON.test(after) && !REMARK.test(after) && !/^bijvoorbeeld/iu.test(after) ? ', maar '.length : 0;
}
/**
 * "een specifieke uitkering, geld dat een gemeente alleen aan één doel mag besteden": a short gloss (a noun phrase of up
 * to four words) restated by a bare noun and a relative clause that says what it is; not a remark of the speaker.
 */
const APPOSITION = /^, (?:(?:een|de|het) )?(?!(?:en|of|maar|want|dus|zoals|ook|nu|toen|zodat|omdat)\s)\p{Ll}+ (?:die|dat|waarmee|waarin|waarbij) /u;
function appositionAt(text: string, from: number, at: number): number {
  const gloss = words(text.slice(from, at));
  if (gloss.length > 4 || gloss.some((w) => FINITE.has(w)) || RELATIVE.test(text.slice(from, at)) || !APPOSITION.test(text.slice(at, at + 40))) return 0;
  const next = text.indexOf(',', at + 2);
  return REMARK.test(text.slice(at, next < 0 ? text.length : next)) || PERSONAL.test(text.slice(at, next < 0 ? text.length : next)) ? 0 : 2;
}
/**
 * ", of die zich …", ", en waarin de hulp …": a second relative clause with the pronoun of one in the gloss goes on
 * describing the same noun, also after a short phrase put between commas (", zonder voorwaarden vooraf, en waarin …").
 * Returns how far to skip to that clause's words; not a remark of the speaker or the government.
 */
const PARALLEL = /^, (?:([^,;:.]{1,40}), )?(?:en|of) (die|dat|waarin|waarbij|waarmee|waarop|waarvan|waardoor) /u;
function parallelRelativeAt(text: string, from: number, at: number): number {
  const m = PARALLEL.exec(text.slice(at, at + 60));
  // After examples (", zoals koken of het huishouden, en die de gemeente …") it says something more about the thing.
  if (!m || !words(text.slice(from, at)).includes(m[2]!) || words(m[1] ?? '').some((w) => FINITE.has(w)) || /^zoals /u.test(m[1] ?? '') || text.slice(from, at).includes(', zoals ')) return 0;
  const next = text.indexOf(',', at + m[0].length);
  if (REMARK.test(text.slice(at, next < 0 ? text.length : next))) return 0;
  // "…, en dat is veel te weinig", "…, en die zie je steeds minder": a demonstrative and its main clause, not a relative.
  const [first, second] = words(text.slice(at + m[0].length, at + m[0].length + 40));
  // ("…, of die worden opgevangen door …" is a relative clause: its auxiliary before a participle).
  const participle = /^(?:ge|be|ver|ont|op|in|uit|aan|af|door|over|mee)\p{L}{2,}[dtn]$/u.test(second ?? '');
  // A finite verb right after the pronoun opens a main clause ("…, en dat werkte vorig jaar niet", "…, en dat kost …").
  const verbFirst = (CLOSING.has(first ?? '') && !participle) || (!CLOSING.has(first ?? '') && /^\p{L}{2,}(?:t|te|de|ten|den)$/u.test(first ?? ''));
  if ((m[2] === 'die' || m[2] === 'dat') && (verbFirst || /^(?:je|ik|we|wij|u|men|hij|zij|ze|jij)$/u.test(second ?? ''))) return 0;
  return m[0].length - m[2]!.length - 1;
}
/** ", het Uitvoeringsinstituut Werknemersverzekeringen," after an acronym: its expansion, put between commas. */
const EXPANSION = /^, (?:de|het) \p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|van|voor|de|het|en)){0,6},/u;
function expansionAt(text: string, at: number): number {
  if (!/(?<![\p{L}])\p{Lu}{2,6}$/u.test(text.slice(Math.max(0, at - 8), at))) return 0;
  const m = EXPANSION.exec(text.slice(at, at + 120));
  return m ? m[0].length : 0;
}

/**
 * ", tegen een vaste prijs.", ", van opvoedsteun tot schuldhulp.": a phrase of a preposition and a few words that ends
 * the sentence right after the gloss goes with it. Not one with a verb of the FINITE list, a relative or "wat", or the
 * speaker or the government in it ("…, volgens mij").
 */
function closingPhraseAt(text: string, at: number): boolean {
  if (text[at] !== ',') return false;
  const rest = text.slice(at + 1).trim();
  if (/[,;:]/u.test(rest)) return false;
  const ws = words(rest);
  if (ws.length < 2 || ws.length > 8 || ws.some((w) => FINITE.has(w)) || RELATIVE.test(rest) || PERSONAL.test(rest) || REMARK.test(rest) || ws.includes('wat')) return false;
  // Only the shapes that say more of the thing: a range, a price or a rate, a feature ("met één …"). Not a remark put
  // after it (", met alle gevolgen van dien", ", tot grote ergernis van …", ", in tegenstelling tot …").
  return (ws[0] === 'van' && ws.includes('tot')) || /^(?:tegen|per)$/u.test(ws[0]!) || (/^(?:met|zonder|voor)$/u.test(ws[0]!) && /^(?:een|één)$/u.test(ws[1]!));
}

/**
 * What "bedoel ik" / "verstaan we" is followed by, as the meaning: "niet X, maar Y" means Y; "precies dat:
 * Y" means Y; a new clause after a comma ("…, en die staat onder druk", "…, met hun …") is no longer the meaning.
 */
export function meaning(rest: string): string {
  let r = rest;
  // indexOf, not a regex: ".*?, maar (.+)$" is quadratic on a long sentence without one.
  const but = r.indexOf(', maar ');
  // Not "niet alleen X, maar ook Y": that adds Y to X.
  if (/^niet(?![\p{L}])/iu.test(r) && !/^niet alleen /iu.test(r) && but > 0) r = r.slice(but + ', maar '.length);
  // A colon after a word or three ("precies dat:", "dit:", "het volgende:", "drie dingen:") brings the meaning itself;
  // after a longer meaning it brings what elaborates on it ("…: wie meer uitstoot, betaalt meer").
  const colon = r.indexOf(': ');
  if (colon >= 0 && r.slice(0, colon).split(' ').length <= 3) r = r.slice(colon + 2);
  // A focus word before the meaning is not part of it: "bedoel ik ook de vrijwilligers", "… vooral de gemeenten".
  r = r.replace(/^(?:ook|vooral|juist|eigenlijk|gewoon|hier|dan|nu) (?=\p{L})/iu, '');
  // ", met hun ervaring …" after the meaning adds to it, as a new clause does.
  // ", zodat …" says what it is for: more of the meaning only after a relative clause (goesOnAt).
  const newClause = /, (?:en|maar|want|dus|of|met|zodat) |: /giu;
  for (let c = newClause.exec(r); c; c = newClause.exec(r)) {
    // The last item of examples listed after "zoals" ("…, zoals visserij, de kweek van mosselen, of natuurherstel").
    const zoals = r.lastIndexOf(', zoals ', c.index);
    const listed = zoals >= 0 && /^, (?:en|of) $/u.test(c[0]) ? listedToEnd(r, zoals + ', zoals '.length) : 0;
    if (listed > c.index) return r.slice(0, listed);
    // "bedoel ik dat …, en dat hij daar ook woont": a second "dat" clause with a subject of its own is more of the
    // meaning; "…, en dat is moeilijk" (a demonstrative and its verb) says something about it.
    const parallel = c[0] === ', en ' && /^dat /iu.test(r) && THAT_CLAUSE_SUBJECT.test(r.slice(c.index + c[0].length, c.index + 40));
    // "een ouder die niet zelf klaagt, maar wel …": what it is not, then what it is, is one meaning.
    // The part after "maar" opens with an adverb or a preposition, not a subject of its own ("…, maar die groep …").
    // Also "wel …, maar door …": what it is, then by whom or how ("de lessen die wel worden gegeven, maar door …").
    const contrast = c[0] === ', maar ' && (NEGATED.test(r.slice(0, c.index)) || /(?<![\p{L}])wel(?![\p{L}])/iu.test(r.slice(0, c.index))) && !REMARK.test(r.slice(c.index)) && BUT_GOES_ON.test(r.slice(c.index + c[0].length));
    // ", of die worden opgevangen …": a second relative clause of the meaning's noun (parallelRelativeAt).
    const parallelRelative = (c[0] === ', en ' || c[0] === ', of ') && parallelRelativeAt(r, 0, c.index) > 0;
    const purpose = c[0] === ', zodat ' && RELATIVE.test(r.slice(0, c.index)) && !PERSONAL.test(r.slice(c.index));
    // "dat niet de melder …, maar dat de werkgever …": what is not so, then what is, each a "dat" clause with a subject.
    const thatContrast = c[0] === ', maar ' && /^dat /iu.test(r) && NEGATED.test(r.slice(0, c.index)) && THAT_CLAUSE_SUBJECT.test(r.slice(c.index + c[0].length, c.index + 40));
    // "… op plekken waar …, of op momenten waarop …": the same preposition again, its noun with a relative clause.
    const phrase = PARALLEL_PHRASE.exec(r.slice(c.index + c[0].length, c.index + 60));
    const parallelPhrase = (c[0] === ', of ' || c[0] === ', en ') && phrase !== null && PREPOSITIONS.has(phrase[1]!) && words(r.slice(0, c.index)).includes(phrase[1]!);
    const skip = parallel || contrast || thatContrast || parallelPhrase || parallelRelative || purpose || goesOn(r, c.index, c[0]) ? c[0].length : c[0] === ': ' ? 0 : insertionAt(r, 0, c.index) || secondPredicateAt(r, 0, c.index);
    if (skip === 0) return r.slice(0, continuedTo(r, c.index) || c.index);
    newClause.lastIndex = c.index + skip;
  }
  return r;
}

/** A preposition, a word or two, and a relative word: "op momenten waarop …", "in wijken die …". */
const PARALLEL_PHRASE = /^(\p{L}+) (?:\p{L}+ ){1,2}?(?:waar\p{L}*|die|dat) /u;
/** The first word after "zoals" that makes it a remark, not examples: "zoals gezegd", "zoals altijd", "zoals in …". */
const ZOALS_REMARK = /^(?:gezegd|bekend|gezien|gebruikelijk|het|vaak|ook|al|eerder|altijd|in|op|bij|volgens)$/iu;
/** Words of a clause, not of a noun phrase: pronouns and adverbs. */
const CLAUSE_WORD = /^(?:het|er|ze|zij|we|wij|hij|die|dat|al|nog|ook|jaren|altijd|(?:daar|hier|waar)\p{L}*)$/u;
/** The sentence's end, when the examples from `from` are a list of short items whose last follows "en" or "of"; else 0. */
function listedToEnd(text: string, from: number): number {
  let stop = from;
  while (stop < text.length && !'.;:!?'.includes(text[stop]!)) stop++;
  const items = text.slice(from, stop).split(',').map((x) => x.trim());
  if (items.length < 2 || !/(?:^| )(?:en|of) /u.test(items.at(-1)!)) return 0;
  // Each item a noun phrase: a few words, no pronoun or adverb of a clause ("…, en daarover beslissen de provincies",
  // "…, of de provincie betaalt het"), and after its determiner one word or a phrase with a preposition ("de kweek van
  // mosselen"; "de natuurorganisaties vragen" holds a verb).
  const short = (item: string) => {
    const ws = words(item.replace(/^(?:en|of) /u, ''));
    const np = /^(?:de|het|een)$/u.test(ws[0] ?? '') ? ws.length <= 2 || ws.slice(2).some((w) => PREPOSITIONS.has(w)) : true;
    return ws.length > 0 && ws.length <= 6 && np && !ws.some((w) => FINITE.has(w) || CLAUSE_WORD.test(w)) && !RELATIVE.test(item) && !PERSONAL.test(item) && !REMARK.test(item);
  };
  // Nor a remark opened by "zoals" ("zoals altijd", "zoals in Groningen … gebeurt").
  return items.every(short) && !ZOALS_REMARK.test(words(items[0]!)[0] ?? '') ? stop : 0;
}

/**
 * "dat" opening a clause of the meaning: a third-person subject follows (a pronoun, a determiner, a number), not a verb,
 * not the speaker ("…, en dat ik dat ga controleren" is a promise, "…, en dat we daar streng op zijn" a stance), not a
 * name ("…, en dat de VVD dat tegenhield"), not "zijn" ("…, en dat zijn er veel").
 */
// Or an adjective and its noun ("…, en dat kleine verschillen …"); not a demonstrative, nor a past tense and an adverb
// ("…, en dat werkte vorig jaar …").
const THAT_CLAUSE_SUBJECT =
  /^dat (?:(?:hij|zij|ze|het|men|iemand|niemand|iedereen|er|de|een|elke|ieder|iedere|alle|geen|hun|\p{N})(?![\p{L}])|(?!(?:deze|die|dit|dat)\s)\p{L}+e (?!(?:vorig|vorige|niet|wel|ook|al|helemaal|nooit|toen|daar|er|toch|dus|nu|eerder|later|meteen|direct|goed|slecht|prima|weer|steeds)(?![\p{L}]))\p{L}{3,})/u;

const NEGATED = /(?<![\p{L}])(?:niet|geen)(?![\p{L}])/iu;
const BUT_GOES_ON = /^(?:pas(?= )(?! (?:op(?![\p{L}]| \d)|vorige|vorig|gisteren|toen|sinds|nu|onlangs|later|bleek))|wel|juist|alleen|vooral|bijvoorbeeld|ook|eerder|zelfs|op|aan|in|om|voor|met|naar|door|bij|via|per)(?![\p{L}])/iu;
/** A clause opened by a question word: "hoeveel mensen …", "waar die mensen …". */
const WH_WORD = /(?<![\p{L}])(?:hoeveel|waar|wat|hoe|wie|welke|waarom|wanneer)(?![\p{L}])/iu;
const WH_CLAUSE_SUBJECT = /^(?:hoeveel|waar|wat|hoe|wie|welke|waarom|wanneer) (?:hij|zij|ze|het|men|er|de|die|dat|een|hun|\p{N})(?![\p{L}])/iu;
/**
 * The meaning goes on after the comma at `at` (`sep`, the comma and its word): a second question-word clause with a
 * third-person subject after one in the meaning ("… waarin staat hoeveel …, en waar die mensen vandaan komen"), or
 * "whether or not" ("…, of je nu klein bent of niet"), which belongs to the clause before it.
 */
function goesOn(r: string, at: number, sep: string): boolean {
  const after = r.slice(at + sep.length);
  // The second clause ends the sentence and is no remark ("…, en waar de minister volgens mij niets aan doet").
  // Or it repeats the meaning's preposition and question word in parallel ("de vraag voor welke gezinnen …, en voor
  // welke gezinnen niet"); two other words repeated ("…, en de gemeente doet …") open a remark.
  const [a, b] = words(after);
  const before = words(r.slice(0, at));
  const parallel = a !== undefined && PREPOSITIONS.has(a) && b !== undefined && WH_WORD.test(b) && before.some((w, k) => w === a && before[k + 1] === b);
  if (sep === ', en ') return (parallel || (WH_WORD.test(r.slice(0, at)) && WH_CLAUSE_SUBJECT.test(after))) && !/[,;:]/u.test(after) && !REMARK.test(after);
  if (sep !== ', of ') return false;
  const comma = after.search(/[,;:]/u);
  return /(?<![\p{L}])of niet[.!?…]*$/iu.test((comma < 0 ? after : after.slice(0, comma)).trim());
}
