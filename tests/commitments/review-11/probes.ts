// Review 11 probes (new made-up sentences and mini-debates, general parliamentary Dutch), for the rules of commits
// 643d606 (a yes to a request retold in indirect speech; a point taken along into a named document), 33c257d (a visit
// to a place named with its article) and cad87bc (others receive a document from the speaker by a date; the Kamer will
// have a document by a date). Expected answers decided by a careful reading of the Dutch before running: a commitment
// is a promise by a member of government to do something after the debate; a stance, a fact, a habit, what was done
// already, an answer given in the debate itself, an act on a condition or someone else's act is not.
import type { Probe } from '../review-4/probes';
import { s, inv, deb } from '../../helpers/review-probe-builders';
export type { Probe };

const Q_STUDY = 'Neemt de minister de ervaringen van de scholen mee in het onderzoek naar het lerarentekort?';

/** 1. 643d606: a member's request retold in indirect speech ("X vroeg of ik …"), then a yes from the speaker. */
export const RETOLD: Probe[] = [
  inv('A1', 'De heer Bos vroeg of ik de evaluatie ook met de gemeenten bespreek.', 'Dat is goed, dat doe ik.', true, 'generalisation: another act ("bespreek"), another member'),
  inv('A2', 'Mevrouw Kat vroeg of ik die cijfers met de Kamer deel.', 'Dat is goed, dat doe ik.', true, 'generalisation: "met de Kamer delen" is sharing data, an act, not sharing a view'),
  inv('A3', 'Of ik de handreiking ook naar de scholen stuur, vroeg de heer Bos.', 'Dat doe ik.', true, 'generalisation: the indirect question put first, "vroeg de heer Bos" after it'),
  inv('A4', 'De heer Bos vroeg of het kabinet de regeling met een jaar verlengt.', 'Dat doen we.', true, 'generalisation: "het kabinet" as the subject asked about, "Dat doen we."'),
  inv('A5', 'Mevrouw Kat vroeg of ik de handreiking ook naar de Kamer stuur.', 'Dat wil ik graag doen.', true, 'generalisation: "Dat wil ik graag doen" names the doing (not a bare "Dat wil ik.")'),
  inv('A6', 'Mevrouw Kat vroeg of ik bereid ben de regeling na een jaar te evalueren.', 'Dat ben ik.', true, 'generalisation: asked whether willing ("bereid"), "Dat ben ik."'),
  inv('A7', 'Mevrouw Kat vroeg of ik de analyse van de inspectie onderschrijf.', 'Dat doe ik.', false, 'near-miss: a view retold ("onderschrijf")'),
  inv('A8', 'De heer Bos vroeg of ik de zorgen van de huisartsen serieus neem.', 'Dat doe ik.', false, 'near-miss: a stance retold with a verb of its own ("serieus nemen")'),
  inv('A9', 'De heer Bos vroeg of ik de gemeenten al heb geïnformeerd.', 'Dat heb ik gedaan, vorige week.', false, 'near-miss: what was done already'),
  inv('A10', 'De heer Bos vroeg of ik de regeling verleng.', 'Dat doe ik niet.', false, 'near-miss: a no'),
  inv('A11', 'Mevrouw Kat vroeg of ik nog inga op de kosten van het programma.', 'Dat doe ik.', false, 'near-miss: an act of this debate (the answer follows: "Dan de kosten.")'),
  inv('A12', 'De heer Bos vroeg of ik de regeling verleng.', 'Dat doe ik als de evaluatie positief uitvalt.', false, 'near-miss: on a condition'),
];

