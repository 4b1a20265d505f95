import partiesData from './parties.json';
import { Parties } from './parties-schema';

/*
 * lib/questions/parties.json parsed with its schema once, when the mentions are loaded: a file that does not
 * fit fails there, loudly, and the tests catch it before it ships. zod is fine here: the mentions run in the
 * background and the CLI, not in the content script (lint refuses zod on the content script's imports, so the
 * day this moves there, lint says so).
 */
const parsed = Parties.parse(partiesData);

/**
 * Ways a party is named, keyed by its squashed name, in file order. A Map: the key comes from the page,
 * and a party printed as "constructor" must not meet Object.prototype.
 */
export const PARTY_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(parsed.parties.map((e) => [e.key, e.aliases]));

/** Names read as a party right after a person's name, any party, present in the debate or not. */
export const PARTY_NAMES_AFTER_PERSON: readonly string[] = parsed.afterPerson;
