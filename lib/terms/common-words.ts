/**
 * Ordinary Dutch words that look like acronyms when capitalised ("OM", "IS",
 * "ONS", "WET"). A term form whose lowercase is one of these is only
 * ever matched in its exact (uppercase) spelling, never as the everyday word,
 * whatever the glossary's `caseSensitive` says; and such words are never
 * learned as a defined term. Short and function words only: longer jargon
 * ("motie", "hamerstuk") is meant to be marked.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
aan al alle als alles ben bij daar dan dat de den der des deze die dit doe doen door dus een eens en er ga
gaan gaat had heb hem hen het hier hij hoe hun ik in is ja je jij jou kan kon kun laat los maar me meer men
met mij mijn na naar net niet nog nu of om ons ook op over per pas qua te toe tot u uit van veel voor waar
wat we wel wet wie wij wil ze zal zij zo zou zeg zei mag moet dag dak dal das eet eis elk ene ere gas gat
geen hal hap hek hel hof hol jas kat kei kop lat lei lid lot maal mes min mis mof nee neen oor oud pad pak
pan pen pil pit pot rat rug sla sta tak tal ton uur vak val vat vee ver vis wag weg wit zee zes zin zit zon
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether `form` (any case) is an ordinary word that must never be marked in lowercase. */
export function isCommonWord(form: string): boolean {
  return COMMON_WORDS.has(form.toLowerCase());
}
