import { z } from 'zod';
import { squash } from '../text/fold';

/**
 * The ways each Dutch political party is named, as linted data: knowledge that changes with elections
 * (a party merges, a new one is elected) lives in `lib/questions/parties.json`, not in code. This module
 * is its schema, its canonical formatting and its lint rules; `parties.ts` parses the file for the
 * mentions (lib/questions/mentions.ts). `scripts/format-data.ts parties` rewrites the file after an edit;
 * `tests/questions/parties.test.ts` fails on anything that is not in canonical form or breaks a rule.
 *
 * What the data means to the code:
 * - a speaker's party as printed is looked up by its squashed form (lib/text/fold.ts `squash`) among the
 *   keys; the aliases are then the names that count as a mention of that party;
 * - two spellings name one party when the first entry, in file order, that has either as key or alias has
 *   both: so a merged party (GroenLinks-PvdA) comes before its parts, and "PvdA" meets the merged party;
 * - `afterPerson` are the names read as a party right after a person ("de heer De Groot van D66"),
 *   whether or not that party speaks in the debate.
 */

/** Non-empty, words separated by one space: the transcript text is normalised so, and `afterPerson` is matched as written. */
const Name = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s\s|[^\S ]/u.test(s), { message: 'no surrounding white space, one space between words' });

export const PartyEntry = z
  .object({
    /** The squashed form of the party's name as a speaker label prints it: 'groenlinkspvda', 'd66'. */
    key: z.string().regex(/^[a-z0-9]+$/u, 'a key is squashed: a–z and 0–9 only'),
    /** Every spelling that names the party, case as written (matching is case-sensitive); order free. */
    aliases: z.array(Name).min(1),
    /** Why the key is not the squashed form of one of the aliases; only then. */
    keyNote: Name.optional(),
  })
  .strict();
export type PartyEntry = z.infer<typeof PartyEntry>;

export const Parties = z
  .object({
    version: z.literal(1),
    parties: z.array(PartyEntry).min(1),
    /**
     * Names read as a party right after a person's name, in the order they first appear among the
     * aliases. The short forms and some long ones, as the rule was first written; a name added here
     * changes which namesakes are told apart, so it is measured on the evaluation on its own.
     */
    afterPerson: z.array(Name),
  })
  .strict();
export type Parties = z.infer<typeof Parties>;

/** Every alias once, in file order: the order `afterPerson` keeps. */
function aliasOrder(p: Parties): string[] {
  return [...new Set(p.parties.flatMap((e) => e.aliases))];
}

/** Canonical text of the file: keys in schema order, `afterPerson` in alias order, two-space indent, final newline. */
export function formatParties(p: Parties): string {
  const rank = new Map(aliasOrder(p).map((a, i) => [a, i]));
  const ordered: Parties = {
    version: p.version,
    parties: p.parties.map((e) => ({ key: e.key, aliases: [...e.aliases], keyNote: e.keyNote })),
    // A name that is no alias sorts last, in its place among those (lintParties names it).
    afterPerson: [...p.afterPerson].sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size)),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** The squashed names an entry answers to, as the mentions compare them: its key and its aliases. */
function namesOf(e: PartyEntry): Set<string> {
  return new Set([e.key, ...e.aliases.map(squash)]);
}

/**
 * Lint rules beyond the schema. Returns human-readable problems; [] when clean.
 * - no key twice (a second entry would never be looked up);
 * - no alias twice under one key;
 * - every key is the squashed form of one of its aliases, or a `keyNote` says why not (and only then):
 *   a key nothing squashes to is found only by a label that prints exactly that;
 * - when two entries share a name, the earlier one answers to all names of the later one: the first entry
 *   that has a name decides which party it is, so the wider (merged) party must come first;
 * - `afterPerson` lists aliases only, each once.
 */
export function lintParties(p: Parties): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const e of p.parties) {
    if (keys.has(e.key)) problems.push(`key '${e.key}' listed twice`);
    keys.add(e.key);
    const seen = new Set<string>();
    for (const a of e.aliases) {
      if (seen.has(a)) problems.push(`'${e.key}': alias '${a}' listed twice`);
      seen.add(a);
    }
    const keyIsAnAlias = e.aliases.some((a) => squash(a) === e.key);
    if (!keyIsAnAlias && e.keyNote === undefined) problems.push(`'${e.key}': no alias squashes to the key, and no keyNote says why`);
    if (keyIsAnAlias && e.keyNote !== undefined) problems.push(`'${e.key}': keyNote given, but an alias squashes to the key`);
  }
  const names = p.parties.map(namesOf);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const later = [...names[j]!];
      if (!later.some((n) => names[i]!.has(n))) continue;
      const missing = later.filter((n) => !names[i]!.has(n));
      if (missing.length > 0) {
        problems.push(`'${p.parties[i]!.key}' comes first and shares a name with '${p.parties[j]!.key}', so it must also answer to ${missing.map((n) => `'${n}'`).join(', ')}`);
      }
    }
  }
  const aliases = new Set(aliasOrder(p));
  const after = new Set<string>();
  for (const a of p.afterPerson) {
    if (!aliases.has(a)) problems.push(`afterPerson: '${a}' is no alias of any party`);
    if (after.has(a)) problems.push(`afterPerson: '${a}' listed twice`);
    after.add(a);
  }
  return problems;
}
