import { describe, expect, it } from 'vitest';
import { governmentSentences } from '../../lib/commitments/government-sentences';
import { isCommitmentSentence } from '../../lib/commitments/in-debate';
import { parseText } from '../../lib/transcript/parse';

/** Issue #19: the grammar of in-debate commitments, general Dutch. */
describe('in-debate commitments: sentences', () => {
  for (const s of [
    'Ik zal ervoor zorgen dat de gemeenten de handreiking voor de zomer hebben.',
    'Ik kom daar schriftelijk op terug.',
    'U krijgt de evaluatie voor de zomer.',
    'Mocht dat niet lukken, dan zal ik dat melden.',
    'Ik kan proberen dat de Kamer nog een oordeel krijgt, nadat ik de collega heb kunnen raadplegen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik kan niet toezeggen dat de brief er voor de zomer is.',
    'Daar kom ik zo op terug.',
    'Daar informeer ik de Kamer dan ook bij dezen over.',
    'Ik zal eerst ingaan op de vragen over de woningbouw.',
    'Dan krijgt u nu het antwoord op de vraag.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: "niet" in a time, and an earlier promise kept again', () => {
  for (const s of [
    // "op niet al te lange termijn", "niet later dan": the time is negated, not the act.
    'Dat laat ik de Kamer op niet al te lange termijn weten.',
    'Ik stuur u de evaluatie niet later dan 1 juni.',
    // A promise retold, and then made again for this debate.
    'Ik heb in het vorige debat toegezegd dat ik u nader informeer, en na deze oproep zal ik dat zeker gaan doen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Ik heb in het vorige debat toegezegd dat ik de Kamer informeer, en dat zal ik ook doen.',
    'Ik stuur de Kamer voor de zomer een overzicht van de scholen met nog geen vergunning.',
    'Ik zal de Kamer voor de zomer informeren en niet pas na de zomer.',
    'Ik stuur u voor de begroting een overzicht van de niet bestede middelen.',
  ]) {
    it(`is one (the "niet" or "geen" is not the verb's): ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    'Dat laat ik de Kamer niet weten.',
    'Ik stuur u de evaluatie niet, want die is er nog niet.',
    'Ik heb in het vorige debat toegezegd dat ik u nader informeer, en dat heb ik in mei gedaan.',
    // A promise retold and then taken back.
    'Ik heb eerder toegezegd de wet te evalueren, maar nu ga ik dat toch niet doen.',
    'Ik heb eerder toegezegd de wet te evalueren, maar na deze oproep zal ik dat niet meer doen.',
    'Ik kan de Kamer niet eerder informeren.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: telling now is no promise', () => {
  for (const s of ['Ik kan u melden dat de wet vorige week is aangenomen.', 'Ik meld de Kamer dat de regeling open is.', 'Ik kan u informeren dat het onderzoek klaar is.']) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
  for (const s of ['Ik zal de Kamer melden wanneer de regeling opengaat.', 'Ik zal u melden dat de regeling open is, zodra dat zo is.', 'Mocht dat niet lukken, dan zal ik dat melden.', 'Ik kan u melden dat ik de Kamer voor de zomer een brief stuur.']) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  // Only a verb of telling takes a "dat"-clause: after sending or receiving, "dat" points at the thing sent.
  for (const s of ['U krijgt dat overzicht voor 1 mei.', 'Ik stuur u dat rapport na de zomer.', 'De Kamer ontvangt dat advies in het najaar.']) {
    it(`is one, "dat" the thing sent: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
});

describe('in-debate commitments: a short sentence that takes on what was just said', () => {
  const turn = (body: string) => {
    const r = parseText(`De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\n${body}\n`);
    if (!r.ok) throw new Error(r.message);
    return governmentSentences(r.transcript).filter((s) => s.isCommitment).map((s) => s.text);
  };
  it('"Dat ga ik ook doen." and "Ook dat zal ik proberen snel te doen." after the matter', () => {
    expect(turn('Het dictum wil ik heel graag doen. Dat ga ik ook doen. Ik wil eerst de collega raadplegen. Ook dat zal ik proberen snel te doen.')).toEqual([
      'Dat ga ik ook doen.',
      'Ook dat zal ik proberen snel te doen.',
    ]);
  });
  it('"Dat zal ik ook zelf de komende weken doen." takes on the sentence before, with what it promises', () => {
    expect(turn('De sector moet meer doen om de uitstoot te beperken. Ik ga met de sector om tafel. Dat zal ik ook zelf de komende weken doen.')).toContain(
      'Dat zal ik ook zelf de komende weken doen.',
    );
  });
  it('not "Dat wil ik ook." (a wish) nor "Dat doe ik niet."', () => {
    expect(turn('Iedereen wil betere isolatie. Dat wil ik ook. Moet ik dit verbieden? Dat doe ik niet.')).toEqual([]);
  });
});

describe('in-debate commitments: taking a point into a coming piece of work, having a party act', () => {
  for (const s of [
    // Separable "opnemen" with its particle at the end: "neem … in de brief … op".
    'Ook neem ik in de voortgangsbrief een overzicht van de kosten op.',
    // "meenemen"/"meegeven" into a piece of work still to come, after a yes.
    'Ja, die suggestie neem ik mee in de evaluatie.',
    'Dat punt geef ik mee in de opdracht aan de onderzoekers.',
    // Having a named party do it: "laat" + who + what + the act at the end, with a time.
    'Ik laat de inspectie die scholen dit najaar opnieuw bezoeken.',
    'Wij laten het planbureau de effecten volgend jaar doorrekenen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    // Into one's own weighing, or into this debate: no piece of work.
    'Dat neem ik mee in mijn afweging.',
    'Dat neem ik mee in de beantwoording straks.',
    'Die zorg neem ik mee in het debat van vandaag.',
    'Dat heb ik meegenomen in de brief van vorige maand.',
    // Letting something be, or someone else decide: no act with a time.
    'Die vraag laat ik even liggen.',
    'Ik laat het oordeel over deze motie aan de Kamer.',
    'Laat ik vooropstellen dat ik de zorgen deel.',
    'Ik laat de gemeenten zelf bepalen hoe zij dat doen.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: considering with a time is no act', () => {
  for (const s of ['We overwegen de subsidie in het najaar te verhogen.', 'Ik twijfel of ik dat volgende maand kan regelen.', 'Ik overweeg de pilot volgend jaar uit te breiden.']) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: coming with a piece of work, a visit, asking a body to act; offers on the member’s wish', () => {
  for (const s of [
    'We komen als kabinet voor de zomer met een nationale strategie voor laaggeletterdheid.',
    'Het kabinet komt na het reces met een nota over de toekomst van de krijgsmacht.',
    'Volgende week ga ik zelf bij de proeftuin in Emmen langs.',
    'Ik vraag de Belastingdienst om deze dossiers met voorrang af te handelen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s)).toBe(true));
  }
  for (const s of [
    // Asking a member or the Kamer is part of the debate.
    'Ik vraag de heer Van Dijk om zijn motie aan te houden.',
    'Ik vraag de Kamer om dit voorstel te steunen.',
    // An offer on the member's wish binds only once taken up.
    'Als dat helpt, ben ik graag bereid de gemeente persoonlijk bij te praten.',
    'Indien gewenst stuur ik de Kamer een overzicht van de kosten.',
    // Someone else coming with a piece of work.
    'De VNG komt in het najaar met een eigen strategie.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s)).toBe(false));
  }
});

describe('in-debate commitments: a review of the rules above', () => {
  for (const s of [
    // Taking the Kamer along in an explanation is this debate.
    'Ik neem u even mee in de cijfers.',
    'Ik wil u graag even meenemen in de geschiedenis van dit dossier.',
    // Forecasts with "we" and a year are no promises.
    'We betalen volgend jaar meer rente over de staatsschuld.',
    'We zitten volgend jaar op 2% van het bbp.',
    // Leaving it to others.
    'Ik laat het aan de Kamer om volgend jaar te beslissen.',
    'Ik laat de gemeenten volgend jaar de ruimte om te experimenteren.',
    'Daarom laat ik de scholen dit jaar hun eigen keuzes maken.',
    // An appeal to the public, not a body asked to act.
    'Ik vraag werkgevers om hun werknemers meer te betalen.',
    // A purpose condition is no offer, and this one is a promise.
    // (see the "is one" list below)
    // Coming with what is already there, or under a condition.
    'Het kabinet komt met deze nota tegemoet aan de wens van de Kamer.',
    'We komen met dit programma al een heel eind.',
    'Als het kabinet komt met een nota, dan zullen wij die beoordelen.',
    // Others who take something up.
    'De gemeenten nemen die taak op, zoals ik in de brief van januari heb geschreven.',
    // Considering, on the delivery path too.
    'Ik overweeg om u voor de zomer te informeren.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s, '2026-03-03')).toBe(false));
  }
  for (const s of [
    'Wel vraag ik de NCG om nog eens naar die dossiers te kijken.',
    'Ik vraag de NZa om de wachttijden te onderzoeken.',
    'Als het helpt om de wachtlijsten te verkorten, stuur ik de Kamer voor de zomer een plan.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s, '2026-03-03')).toBe(true));
  }
});

describe('in-debate commitments: from the second batch of made-up debates 2 (tuning half)', () => {
  for (const s of [
    'Daarom laat ik de Onderwijsinspectie onderzoeken hoeveel scholen met die regeling werken.',
    'Ik laat het RIVM nagaan of die normen nog kloppen.',
    'Ik neem die zorg nadrukkelijk op in de evaluatieopdracht.',
    'Volgende maand ga ik ook zelf langs in Emmen.',
  ]) {
    it(`is one: ${s}`, () => expect(isCommitmentSentence(s, '2026-03-03')).toBe(true));
  }
  for (const s of [
    // A motion described: its request is the Kamer's, not the minister's promise.
    'De motie van mevrouw Jansen verzoekt de regering de Kamer voor 1 juli te informeren over de wachtlijsten.',
    'Ik laat de gemeenten zelf uitzoeken hoe zij dat organiseren.',
    'Dan krijgt u nu het antwoord op de vraag.',
  ]) {
    it(`is none: ${s}`, () => expect(isCommitmentSentence(s, '2026-03-03')).toBe(false));
  }
});