/** 2. 643d606: a point taken along into a named document ("Dat neem ik in hetzelfde onderzoek mee"). */
export const TAKEN_ALONG: Probe[] = [
  deb('M1', 'Neemt de minister de ervaringen van mantelzorgers mee in de evaluatie van de Wmo?', 'Die neem ik in de evaluatie mee. Dan de kosten.', 'Die neem ik in de evaluatie mee.', true, 'generalisation: "in de evaluatie", "Die"'),
  deb('M2', 'Kan de minister ook kijken naar de positie van de kleine scholen?', 'Dat nemen we in de volgende voortgangsrapportage mee. Dan de kosten.', 'Dat nemen we in de volgende voortgangsrapportage mee.', true, 'generalisation: an adjective before the document ("de volgende voortgangsrapportage"), "we"'),
  deb('M3', 'Kan de minister bij de herziening van de regeling ook naar de huurders kijken?', 'Die neem ik bij de herziening van de regeling mee. Dan de kosten.', 'Die neem ik bij de herziening van de regeling mee.', true, 'generalisation: "bij de herziening van de regeling": the work named with a phrase after it'),
  deb('M4', 'Neemt de minister de gevolgen voor de binnensteden ook mee?', 'Ja, dat nemen wij in het plan van aanpak mee. Dan de kosten.', 'Ja, dat nemen wij in het plan van aanpak mee.', true, 'generalisation: "in het plan van aanpak", after "Ja,"'),
  deb('M5', 'Kan de minister daarbij ook de cijfers van het CBS betrekken?', 'Die neem ik in dezelfde brief mee. Dan de kosten.', 'Die neem ik in dezelfde brief mee.', true, 'generalisation: "in dezelfde brief"'),
  deb('M6', 'Kan de minister de zorgen van de boeren meenemen?', 'Dat neem ik in de besluitvorming mee. Dan de kosten.', 'Dat neem ik in de besluitvorming mee.', false, 'near-miss: weighed in decision-making, no document or work promised'),
  deb('M7', Q_STUDY, 'Dat hebben we in hetzelfde onderzoek al meegenomen. Dan de kosten.', 'Dat hebben we in hetzelfde onderzoek al meegenomen.', false, 'near-miss: done already'),
  deb('M8', Q_STUDY, 'Dat neem ik niet in het onderzoek mee; dat past er niet in. Dan de kosten.', 'Dat neem ik niet in het onderzoek mee; dat past er niet in.', false, 'near-miss: a no'),
  deb('M9', Q_STUDY, 'Dat neem ik in het onderzoek mee als er nog tijd voor is. Dan de kosten.', 'Dat neem ik in het onderzoek mee als er nog tijd voor is.', false, 'near-miss: on a condition'),
  deb('M10', Q_STUDY, 'Dat neemt het planbureau in zijn eigen onderzoek mee. Dan de kosten.', 'Dat neemt het planbureau in zijn eigen onderzoek mee.', false, 'near-miss: another body\'s study, no act of the government'),
  deb('M11', 'Kan de minister ingaan op de kosten voor de gemeenten?', 'Ik heb straks een apart blokje over de financiën. Die vraag neem ik in dat blokje mee. Dan de kosten.', 'Die vraag neem ik in dat blokje mee.', false, 'near-miss: taken into a block of this debate'),
];

