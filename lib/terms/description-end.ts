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
