import type { ClosingItem, Transcript } from './model';
import { splitSentences } from '../text/sentences';
import { itemsInSentences } from './closing-sentences';
import { CORRECTS, GOV_SUBJECT, handsFloor, LAST, NAMED, namedPlace, placeIn, promiseItem, rereads, THAT, THAT_ONE, WITHDRAWN } from './closing-places';

/**
 * The one finder of the commitments the chair reads at the end of a committee
 * debate ("toezeggingen"), for every source: the text and page parser
 * (build.ts) and VLOS (reader/vlos.ts) both hand it their turns.
 *
 * By structure, not by one report's wording: the chair announces the list in
 * any phrasing that speaks of reading or noting commitments; what follows is
 * an item when it carries a list marker (any glyph, dash, number or letter)
 * or, when the list has none, when it opens with the government as subject.
 * A paragraph that merely continues the item before it (a page break cut it)
 * is joined to it. A member who says an item is missing, the minister's
 * answer and the chair's addition in a later turn are followed.
 */
export interface ClosingTurn {
  asChair: boolean;
  paragraphs: readonly string[];
  /** Per paragraph: whether the source marked it as a list item. */
  items: readonly boolean[];
}

// "toezegging(en)" near a word of reading out, noting down, going through or counting. A word
// window rather than fixed phrases: "Ik lees de toezeggingen voor die de griffier heeft genoteerd",
// "De griffier heeft de volgende toezeggingen genoteerd", "Dan de toezeggingen", "Er zijn drie
// toezeggingen gedaan".
// Built on first use: the page's own parse does not read the closing list, and module-level tagged templates
// (String.raw) would stay in the content script even unused.
let announce: RegExp | null = null;
function announceRe(): RegExp {
  const READ = String.raw`(?:lees|leest|lezen|voorlezen|voor\s+te\s+lezen|genoteerd|noteer|noteren|bijgehouden|opgeschreven|opgetekend|doornemen|door\s+te\s+nemen|doorlopen|langslopen|(?:loop|lopen)(?=(?:\s+[\p{L}'-]+){0,8}?\s+(?:door|na)(?![\p{L}]))|nalopen|na\s+te\s+lopen|langs|op\s+een\s+rij|volgende|als\s+volgt|opsommen|gedaan|zijn\s+er|er\s+zijn|is\s+er|er\s+is|dan\s+de|(?:kom\s+ik|ik\s+kom)\s+(?:nu\s+|dan\s+|nog\s+)?bij|(?:komen\s+we|we\s+komen)\s+(?:nu\s+|dan\s+|nog\s+)?bij|gaan\s+we\s+(?:nu\s+|dan\s+|nog\s+)?naar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)`;
  const W = String.raw`(?:[\p{L}\p{N}'-]+[,:]?\s+)`;
  // The verb ("wat de minister heeft toegezegd") only with a word of reading or noting: with a count it is a remark
  // ("Ik constateer dat de minister twee dingen heeft toegezegd").
  const NOTED = String.raw`(?:lees|voorlezen|genoteerd|noteer|noteren|bijgehouden|opgeschreven|opgetekend|doornemen|doorlopen|langslopen|(?:loop|lopen)(?:\s+[\p{L}'-]+){0,3}?\s+(?:door|na)|nalopen|na\s+te\s+lopen|langs|op\s+een\s+rij|als\s+volgt|opsommen)`;
  // What was promised, in either word: "toezeggingen" / "toegezegd", "beloften" / "beloofd".
  const NOUN = String.raw`${READ}\s+${W}{0,6}(?:toezegging(?:en)?|belofte(?:n)?)|(?:toezegging(?:en)?|belofte(?:n)?)[,:]?\s+${W}{0,6}${READ}`;
  const VERB = String.raw`${NOTED}\s+${W}{0,6}(?:toegezegd|beloofd)|(?:toegezegd|beloofd)[,:;]?\s+${W}{0,6}${NOTED}`;
  return (announce ??= new RegExp(String.raw`(?<![\p{L}])(?:${NOUN}|${VERB})(?![\p{L}])`, 'iu'));
}
// What speaks of commitments without reading any: "geen toezeggingen", thanks for them, earlier ones, ones closed
// as fulfilled ("… uit eerdere debatten als voldaan worden beschouwd").
const NOT_A_LIST = /\bgeen\s+(?:toezegging|belofte)|\bdank\w{0,30}\b[^.]{0,60}\b(?:toezegging|belofte)|\b(?:openstaande|eerdere|vorige|oude)\s+(?:toezegging|belofte)|\b(?:toezegging|belofte)\w{0,2}\s+uit\s+(?:het|de|een|eerdere|vorige)\s+(?:\w+\s+){0,2}?(?:debat|debatten|commissiedebat|overleg|notaoverleg|wetgevingsoverleg)\b|\bals\s+(?:voldaan|afgedaan)\b|\b(?:vorig\s+jaar|vorige\s+(?:week|maand|keer)|destijds)\b/iu;