/** 3. 33c257d: a visit to a place named with its article. */
export const VISITS: Probe[] = [
  s('V1', 'Ik kom na de zomer naar het asielzoekerscentrum in Ter Apel.', true, 'generalisation: "het" and a building in a town'),
  s('V2', 'Volgende maand ga ik naar de Eemshaven om met de ondernemers te praten.', true, 'generalisation: "ga", a capitalised name with "de", a purpose'),
  s('V3', 'In het najaar kom ik naar de Achterhoek om de proeftuin te bekijken.', true, 'generalisation: the time first, a region with "de"'),
  s('V4', 'De staatssecretaris en ik gaan in maart samen naar de Waddeneilanden.', true, 'generalisation: two subjects, plural verb, a plural place'),
  s('V5', 'Ik kom in april naar de Bijlmer om te horen wat daar niet goed gaat.', true, 'generalisation: a "niet" in the purpose clause, not on the visit'),
  s('V6', 'Ik kom graag naar de Biesbosch, al wordt het pas na de zomer.', true, 'generalisation: "al wordt het pas …" only puts it later'),
  s('V7', 'Ik ga nu naar de tweede vraag van de heer Bos.', false, 'near-miss: a part of the debate, an ordinal before it'),
  s('V8', 'Dan kom ik nu naar het amendement van mevrouw Kat.', false, 'near-miss: a part of the debate ("het amendement")'),
  s('V9', 'Vorige maand ben ik naar de Eemshaven gegaan.', false, 'near-miss: past'),
  s('V10', 'Als het kan, kom ik in het voorjaar naar de Noordoostpolder.', false, 'near-miss: on a condition ("Als het kan")'),
  s('V11', 'De burgemeester komt in het voorjaar naar het Binnenhof.', false, 'near-miss: someone else visits'),
  s('V12', 'Mevrouw Kat vroeg of ik naar de Eemshaven kom.', false, 'near-miss: a question retold, no answer'),
];

/** 4. cad87bc: others receive a document from the speaker by a date; the Kamer will have a document by a date. */
export const DOCUMENTS: Probe[] = [
  s('D1', 'Voor de zomer krijgen alle provincies van ons een handreiking voor de nieuwe regels.', true, 'generalisation: "van ons", provinces, a guide'),
  s('D2', 'Uiterlijk 1 oktober ontvangen de gemeenten van mij een brief over de verdeling van het geld.', true, 'generalisation: "ontvangen", "Uiterlijk"'),
  s('D3', 'Binnen twee weken heeft u die brief.', true, 'generalisation: a period, not a date'),
  s('D4', 'Voor 1 juli krijgt iedere school van mij een brief met de nieuwe normen.', true, 'generalisation: singular "krijgt iedere school"'),
  s('D5', 'De woningcorporaties krijgen voor het eind van het jaar een overzicht van mij.', true, 'generalisation: "van mij" after the document'),
  s('D6', 'De scholen krijgen de nieuwe handreiking voor de zomervakantie van ons toegestuurd.', true, 'generalisation: "krijgen … toegestuurd"'),
  deb('D7', 'Wanneer kan de Kamer de evaluatie van de proef verwachten?', 'Die heeft u in het najaar. Dan de kosten.', 'Die heeft u in het najaar.', true, 'generalisation: the document a pronoun, asked for before'),
  s('D8', 'Voor 1 juli krijgen de gemeenten van ons het geld voor de opvang.', true, 'generalisation: money, not a document, from the speaker by a date'),
  s('D9', 'Sinds 12 maart heeft de Kamer die brief al.', false, 'near-miss: had already, since a date'),
  s('D10', 'De gemeenten hebben die brief vorige week van mij gekregen.', false, 'near-miss: received already'),
  s('D11', 'Alle gemeenten kregen in januari van mij een brief over de nieuwe regels.', false, 'near-miss: past'),
  s('D12', 'Elk jaar in maart krijgen de scholen van mij een brief over de examens.', false, 'near-miss: a habit'),
  s('D13', 'Voor 1 maart krijgen de gemeenten van de VNG een model voor de verordening.', false, 'near-miss: another sender'),
  s('D14', 'Voor 1 maart heeft u dat overzicht helaas nog niet.', false, 'near-miss: negated'),
  s('D15', 'De inspecteur-generaal zei tegen mij: voor 1 maart heeft u dat rapport.', false, 'near-miss: someone else\'s words, quoted'),
  s('D16', 'Als de Kamer dat wil, heeft u voor 1 maart een overzicht van de kosten.', false, 'near-miss: an offer on the Kamer\'s wish, not taken up'),
  s('D17', 'Hier heeft u het overzicht van de kosten per gemeente.', false, 'near-miss: handed over now, in the debate'),
];

export const ALL: Probe[] = [...RETOLD, ...TAKEN_ALONG, ...VISITS, ...DOCUMENTS];
