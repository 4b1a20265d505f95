// A review's probes (2026-12-07) of the rules of that session: offers, invitations, closing lists resumed, sentence forms.
// Written by a helper who read no evaluation text; expected answers decided by tests/eval/ANNOTATING.md before running.
export type Probe =
  | { id: string; rule: 1 | 2 | 3 | 4; kind: 'sentence'; sentence: string; expected: boolean; why: string }
  | { id: string; rule: 1; kind: 'offer'; offer: string; reply: string; expected: boolean; why: string; minister?: string }
  | { id: string; rule: 1 | 2; kind: 'debate'; debate: string; target: string; expected: boolean; why: string }
  | { id: string; rule: 2; kind: 'invite'; before: string; reply: string; expected: boolean; why: string }
  | { id: string; rule: 3; kind: 'closing'; debate: string; expected: string[]; why: string };

const G = 'Graag. Dan heb ik nog een vraag over de kosten.';
const O = 'Als mevrouw Kat dat wil, stuur ik haar het overzicht van de wachttijden per regio.';

export const OFFERS: Probe[] = [
  { id: 'O1', rule: 1, kind: 'offer', offer: 'Als de heer Van Dijk gelijk heeft, pas ik de regeling aan.', reply: G, expected: false, why: 'condition on a fact, not a wish; no one can take it up' },
  { id: 'O2', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat haar amendement aanpast, steun ik het.', reply: G, expected: false, why: 'condition on her act; appreciation of an amendment in this debate' },
  { id: 'O3', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, deel ik haar zorg.', reply: G, expected: false, why: 'a stance, no act' },
  { id: 'O4', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, som ik de cijfers hier nog even op.', reply: G, expected: false, why: 'speaking in this debate' },
  { id: 'O5', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, reken ik het haar even voor.', reply: G, expected: false, why: 'speaking in this debate' },
  { id: 'O6', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, herformuleer ik mijn antwoord.', reply: G, expected: false, why: 'this debate' },
  { id: 'O7', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, trek ik die opmerking in.', reply: G, expected: false, why: 'this debate' },
  { id: 'O8', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, beperk ik me tot de hoofdlijnen.', reply: G, expected: false, why: 'ordering this debate' },
  { id: 'O9', rule: 1, kind: 'offer', offer: 'Als het helpt, benadruk ik nog eens dat de regeling blijft.', reply: G, expected: false, why: 'speaking now' },
  { id: 'O10', rule: 1, kind: 'offer', offer: 'Als dat helpt, onderstreep ik dat graag.', reply: G, expected: false, why: 'speaking now' },
  { id: 'O11', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, kijk ik even of ik die cijfers hier bij me heb.', reply: G, expected: false, why: 'this debate, now' },
  { id: 'O12', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, verwijs ik haar naar de website van het ministerie.', reply: G, expected: false, why: 'referring now' },
  { id: 'O13', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, laat ik dat punt rusten.', reply: G, expected: false, why: 'leaving it, no act' },
  { id: 'O14', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, laat ik haar eerst even uitpraten.', reply: G, expected: false, why: 'this debate' },
  { id: 'O15', rule: 1, kind: 'offer', offer: 'Als de commissie daar behoefte aan heeft, vraag ik de heer Jansen om zijn vraag te herhalen.', reply: G, expected: false, why: 'this debate' },
  { id: 'O16', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, vat ik het nog even samen.', reply: G, expected: false, why: 'this debate' },
  { id: 'O17', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, schors ik de beantwoording even.', reply: G, expected: false, why: 'this debate' },
  { id: 'O18', rule: 1, kind: 'offer', offer: O, reply: 'Graag wil ik nog iets zeggen over de kosten.', expected: false, why: "member's 'graag' is about something else" },
  { id: 'O19', rule: 1, kind: 'offer', offer: O, reply: 'Graag zou ik eerst het rapport van de inspectie zien.', expected: false, why: "'graag' about something else" },
  { id: 'O20', rule: 1, kind: 'offer', offer: O, reply: 'Prima, maar dat overzicht heb ik al.', expected: false, why: 'declined' },
  { id: 'O21', rule: 1, kind: 'offer', offer: O, reply: 'Ja, maar dat is niet nodig.', expected: false, why: 'declined' },
  { id: 'O22', rule: 1, kind: 'offer', offer: O, reply: 'Dat aanbod stel ik op prijs, maar het is niet nodig.', expected: false, why: 'offer declined after politeness' },
  { id: 'O23', rule: 1, kind: 'offer', offer: O, reply: 'Dat aanbod neem ik graag aan, als het overzicht ook de kosten bevat.', expected: true, why: 'taken up (a condition on content only)' },
  // positives in other wordings
  { id: 'O24', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, kom ik een keer kijken in Assen.', reply: G, expected: true, why: 'visit offered, taken up' },
  { id: 'O25', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, ga ik met haar langs bij de school in Assen.', reply: G, expected: true, why: 'visit offered, taken up' },
  { id: 'O26', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, geef ik haar een rondleiding op het ministerie.', reply: G, expected: true, why: 'act outside debate, taken up' },
  { id: 'O27', rule: 1, kind: 'offer', offer: 'Als de commissie dat wil, leg ik het ontwerp eerst voor aan de Raad van State.', reply: G, expected: true, why: 'act, taken up' },
  { id: 'O28', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, zoek ik uit hoeveel scholen nog wachten.', reply: G, expected: true, why: 'act, taken up' },
  { id: 'O29', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, bel ik de burgemeester van Assen.', reply: G, expected: true, why: 'act, taken up' },
  { id: 'O30', rule: 1, kind: 'offer', offer: 'Dat is een terecht punt, en als mevrouw Kat dat wil, stuur ik haar het overzicht.', reply: G, expected: true, why: 'offer not first in sentence, taken up' },
  { id: 'O31', rule: 1, kind: 'offer', offer: O, reply: 'Daar zou ik blij mee zijn.', expected: true, why: 'taken up' },
  { id: 'O32', rule: 1, kind: 'offer', offer: O, reply: 'Dat zou ik zeer op prijs stellen.', expected: true, why: 'taken up' },
  { id: 'O33', rule: 1, kind: 'offer', offer: O, reply: 'Dat aanbod accepteer ik graag.', expected: true, why: 'taken up' },
  { id: 'O34', rule: 1, kind: 'offer', offer: 'Indien mevrouw Kat daar prijs op stelt, organiseer ik een werkbezoek aan Assen.', reply: G, expected: true, why: 'taken up' },
  { id: 'O35', rule: 1, kind: 'offer', offer: 'Als ze daar behoefte aan heeft, stuur ik haar de cijfers per gemeente.', reply: G, expected: true, why: 'taken up' },
  { id: 'O36', rule: 1, kind: 'offer', offer: 'Als mevrouw Kat dat wil, maken we samen met de gemeenten een plan.', reply: G, expected: true, why: 'taken up' },
  {
    id: 'O37', rule: 1, kind: 'debate', expected: false, why: "another member's 'ja' does not take up an offer made to mevrouw Kat",
    target: O,
    debate: `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\nDat is een terecht punt. ${O}\n\nDe voorzitter:\nDe heer Bos.\n\nDe heer Bos (VVD):\nJa, ik heb een andere vraag, over de kosten.\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`,
  },
  {
    id: 'O38', rule: 1, kind: 'debate', expected: false, why: "'Dat aanbod' took up the second offer only; the first was declined",
    target: O,
    debate: `De voorzitter:\nHet woord is aan de minister.\n\nMinister Ollongren:\n${O} Dan de kosten. Die zijn bekend. Ze staan in de begroting. Als zij daar prijs op stelt, organiseer ik na de zomer een rondetafelgesprek met de sector.\n\nDe voorzitter:\nMevrouw Kat.\n\nMevrouw Kat (D66):\nDat aanbod neem ik graag aan. Een overzicht heb ik niet nodig.\n\nMinister Ollongren:\nDie kosten zijn bekend.\n`,
  },
];

export const INVITES: Probe[] = [
  { id: 'I1', rule: 2, kind: 'invite', before: 'Mevrouw Kat noemde de regeling een uitnodiging tot fraude.', reply: 'Daar ga ik graag op in.', expected: false, why: "'uitnodiging tot fraude' is no invitation; 'daar ga ik op in' = respond now" },
  { id: 'I2', rule: 2, kind: 'invite', before: 'De regeling nodigt uit tot misbruik, zegt mevrouw Kat.', reply: 'Daar ga ik graag op in.', expected: false, why: 'no invitation; responding now' },
  { id: 'I3', rule: 2, kind: 'invite', before: 'Mevrouw Kat nodigde mij uit om te reflecteren op de cijfers.', reply: 'Nou, daar ga ik graag op in.', expected: false, why: 'invited to reflect in this debate' },
  { id: 'I4', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat om uit te leggen waarom de regeling zo werkt.', reply: 'Dat doe ik graag.', expected: false, why: 'explaining in this debate' },
  { id: 'I5', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat om op het amendement te reageren.', reply: 'Dat doe ik graag.', expected: false, why: 'this debate' },
  { id: 'I6', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kom ik graag, voorzitter, op terug.', expected: false, why: "'daar kom ik graag op terug' with an aside" },
  { id: 'I7', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kom ik graag, in de tweede termijn, op terug.', expected: false, why: 'this debate' },
  { id: 'I8', rule: 2, kind: 'invite', before: 'Mevrouw Kat nodigt mij elk jaar uit voor de open dag in Assen.', reply: 'Daar kom ik graag.', expected: false, why: 'a habit, no specific visit promised' },
  { id: 'I9', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kom ik graag, zodra mijn agenda het toelaat.', expected: false, why: 'deferred on the agenda, like "als mijn agenda het toelaat"' },
  { id: 'I10', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar ga ik graag op in; ik laat mijn agenda bekijken of het past.', expected: false, why: 'deferred: not yet accepted' },
  { id: 'I11', rule: 2, kind: 'invite', before: 'Mijn ministerie nodigt de gemeenten uit voor een bijeenkomst.', reply: 'Daar ga ik graag op in.', expected: false, why: "the ministry's invitation; 'daar ga ik op in' = elaborate now" },
  { id: 'I12', rule: 2, kind: 'invite', before: 'De uitnodiging voor de hoorzitting is al verstuurd.', reply: 'Daar ga ik graag op in.', expected: false, why: 'no member invitation; elaborating now' },
  { id: 'I13', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kom ik graag, maar ik weet nog niet wanneer.', expected: false, why: 'maar/niet (control)' },
  { id: 'I14', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kwam ik vorig jaar ook al graag.', expected: false, why: 'past (control)' },
  { id: 'I15', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar ga ik graag op in, mocht het in mijn agenda passen.', expected: false, why: 'condition (mocht)' },
  { id: 'I16', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar kom ik graag, mogelijk na de zomer.', expected: false, why: 'hedged (mogelijk)' },
  // positives in other wordings
  { id: 'I17', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar ga ik zeker op in.', expected: true, why: 'accepted' },
  { id: 'I18', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Ik kom graag.', expected: true, why: 'accepted' },
  { id: 'I19', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat voor het werkbezoek in Assen.', reply: 'Die neem ik graag aan.', expected: true, why: 'accepted' },
  { id: 'I20', rule: 2, kind: 'invite', before: 'Mevrouw Kat heeft mij uitgenodigd in Zwolle.', reply: 'Daar kom ik graag.', expected: true, why: 'accepted (perfect tense invitation)' },
  { id: 'I21', rule: 2, kind: 'invite', before: 'Mevrouw Kat nodigde mij uit in Zwolle.', reply: 'Graag kom ik een keer langs.', expected: true, why: 'accepted' },
  { id: 'I22', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Ja, daar kom ik heel graag.', expected: true, why: 'accepted' },
  { id: 'I23', rule: 2, kind: 'invite', before: 'Dan de uitnodiging van mevrouw Kat.', reply: 'Daar ga ik graag heen, in het voorjaar.', expected: true, why: 'accepted' },
  { id: 'I24', rule: 2, kind: 'sentence', sentence: 'Ik neem de uitnodiging van mevrouw Kat voor een werkbezoek in Assen graag aan.', expected: true, why: 'accepted in one sentence' },
  { id: 'I25', rule: 2, kind: 'invite', before: 'Mevrouw Kat nodigde mij uit om eens mee te lopen met een wijkverpleegkundige.', reply: 'Dat ga ik zeker doen.', expected: true, why: 'accepted' },
];

const BEFORE = [
  'De minister stuurt de Kamer voor 1 juni een brief over de capaciteit van de opvang.',
  'De minister spreekt volgende maand de koepel van de gemeenten aan op de wachtlijsten.',
  'De minister verhoogt de subsidie voor de opvang zodra het onderzoek gereed is.',
];
const CORRECTED = 'De minister stuurt de commissie deze maand de opzet van het onderzoek naar de subsidie.';
const AFTER = ['De minister gaat met de provincies in gesprek over de spreiding.', 'De Kamer wordt in het voorjaar geïnformeerd over de proef in Zwolle.'];
const dash = (xs: string[]) => xs.map((s) => `– ${s}`).join('\n');
const head = `Commissiedebat over de opvang\n\nMinister Jansen:\nIk stuur u voor 1 juni een brief over de capaciteit van de opvang. Ik stuur de commissie deze maand de opzet van het onderzoek.\n\nMevrouw Kat (D66):\nDank u wel.\n\n`;
const listTurn = (items: string[] = BEFORE) => `De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dash(items)}\n\n`;
const close = 'Dan dank ik de minister en de leden. Ik sluit dit commissiedebat.\n';

export const CLOSING: Probe[] = [
  {
    id: 'C1', rule: 3, kind: 'closing', why: 'control: the tested form',
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste klopt niet, dat heb ik niet toegezegd. Ik heb gezegd dat ik de opzet van het onderzoek stuur.\n\nDe voorzitter:\nDank voor de correctie. Dan wordt die toezegging als volgt.\n– ${CORRECTED}\nIk ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED, ...AFTER],
  },
  {
    id: 'C2', rule: 3, kind: 'closing', why: 'remark without the word toezegging; chair continues: whole list, nothing replaced',
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, bij die laatste: het onderzoek is pas na de zomer klaar.\n\nDe voorzitter:\nDank u. Ik ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE, ...AFTER],
  },
  {
    id: 'C3', rule: 3, kind: 'closing', why: "member's point of order, not about the list; chair continues",
    debate: `${head}De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dash(BEFORE.slice(0, 2))}\n\nMevrouw Kat (D66):\nVoorzitter, een punt van orde: ik moet om vier uur weg voor een ander debat.\n\nDe voorzitter:\nDat is goed, mevrouw Kat. Ik ga verder.\n${dash([BEFORE[2]!, ...AFTER])}\n${close}`,
    expected: [...BEFORE, ...AFTER],
  },
  {
    id: 'C4', rule: 3, kind: 'closing', why: "member's question about costs answered by the minister; chair goes on with the list",
    debate: `${head}De voorzitter:\nDank u wel. Dan lees ik de toezeggingen voor die ik heb genoteerd.\n${dash(BEFORE.slice(0, 2))}\n\nMevrouw Kat (D66):\nVoorzitter, mag ik de minister nog iets vragen over de kosten van de opvang?\n\nMinister Jansen:\nDie kosten staan in de begroting.\n\nDe voorzitter:\nDank u. Dan ga ik verder met de lijst.\n${dash([BEFORE[2]!, ...AFTER])}\n${close}`,
    expected: [...BEFORE, ...AFTER],
  },
  {
    id: 'C5', rule: 3, kind: 'closing', why: "chair gives the floor ('De minister.') before the correction; list still continued",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, mag ik iets zeggen over de laatste toezegging?\n\nDe voorzitter:\nDe minister.\n\nMinister Jansen:\nDie heb ik niet zo toegezegd. Ik heb gezegd dat ik de opzet van het onderzoek stuur.\n\nDe voorzitter:\nDank u. Dan wordt die toezegging als volgt.\n– ${CORRECTED}\nIk ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED, ...AFTER],
  },
  {
    id: 'C6', rule: 3, kind: 'closing', why: "a correction that adds an item ('Er komt nog een toezegging bij. Die toezegging luidt als volgt:'): nothing replaced",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, er ontbreekt een toezegging: ik stuur de gemeenten voor de zomer een handreiking.\n\nDe voorzitter:\nDank u. Er komt nog een toezegging bij. Die toezegging luidt als volgt:\n– De minister stuurt de gemeenten voor de zomer een handreiking.\nIk ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE, 'De minister stuurt de gemeenten voor de zomer een handreiking.', ...AFTER],
  },
  {
    id: 'C7', rule: 3, kind: 'closing', why: "'die toezegging' is the first one, which the minister named, not the last read",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, de eerste toezegging klopt niet: de brief komt voor 1 juli.\n\nDe voorzitter:\nDank u. Dan wordt die toezegging als volgt:\n– De minister stuurt de Kamer voor 1 juli een brief over de capaciteit van de opvang.\nIk ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: ['De minister stuurt de Kamer voor 1 juli een brief over de capaciteit van de opvang.', BEFORE[1]!, BEFORE[2]!, ...AFTER],
  },
  {
    id: 'C8', rule: 3, kind: 'closing', why: "corrected item, then a second announced list (the state secretary's) in the same chair turn: both lists",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste klopt niet, dat heb ik niet toegezegd. Ik stuur de opzet van het onderzoek.\n\nDe voorzitter:\nDank voor de correctie. Dan wordt die toezegging als volgt.\n– ${CORRECTED}\nDan de toezeggingen van de staatssecretaris.\n${dash(['De staatssecretaris stuurt de Kamer in het najaar de evaluatie van de proef.', 'De staatssecretaris bezoekt voor de zomer de opvang in Zwolle.'])}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED, 'De staatssecretaris stuurt de Kamer in het najaar de evaluatie van de proef.', 'De staatssecretaris bezoekt voor de zomer de opvang in Zwolle.'],
  },
  {
    id: 'C9', rule: 3, kind: 'closing', why: 'a longer exchange (5 turns) before the chair goes on: whole list',
    debate: `${head}${listTurn()}Mevrouw Kat (D66):\nVoorzitter, bij de tweede toezegging: klopt die datum wel?\n\nMinister Jansen:\nJa, die klopt.\n\nMevrouw Kat (D66):\nDan is het goed.\n\nMinister Jansen:\nEn de derde toezegging klopt ook.\n\nMevrouw Kat (D66):\nDank u.\n\nDe voorzitter:\nIk ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE, ...AFTER],
  },
  {
    id: 'C10', rule: 3, kind: 'closing', why: "chair re-reads the whole corrected list ('Dan lees ik de hele lijst nog een keer voor'): no duplicates",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste klopt niet, dat heb ik niet toegezegd. Ik stuur de opzet van het onderzoek.\n\nDe voorzitter:\nDank u. Dan lees ik de hele lijst nog een keer voor.\n${dash([...BEFORE.slice(0, 2), CORRECTED, ...AFTER])}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED, ...AFTER],
  },
  {
    id: 'C11', rule: 3, kind: 'closing', why: 'an item withdrawn ("Dan vervalt die toezegging"): it goes, the rest stays',
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste toezegging heb ik niet gedaan.\n\nDe voorzitter:\nDan vervalt die toezegging. Ik ga verder met de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE.slice(0, 2), ...AFTER],
  },
  {
    id: 'C12', rule: 3, kind: 'closing', why: "other wording: 'Die toezegging luidt dan anders:' and 'Ik vervolg de lijst.'",
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste heb ik zo niet toegezegd. Ik stuur de opzet van het onderzoek.\n\nDe voorzitter:\nDank u. Die toezegging luidt dan anders:\n– ${CORRECTED}\nIk vervolg de lijst.\n${dash(AFTER)}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED, ...AFTER],
  },
  {
    id: 'C13', rule: 3, kind: 'closing', why: 'a correction with the chair not going on: list as corrected (control)',
    debate: `${head}${listTurn()}Minister Jansen:\nVoorzitter, die laatste klopt niet, dat heb ik niet toegezegd. Ik stuur de opzet van het onderzoek.\n\nDe voorzitter:\nDank voor de correctie. Dan wordt die toezegging als volgt.\n– ${CORRECTED}\n${close}`,
    expected: [...BEFORE.slice(0, 2), CORRECTED],
  },
];

const s = (id: string, rule: 4, sentence: string, expected: boolean, why: string): Probe => ({ id, rule, kind: 'sentence', sentence, expected, why });
export const FORMS: Probe[] = [
  s('F1', 4, 'Volgende week spreek ik op een congres met vijfhonderd deelnemers over de energietransitie.', false, 'a speech; "met" is not whom one meets'),
  s('F2', 4, 'Morgen spreek ik in Brussel over de plannen met de nieuwe techniek.', false, 'a speech; "met" belongs to plannen'),
  s('F3', 4, 'Elke maand spreek ik in Den Haag met de provincies over de kosten.', false, 'habit'),
  s('F4', 4, 'Vorige week sprak ik in Den Haag met de provincies over de kosten.', false, 'past'),
  s('F5', 4, 'In november spreek ik met de burgemeester van Assen over de opvang.', true, 'talk with a party at a time'),
  s('F6', 4, 'Ik spreek regelmatig met mijn Duitse collega over de grenscontroles.', false, 'habit'),
  s('F7', 4, 'Donderdag spreekt mijn Duitse collega in Berlijn met de deelstaten over de grenscontroles.', false, "another's act"),
  s('F8', 4, "Volgende week spreek ik mijn collega's in de Raad over de heffing.", true, 'raising a point with other ministers'),
  s('F9', 4, 'Morgen spreek ik in Brussel samen met de Nederlandse ondernemers over de plannen van de Commissie.', false, 'a speech together with others, not a talk with them'),
  s('F10', 4, 'Ik zal met spoed bespreken of er meer inzamelbakken kunnen komen.', false, 'no party named: "met spoed"'),
  s('F11', 4, 'Ik zal met name bespreken hoe de wachttijden omlaag kunnen.', false, '"met name": no party'),
  s('F12', 4, 'Ik zal met het oog op de kosten bespreken of de regeling kan blijven.', false, '"met het oog op": no party'),
  s('F13', 4, 'Ik zal met de gemeenten moeten bespreken of er meer bakken kunnen komen.', false, 'duty'),
  s('F14', 4, 'Ik ga met de sector bespreken of zij kunnen helpen.', true, 'talks promised'),
  s('F15', 4, 'Misschien zal ik met de gemeenten bespreken of er meer bakken kunnen komen.', false, 'hedge'),
  s('F16', 4, "Ik zal met de collega's in het kabinet bespreken of er geld kan komen.", true, 'talks with other ministers'),
  s('F17', 4, 'Ik zal met mijn collega van Financiën bespreken of er geld bij kan.', true, 'talks with another minister'),
  s('F18', 4, 'Ik zal met hen bespreken of er meer bakken kunnen komen.', false, 'guard: "met hen" (as the rule says)'),
  s('F19', 4, 'De gemeenten zullen met de provincies bespreken of er meer bakken kunnen komen.', false, "others' act"),
  s('F20', 4, 'Ik zal met de gemeenten bespreken of ze het kunnen, zei ik vorig jaar.', false, 'past, retold'),
  s('F21', 4, 'In de Raad pleit ik doorgaans voor een gezamenlijke aanpak.', false, 'habit'),
  s('F22', 4, 'In elke Raad pleit ik voor een heffing op pakketjes.', false, 'habit'),
  s('F23', 4, 'In de Raad pleit ik van oudsher voor vrijhandel.', false, 'habit/stance'),
  s('F24', 4, 'In de Raad van december pleit ik ervoor dat de heffing er komt.', true, 'same form as the rule, "ervoor dat"'),
  s('F25', 4, 'In de Raad van december pleit ik opnieuw voor een heffing op pakketjes.', true, 'rule form'),
  s('F26', 4, 'In de Raad van december pleit Duitsland voor een heffing op pakketjes.', false, "another's act"),
  s('F27', 4, 'In de Raad van december pleit ik voor een heffing, maar ik verwacht weinig steun.', true, 'promise, with a forecast'),
  s('F28', 4, 'In de Raad van december pleit ik daar niet voor.', false, 'negation (control)'),
  s('F29', 4, 'Ook in het overleg met de provincies pleit ik steeds voor meer ruimte.', false, 'habit (control: steeds)'),
  s('F30', 4, 'Ik hang erg aan de afspraak die ik met de Kamer voor de zomer maakte.', false, '"hangen aan" = be attached to; no draft laid before'),
  s('F31', 4, 'Ik hang een prijskaartje aan de voorstellen voor de Kamer.', false, 'no voorhang'),
  s('F32', 4, 'Wij hangen de ontwerp-AMvB voor bij beide Kamers.', true, 'plural form of the rule'),
  s('F33', 4, 'Het kabinet hangt de ontwerpregeling na de zomer voor bij beide Kamers.', true, 'third person form'),
  s('F34', 4, 'Vorig jaar hing ik de ontwerp-AMvB voor bij beide Kamers.', false, 'past'),
  s('F35', 4, 'Ik hang de ontwerp-AMvB voor bij beide Kamers, zodat u erover kunt meepraten.', true, 'rule form'),
  s('F36', 4, 'Ik leg graag uit waarom de bedragen in de Jeugdwet vast zijn.', false, 'explaining now; "vast" is an adjective'),
  s('F37', 4, 'In het voorjaar besluit de Raad hoe we dat regelen.', false, '"besluit" is a verb, the Raad decides'),
  s('F38', 4, 'Dat leggen de gemeenten vast in hun verordening.', false, "others' act"),
  s('F39', 4, 'Dat ligt vast in de verzamelwet van vorig jaar.', false, 'state, past'),
  s('F40', 4, 'Zoals u weet, leg ik dat vast in de verzamelwet.', true, 'rule form'),
  s('F41', 4, 'Ik leg dat vast in de wet, als de Kamer dat wil.', false, 'offer not taken up'),
  s('F42', 4, 'Ik leg de regels vast in een nieuwe beleidsregeling.', true, 'compound rule'),
  s('F43', 4, 'Ik laat het OM vanaf januari bijhouden hoeveel zaken er blijven liggen.', true, 'rule form'),
  s('F44', 4, 'Ik laat het aan het OM om vanaf januari te bepalen of het vervolgt.', false, 'left to others'),
  s('F45', 4, 'Ik laat het OM en de politie in 2027 evalueren hoe het verbod werkt.', true, 'rule form'),
  s('F47', 4, 'Ik zal het OM vragen de achterstanden voor de zomer weg te werken.', true, '"het OM" is no "om" (boundAct)'),
  s('F48', 4, 'Ik vraag het OM om vanaf januari bij te houden hoeveel zaken er blijven liggen.', true, 'a body asked to act'),
  s('F49', 4, 'Morgen spreek ik in Brussel met veel plezier over de plannen van de Commissie.', false, 'a speech; "met veel plezier" names no one met'),
  s('F46', 4, 'Ik laat het om die reden vanaf januari aan de gemeenten over om dat te regelen.', false, 'left to others ("het om die reden")'),
];

export const ALL: Probe[] = [...OFFERS, ...INVITES, ...CLOSING, ...FORMS];
