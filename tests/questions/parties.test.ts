// @vitest-environment node
// (No DOM needed for the data; under happy-dom the global URL is not Node's and node:fs rejects it.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/questions';
import { PARTY_ALIASES, PARTY_NAMES_AFTER_PERSON } from '../../lib/questions/parties';
import { Parties, formatParties, lintParties } from '../../lib/questions/parties-schema';
import { squash } from '../../lib/text/fold';
import type { Transcript } from '../../lib/transcript/model';
import { parseText } from '../../lib/transcript/parse';

const raw = readFileSync(new URL('../../lib/questions/parties.json', import.meta.url), 'utf8');
const data = Parties.parse(JSON.parse(raw));

/** A fresh copy of the file's data, to break one rule in. */
const copy = (): Parties => Parties.parse(JSON.parse(raw));

describe('party data (lib/questions/parties.json)', () => {
  it('parses against the schema, which refuses unknown keys, empty names and odd white space', () => {
    expect(Parties.safeParse(JSON.parse(raw)).success).toBe(true);
    const bad = (edit: (p: Record<string, unknown> & { parties: Record<string, unknown>[] }) => void) => {
      const p = JSON.parse(raw);
      edit(p);
      return Parties.safeParse(p).success;
    };
    expect(bad((p) => (p.parties[0]!['note'] = 'x'))).toBe(false);
    expect(bad((p) => (p['extra'] = 1))).toBe(false);
    expect(bad((p) => (p.parties[0]!['aliases'] = ['']))).toBe(false);
    expect(bad((p) => (p.parties[0]!['aliases'] = []))).toBe(false);
    expect(bad((p) => (p.parties[0]!['aliases'] = ['Forum  voor Democratie']))).toBe(false);
    expect(bad((p) => (p.parties[0]!['aliases'] = [' FVD']))).toBe(false);
    expect(bad((p) => (p.parties[0]!['key'] = 'FvD'))).toBe(false);
    expect(bad((p) => (p['afterPerson'] = ['']))).toBe(false);
  });

  it('holds the lint rules', () => {
    expect(lintParties(data)).toEqual([]);
    // The same rules, spelled out on the data itself.
    for (const e of data.parties) {
      for (const a of e.aliases) expect(a.length, e.key).toBeGreaterThan(0);
      expect(new Set(e.aliases).size, `${e.key}: an alias listed twice`).toBe(e.aliases.length);
      // The key is how a speaker's party is looked up (squash(speaker.party)): it is the squashed form of
      // one of the aliases, or a keyNote says why not.
      if (!e.aliases.some((a) => squash(a) === e.key)) expect(e.keyNote, `${e.key}: why is it no alias?`).toBeDefined();
    }
    const keys = data.parties.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lint names each broken rule', () => {
    const { key: k0, aliases: [a0] } = data.parties[0]!;
    const twice = copy();
    twice.parties[0]!.aliases.push(a0!);
    expect(lintParties(twice)).toEqual([`'${k0}': alias '${a0}' listed twice`]);

    const key = copy();
    key.parties[0]!.key = 'zzz';
    expect(lintParties(key)).toEqual([`'zzz': no alias squashes to the key, and no keyNote says why`]);
    key.parties[0]!.keyNote = 'Why, said here.';
    expect(lintParties(key)).toEqual([]);
    const stale = copy();
    stale.parties[0]!.keyNote = 'Nothing to explain.';
    expect(lintParties(stale)).toEqual([`'${k0}': keyNote given, but an alias squashes to the key`]);

    const dup = copy();
    dup.parties.push({ key: k0, aliases: [a0!] });
    expect(lintParties(dup)).toEqual([`key '${k0}' listed twice`]);

    // The merged party after one of its parts: "PvdA" would be a party of its own again.
    const order = copy();
    const merged = order.parties.findIndex((e) => e.key === 'groenlinkspvda');
    const [gl] = order.parties.splice(merged, 1);
    order.parties.push(gl!);
    expect(lintParties(order).some((p) => p.startsWith(`'groenlinks' comes first and shares a name with 'groenlinkspvda'`))).toBe(true);
    expect(lintParties(order).some((p) => p.startsWith(`'pvda' comes first and shares a name with 'groenlinkspvda'`))).toBe(true);

    const after = copy();
    after.afterPerson.push('Groep Markuszower', after.afterPerson[0]!);
    expect(lintParties(after)).toEqual([`afterPerson: 'Groep Markuszower' is no alias of any party`, `afterPerson: '${data.afterPerson[0]}' listed twice`]);
  });

  it('is in canonical form: round-trips byte for byte through formatParties', () => {
    expect(formatParties(data)).toBe(raw);
    // afterPerson in the order its names first appear among the aliases, whatever order it was written in.
    const shuffled = copy();
    shuffled.afterPerson.reverse();
    expect(formatParties(shuffled)).toBe(raw);
  });

  it('gives the code the same shape it had: a Map of squashed key to aliases, in file order', () => {
    expect(PARTY_ALIASES).toBeInstanceOf(Map);
    expect([...PARTY_ALIASES.keys()]).toEqual(data.parties.map((e) => e.key));
    expect(PARTY_ALIASES.get('groenlinkspvda')).toEqual(expect.arrayContaining(['GroenLinks-PvdA', 'GL-PvdA', 'PvdA']));
    // A key from the page is no property of a plain object.
    expect(PARTY_ALIASES.get('constructor')).toBeUndefined();
    expect(PARTY_NAMES_AFTER_PERSON).toEqual(data.afterPerson);
  });
});

describe('party data in the mentions', () => {
  function ok(text: string): Transcript {
    const r = parseText(text);
    if (!r.ok) throw new Error(r.message);
    return r.transcript;
  }

  it('a merged party answers to the names of its parts, after a person too (the order the lint keeps)', () => {
    const t = ok(`VERSLAG VAN EEN COMMISSIEDEBAT

Voorzitter: Boomsma

Aanvang 10.00 uur.

De heer Klaver (GroenLinks-PvdA):
Wat kost dat?

Minister Bruins Slot:
De heer Klaver van de PvdA vroeg naar de kosten. Ook de heer Klaver van GroenLinks. Dat zei de PvdA al.

Sluiting 11.00 uur.
`);
    const found = findMentions(t).map((m) => [m.surface, m.speakerId ?? m.party]);
    expect(found).toEqual([
      ['De heer Klaver', 'klaver'],
      ['de PvdA', 'GroenLinks-PvdA'],
      ['de heer Klaver', 'klaver'],
      ['GroenLinks', 'GroenLinks-PvdA'],
      ['de PvdA', 'GroenLinks-PvdA'],
    ]);
  });
});
