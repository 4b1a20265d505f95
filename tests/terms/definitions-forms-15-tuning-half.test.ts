import { describe, expect, it } from 'vitest';
import { learned } from '../helpers/definitions';

/**
 * Definition forms made-up 15's tuning half showed missed or cut (its test half unread): a list of question words
 * ("bepaalt hoe, wanneer en waar …"), a purpose after a relative clause (", met het doel om …"), "versta ik", "wat we
 * in de akkerbouw X noemen", a term after a verb's separable participle ("aangekondigd met een X, oftewel …"), a noun
 * set apart by "om … te …" ("het alleenrecht om … te onderhouden"), the meaning put first ("…, is wat onderzoekers X
 * noemen"), and an acronym's name going on with a capitalised owner ("… van de Europese Unie"). Made-up sentences
 * written before the rules, with look-alikes.
 */
describe('defined', () => {
  const cases: [string, string, string][] = [
    ['Een arbeidsrelatie, dat is een situatie waarin de baas bepaalt hoe, wanneer en waar je werkt.', 'arbeidsrelatie', 'een situatie waarin de baas bepaalt hoe, wanneer en waar je werkt'],
    ['Nepnieuws, dat is onjuiste informatie die bewust wordt verspreid, met het doel om verwarring te zaaien.', 'nepnieuws', 'onjuiste informatie die bewust wordt verspreid, met het doel om verwarring te zaaien'],
    ['Onder een flexwerker versta ik iemand die zonder vast contract werkt.', 'flexwerker', 'iemand die zonder vast contract werkt'],
    ['Wat we in de visserij bijvangst noemen, is vis die per ongeluk in het net komt.', 'bijvangst', 'vis die per ongeluk in het net komt'],
    ['Het kabinet heeft een regeling aangekondigd met een vrijstelling, oftewel de regel dat kleine bedrijven geen heffing betalen.', 'vrijstelling', 'de regel dat kleine bedrijven geen heffing betalen'],
    ['De provincie verleent een concessie, dat is de opdracht om een busverbinding te rijden.', 'concessie', 'de opdracht om een busverbinding te rijden'],
    ['Jongeren leren herkennen hoe nepnieuws werkt voordat ze het tegenkomen, is wat onderzoekers voorlichting vooraf noemen.', 'voorlichting vooraf', 'Jongeren leren herkennen hoe nepnieuws werkt voordat ze het tegenkomen'],
    ['Dan het GVB, het gemeenschappelijk visserijbeleid van de Europese Unie.', 'GVB', 'gemeenschappelijk visserijbeleid van de Europese Unie'],
  ];
  for (const [s, term, def] of cases) it(s, () => expect(learned(s)).toContainEqual([term, def]));
});

describe('not defined, or not so', () => {
  it('a question word that opens a new clause after the comma', () =>
    expect(learned('Een arbeidsrelatie, dat is een situatie waarin de baas bepaalt hoe, en wat je daarvan vindt doet er niet toe.')).not.toContainEqual(['arbeidsrelatie', 'een situatie waarin de baas bepaalt hoe, en wat je daarvan vindt doet er niet toe']));
  it('a purpose of the speaker is a remark', () =>
    expect(learned('Nepnieuws, dat is onjuiste informatie die bewust wordt verspreid, met het doel dat ik hier wil bespreken.')).toContainEqual(['nepnieuws', 'onjuiste informatie die bewust wordt verspreid']));
  it('"versta ik" of a person understood is no definition', () => expect(learned('Onder vrienden versta ik elkaar prima.')).toEqual([]));
  it('an act defined as a right is still no definition', () => expect(learned('Demonstreren, dat is het recht om je mening op straat te laten horen.')).toEqual([]));
  it('the name does not go on with a person', () => expect(learned('Dan het GVB, het gemeenschappelijk visserijbeleid van de heer Visser.')).not.toContainEqual(['GVB', 'gemeenschappelijk visserijbeleid van de heer Visser']));
  it('"is wat we willen" names nothing', () => expect(learned('Minder regels voor boeren, is wat we allemaal willen.')).toEqual([]));
});

describe('a clause within a clause, and "tenzij"', () => {
  it('"de regel dat iemand die …, wordt …, tenzij …": the outer clause has its verb after the comma, and an exception', () =>
    expect(learned('Er komt een bewijsvermoeden, oftewel de regel dat een werkgever die geen contract geeft, wordt geacht een vaste baan te bieden, tenzij hij het tegendeel bewijst.')).toContainEqual([
      'bewijsvermoeden',
      'de regel dat een werkgever die geen contract geeft, wordt geacht een vaste baan te bieden, tenzij hij het tegendeel bewijst',
    ]));
  it('not past a main clause after the comma', () =>
    expect(learned('Er komt een bewijsvermoeden, oftewel de regel dat een werkgever die geen contract geeft, en dat vind ik terecht.')).not.toContainEqual([
      'bewijsvermoeden',
      'de regel dat een werkgever die geen contract geeft, en dat vind ik terecht',
    ]));
  it('"tenzij" of the speaker is a remark', () =>
    expect(learned('Een noodtoelating, dat is een toelating die de minister tijdelijk geeft, tenzij ik daar anders over besluit.')).toContainEqual(['noodtoelating', 'een toelating die de minister tijdelijk geeft']));
});