/**
 * A paragraph that is only the announcement, in words too common to look for inside longer talk ("Dan heb ik nog
 * een vraag over de toezeggingen", "Ik hoop dat we komen tot een aantal toezeggingen"): a heading "Toezeggingen:",
 * "Dan heb ik nog de toezeggingen.", "Ik kom tot de toezeggingen.", "Tot slot de toezeggingen."
 */
const BARE_ANNOUNCEMENT =
  /^(?:dan |tot slot )?(?:heb ik (?:nog )?|hebben we (?:nog )?|(?:ik kom|kom ik|we komen|komen we) (?:nu |dan )?(?:tot|bij) )?(?:de )?toezeggingen[.:]?$/iu;

/**
 * Whether a chair's paragraph announces the list: 'whole' in words that say so, or as a paragraph of its own;
 * 'tail' when a bare announcement ends a paragraph that said something first ("Dank u wel. Ik kom tot de
 * toezeggingen."), which counts only with marked items after it (see findClosingItems).
 */
function announcement(paragraph: string): 'whole' | 'tail' | null {
  if (NOT_A_LIST.test(paragraph)) return null;
  // Sentence by sentence: one that names an item by its place ("Dan luidt de derde toezegging als volgt:",
  // "De eerste toezegging: …") reads or corrects that item, it announces no list (see findClosingItems).
  const sentences = paragraph.split(/(?<=[.!?])\s+/u);
  if (sentences.some((s) => announceRe().test(s) && !NAMED.test(s) && !THAT_ONE.test(s)) || BARE_ANNOUNCEMENT.test(paragraph.trim())) return 'whole';
  return BARE_ANNOUNCEMENT.test(sentences.at(-1)?.trim() ?? '') ? 'tail' : null;
}
export const announcesClosingList = (paragraph: string): boolean => announcement(paragraph) !== null;


