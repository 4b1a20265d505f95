import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * A relative clause is verb-final in Dutch: a comma inside it, before its verb has come, cannot end the meaning
 * ("software die zelf nieuwe liedjes, gedichten of plaatjes maakt"). The read halves of the made-up sets showed glosses
 * of "X, dat is …" cut there ("… die zelf nieuwe teksten", "… waarin de hulp bij schulden"). Made-up sentences written
 * before the rule (lib/terms/open-clause.ts), with look-alikes where the clause had its verb before the comma.
 */
describe('a list inside a relative clause that has not had its verb', () => {
  const cases: [string, string, string][] = [
    ['Een taalmodel, dat is software die zelf nieuwe liedjes, gedichten of plaatjes maakt, en ik zie dat scholen het al gebruiken.', 'taalmodel', 'software die zelf nieuwe liedjes, gedichten of plaatjes maakt'],
    [
      'Een buurtteam, dat is een team waarin de zorg eerst bij de bewoner komt, zonder wachtlijst, en waarin de hulp bij geld, werk of gezondheid daarna op die ene plek samenkomt.',
      'buurtteam',
      'een team waarin de zorg eerst bij de bewoner komt, zonder wachtlijst, en waarin de hulp bij geld, werk of gezondheid daarna op die ene plek samenkomt',
    ],
    ['Een ketenregisseur, dat is iemand die voor ouderen, kinderen en mensen met een beperking de zorg regelt.', 'ketenregisseur', 'iemand die voor ouderen, kinderen en mensen met een beperking de zorg regelt'],
    ['Met een taalmodel bedoel ik software die zelf nieuwe liedjes, gedichten of plaatjes maakt.', 'taalmodel', 'software die zelf nieuwe liedjes, gedichten of plaatjes maakt'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
});

describe('not carried on', () => {
  it('the clause had its verb before the comma', () =>
    expect(learned('Een deelauto, dat is een auto die je met anderen deelt, de buren of de collega’s zeggen dat al jaren.')).toContainEqual(['deelauto', 'een auto die je met anderen deelt']));
  it('the clause ended in a plural verb, and a main clause follows', () =>
    expect(learned('Een buurtbus, dat is een bus die vrijwilligers besturen, en gemeenten of provincies betalen de brandstof.')).toContainEqual(['buurtbus', 'een bus die vrijwilligers besturen']));
  it('the speaker in the words after the comma', () =>
    expect(learned('Een wijkcoach, dat is iemand die bewoners met schulden, en ik ken er veel, helpt.')).not.toContainEqual(['wijkcoach', 'iemand die bewoners met schulden, en ik ken er veel, helpt']));
});
