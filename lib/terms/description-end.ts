import { REMARK } from './phrase-words';

/**
 * "Een X is een Y die …" to the sentence's end, or to where a main clause of its own begins: after "want" or a colon,
 * or after "en"/"maar" with a subject or a sentence adverb first ("…, en ook die onderzoeken laten …", "…, en volgens
 * ProRail gaat het om …", "…, maar de gemeente moet …"). The relative clause may go on after ", met", ", maar eerst",
 * ", en daarvoor", ", of voor" (review 14), so only these cuts are made.
 */
const NEW_MAIN_CLAUSE = /, want |: |, (?:en|maar) ook (?:die|dat) |, (?:en|maar) (?:ook )?(?:volgens|bovendien|daarnaast|toch|dus|daar|hier|deze|dit|het|er|ik|we|wij|je|u|zij|ze|hij|men|de|een) /u;
export function beforeNewClause(gloss: string): string {
  const cut = NEW_MAIN_CLAUSE.exec(gloss);
  return cut ? gloss.slice(0, cut.index) : gloss;
}

/**
 * ", met één contract met de netbeheerder", ", zolang hij daar zelf woont", ", in ruil voor afspraken over …": a
 * phrase or clause after the comma that cut a gloss and that goes on saying what the thing is: with what, under which
 * condition, until when, in return for what. The gloss then runs to the sentence's end, or to where a main clause of
 * its own begins (`beforeNewClause`) or examples start ("…, bijvoorbeeld …", "…, zoals …"). Returns that end, or 0.
 * Not when the speaker or the government speaks in it ("…, met alle respect voor de minister"), nor after "met" with a
 * possessive or "alle"/"dezelfde", which comment on the thing ("…, met hun jarenlange ervaring", "…, met alle gevolgen
 * van dien", "…, met dezelfde zorgen als vorig jaar": reviews 2 and 6).
 */
const GOES_ON = /^, (?:met(?! (?:alle|al|dezelfde|hetzelfde|hun|zijn|haar|hoe)(?![\p{L}]))|zonder|onder|zolang|totdat|tenzij|in ruil voor|vaak|meestal|dus ook|bij een) /u;
const EXAMPLES = /, (?:bijvoorbeeld|zoals|denk aan) /u;
export function continuedTo(text: string, at: number): number {
  if (!GOES_ON.test(text.slice(at, at + 20))) return 0;
  const rest = text.slice(at);
  const stop = rest.search(/[;:.!?](?:\s|$)/u);
  let part = stop < 0 ? rest : rest.slice(0, stop);
  const example = EXAMPLES.exec(part);
  if (example) part = part.slice(0, example.index);
  part = beforeNewClause(part);
  if (REMARK.test(part)) return 0;
  return at + part.length;
}