/** The chair turning to the room: a question, a member addressed, thanks, the meeting closed. */
const CHAIR_TALK =
  /\?["'”’)]*$|^(?:mevrouw|de heer|ik |dan (?:sluit|dank|zijn|is|hebben|gaan|kom)|dank(?: u| je|$|[,.!])|hartelijk|zijn er|is er|hebben we|daarmee (?:zijn|is|sluit|komen)|tot slot|de vergadering)/iu;

/** Text after "…genoteerd:" or "nog een toezegging:" when what follows is an item itself. */
function itemAfterColon(p: string): string | null {
  // The first colon after which the government is the subject: an earlier one may bring the correction said
  // ("Bij de tweede: dat wordt …"), a later one belong to the item ("… een brief over drie punten: de kosten, …").
  for (let i = p.indexOf(':'); i >= 0; i = p.indexOf(':', i + 1)) {
    // Tested on the words right after the colon first: a paragraph of many colons stays linear.
    const head = p.slice(i + 1, i + 120).trimStart();
    if (!GOV_SUBJECT.test(head) && !(/^[a-z]/u.test(head) && GOV_SUBJECT.test(head[0]!.toUpperCase() + head.slice(1)))) continue;
    // Up to the chair's own talk after it ("Mevrouw Pronk, kunt u daarmee leven? … Ik sluit de vergadering."): a
    // question or a sentence that turns to the room, which is no part of the item. What comes before it stays (a
    // second sentence, a part an abbreviation split off: "voor 1 dec. 2026").
    const after = p.slice(i + 1).trim();
    const talk = splitSentences(after).find((x, k) => k > 0 && CHAIR_TALK.test(after.slice(x.start, x.end).trim()));
    return talk ? after.slice(0, talk.start).trim() : after;
  }
  return null;
}

// A paragraph that goes on with the item before it: it starts in lower case, or the item
// before it stopped mid-sentence (a page break between "stuurt de Kamer" and "voor 1 juni").
function continues(prev: string, p: string): boolean {
  return /^[\p{Ll}(]/u.test(p) || !/[.!?;:)"”]$/u.test(prev.trim());
}

/**
 * The items in one chair turn from paragraph `from` on. Other paragraphs ("Dank daarvoor.",
 * "Hebben we dan alles?") are passed over, as the chair says them between items.
 */
function itemsOf(turn: ClosingTurn, t: number, from: number, markedOnly = false): ClosingItem[] {
  const found: ClosingItem[] = [];
  for (let k = from; k < turn.paragraphs.length; k++) {
    const p = turn.paragraphs[k]!;
    if (!turn.items[k] && otherBusiness(p)) break;
    const byPlace = itemByPlace(p);
    if (byPlace) found.push({ text: byPlace, turnIndex: t, paragraphIndex: k });
    // Five words at least: "De minister." (the chair giving the floor) names the government and promises nothing.
    else if (turn.items[k] || (!markedOnly && GOV_SUBJECT.test(p) && p.split(' ').length > 4)) found.push({ text: p, turnIndex: t, paragraphIndex: k });
    else if (found.length > 0 && continues(found[found.length - 1]!.text, p)) {
      const last = found[found.length - 1]!;
      last.text = `${last.text} ${p}`;
    }
  }
  return found;
}

/**
 * The chair turning to other business: "Dan de stukken die we voor kennisgeving aannemen.", "Dan de verzoeken uit de
 * procedurevergadering." (not "Dan de toezeggingen van de staatssecretaris", nor a member of government given the floor).
 */
const OTHER_BUSINESS = /^(?:dan|verder|vervolgens|tot slot) (?:de|het) (?!minister|staatssecretaris|bewinds|kabinet|regering)\p{L}/iu;
const otherBusiness = (p: string): boolean => !/toezegging|belofte|toegezegd|beloofd/iu.test(p) && p.split(/(?<=[.!?])\s+/u).some((s) => OTHER_BUSINESS.test(s));
/**
 * "De eerste toezegging: de minister …", "Toezegging 2 is dat de minister …": an item introduced by its place, the whole
 * paragraph as said (cut after "dat" it would read as a clause), as items read inside the chair's sentences are.
 */
const BY_PLACE = /^(?:de\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+toezegging|toezegging\s+(?:\d{1,2}|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien))(?:\s+(?:is|luidt))?(?:\s*:\s*|\s+dat\s+)(?=\S)/iu;
function itemByPlace(p: string): string | null {
  return BY_PLACE.test(p) ? p : null;
}

/** The paragraphs of the first run of three or more in a row that open with the government and read as items, or []. */
function plainRun(paragraphs: readonly string[]): number[] {
  const item = (p: string) => GOV_SUBJECT.test(p) && p.split(' ').length > 6 && !/\?\s*$/u.test(p) && promiseItem(p);
  for (let k = 0; k < paragraphs.length; k++) {
    let e = k;
    while (e < paragraphs.length && item(paragraphs[e]!)) e++;
    if (e - k >= 3) return Array.from({ length: e - k }, (_, j) => k + j);
    k = e;
  }
  return [];
}

/** A member missing a thing on the list: "ik mis het onderzoek naar …" (followed only when the chair then adds it). */
const MISSED = /(?<![\p{L}])(?:ik mis|mis ik)(?![\p{L}])/iu;
/** The chair adding to the list: "Dan voeg ik die toe aan de lijst.". */
const ADDED = /toe aan de lijst|aan de lijst toe|(?<![\p{L}])voeg(?:en)? (?:ik|we|wij) (?:\p{L}+ ){0,3}toe(?![\p{L}])/iu;

/** An item pointed at: "die toezegging", "de tweede toezegging". */
const THAT_ONE_OR_NAMED = /(?<![\p{L}])(?:(?:die|deze|de \p{L}+) toezegging|toezegging \d{1,2})(?![\p{L}\d])/iu;
/** An item struck by a pronoun: "Dan schrappen we die.", "Die vervalt dan." */
const STRUCK_PRONOUN = /(?<![\p{L}])(?:(?:schrappen we|schrap ik|vervalt) (?:die|deze|hem)|(?:die|deze|hij) (?:schrappen we|schrap ik|vervalt))(?![\p{L}])/iu;
/** How many turns back a list interrupted (a correction, a point of order, a question) may have been announced. */
const RESUME_SPAN = 6;
/**
 * The chair's turn before this one, a few turns back, announced a list and read items in it: this turn goes on with
 * it. Turns in which the chair only gives the floor are passed over.
 */
function resumesList(turns: readonly ClosingTurn[], t: number): boolean {
  for (let u = t - 1; u >= Math.max(0, t - RESUME_SPAN); u--) {
    const turn = turns[u]!;
    if (!turn.asChair || (handsFloor(turn.paragraphs) && !turn.items.some(Boolean))) continue;
    return turn.paragraphs.some((p) => announcement(p) !== null) && turn.paragraphs.some((p, k) => turn.items[k] || GOV_SUBJECT.test(p));
  }
  return false;
}

/** The chair's closing list, or [] when the chair read none. */
export function findClosingItems(turns: readonly ClosingTurn[]): ClosingItem[] {
  // The chair turns that go on with a list announced before them.
  const resumed = new Set<number>();
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    if (!turn.asChair) continue;
    const kinds = turn.paragraphs.map(announcement);
    const intro = kinds.findIndex((k) => k !== null);
    // Unannounced, two items or more that carry a mark and open with the government are the list all the same; so are
    // three unmarked paragraphs in a row that each do, at more than a few words, and speak of no part of this debate.
    const marked = turn.paragraphs.flatMap((p, k) => (turn.items[k] && GOV_SUBJECT.test(p) && promiseItem(p) ? [k] : []));
    if (marked.length < 2 && intro < 0) marked.splice(0, marked.length, ...plainRun(turn.paragraphs));
    if (intro < 0 && marked.length < 2) continue;
    // Right after words that speak of other commitments ("… uit eerdere debatten als voldaan worden beschouwd"): not this debate's.
    if (intro < 0 && marked[0]! > 0 && NOT_A_LIST.test(turn.paragraphs[marked[0]! - 1]!)) continue;
    // The list resumed after a correction ("Ik ga verder met de lijst."): the list is the one announced a few turns
    // before, which the follow-up below continues with these items.
    // Also when an item corrected comes before a new announcement ("Dan de toezeggingen van de staatssecretaris."); not
    // when the chair reads the whole list again.
    const correctsFirst = intro > 0 && turn.paragraphs.slice(0, intro).some((p) => namedPlace(p) >= 0);
    if ((intro < 0 || correctsFirst) && !turn.paragraphs.some(rereads) && resumesList(turns, t)) {
      resumed.add(t);
      continue;
    }
    const found: ClosingItem[] = [];
    // The announcement may carry the first item: "Ik heb genoteerd: de minister stuurt …".
    // Or the items are read in the announcing paragraph's own sentences ("Dan de toezeggingen. De eerste toezegging is
    // dat …. Dan de tweede: …", "Er is één toezegging gedaan, namelijk dat …").
    // Or as prose, each sentence after the announcing one an item ("Ten eerste stuurt de minister …. Verder …").
    const announcing = (x: string) => announceRe().test(x);
    const said = intro < 0 ? [] : itemsInSentences(turn.paragraphs[intro]!, announcing);
    const inline = intro < 0 || said.length > 0 ? null : itemAfterColon(turn.paragraphs[intro]!);
    if (inline) found.push({ text: inline.charAt(0).toUpperCase() + inline.slice(1), turnIndex: t, paragraphIndex: intro });
    found.push(...said.map((text) => ({ text, turnIndex: t, paragraphIndex: intro })));
    // Unannounced, only items that promise count: the chair may list who is present or how motions were judged.
    found.push(...(intro < 0 ? itemsOf(turn, t, marked[0]!, turn.items[marked[0]!]).filter((x) => promiseItem(x.text)) : itemsOf(turn, t, intro + 1, kinds[intro] === 'tail')));
    // "Dan blijft het bij vijf toezeggingen.": a count said after the list, not a list; the list is before it.
    if (found.length === 0) continue;
    // After the list a member may miss an item and the minister answer; the chair then reads
    // what is added, or reads a corrected item again. Followed only while the talk is about commitments.
    let aboutCommitments = false;
    // A member only missed a thing ("ik mis het onderzoek naar …", no word of promising): the chair must add it.
    let missedOnly = false;
    // The item a member of government named in a correction ("de eerste toezegging klopt niet"), for "die toezegging".
    let correctedPlace = -1;
    for (let u = t + 1; u < turns.length; u++) {
      const next = turns[u]!;
      const mentions = next.paragraphs.some((p) => /toezegging|toegezegd|belofte|beloofd|zeg\w{0,30}\s+(?:\w{1,30}\s+){0,4}toe\b/iu.test(p) || namedPlace(p) >= 0);
      if (!next.asChair) {
        missedOnly ||= !aboutCommitments && !mentions && next.paragraphs.some((p) => MISSED.test(p));
        aboutCommitments ||= mentions;
        // Only a place named in a correction ("de eerste toezegging klopt niet"), not in praise of it.
        const place = next.paragraphs.filter((p) => CORRECTS.test(p)).map(placeIn).find((x) => x >= 0);
        if (place !== undefined) correctedPlace = place;
        continue;
      }
      const adds = next.paragraphs.some((p) => ADDED.test(p));
      if (!aboutCommitments && !mentions && !(missedOnly && adds) && !resumed.has(u)) continue;
      const added = next.paragraphs.map(itemAfterColon).findIndex((x) => x !== null);
      const more: ClosingItem[] = [];
      if (added >= 0) {
        const text = itemAfterColon(next.paragraphs[added]!)!;
        more.push({ text: text.charAt(0).toUpperCase() + text.slice(1), turnIndex: u, paragraphIndex: added });
      }
      more.push(...itemsOf(next, u, added >= 0 ? added + 1 : 0));
      // "Dan luidt de derde toezegging: …", "Ik lees toezegging 3 opnieuw voor.": the first item after the paragraph that
      // says so, corrected, takes the place of the one it names; the rest are additions. A place named otherwise
      // ("De tweede blijft staan.") replaces nothing.
      const says = next.paragraphs.findIndex((p) => namedPlace(p) >= 0);
      const named = says < 0 ? -1 : namedPlace(next.paragraphs[says]!);
      const nth = named === THAT && correctedPlace >= 0 && correctedPlace !== LAST ? correctedPlace : named === LAST || named === THAT ? found.length - 1 : named;
      const fix = more.findIndex((m) => m.paragraphIndex >= says);
      if (nth >= 0 && nth < found.length && fix >= 0 && more[fix]!.paragraphIndex <= says + 1) found[nth] = more.splice(fix, 1)[0]!;
      // "Dan vervalt die toezegging.", "De tweede toezegging vervalt.": withdrawn, the item the chair or the correction
      // named, or the last read; not "vervalt niet".
      else {
        const gone = next.paragraphs.find((p) => WITHDRAWN.test(p) && (THAT_ONE_OR_NAMED.test(p) || STRUCK_PRONOUN.test(p)) && !/(?<![\p{L}])(?:niet|geen)(?![\p{L}])/iu.test(p));
        const place = gone === undefined ? -1 : placeIn(gone);
        const at = place >= 0 && place < found.length ? place : correctedPlace >= 0 && correctedPlace < found.length ? correctedPlace : found.length - 1;
        if (gone !== undefined) found.splice(at, 1);
      }
      correctedPlace = -1;
      found.push(...more);
    }
    return found;
  }
  return [];
}

/**
 * The transcript with its closing list, read from the turns' marked list items when the parser left it to be
 * read later (the page's parse does: see build.ts). A list already found (the XML and VLOS readers) is kept.
 */
export function withClosingList(t: Transcript): Transcript {
  if (t.closingList.length > 0) return t;
  let closingList = READ_LISTS.get(t);
  if (!closingList) {
    closingList = findClosingItems(
      t.turns.map((turn) => ({ asChair: turn.asChair, paragraphs: turn.paragraphs, items: turn.paragraphs.map((_, k) => turn.listItems?.includes(k) ?? false) })),
    );
    READ_LISTS.set(t, closingList);
  }
  return closingList.length > 0 ? { ...t, closingList } : t;
}
/** Read once per transcript: the commitments analysis and `analyze` ask for it several times. */
const READ_LISTS = new WeakMap<Transcript, ClosingItem[]>();
