import { describe, expect, it } from 'vitest';
import { analyzeQuestions } from '../../lib/questions';
import { findMentions } from '../../lib/questions/mentions';
import { answerUnits } from '../../lib/questions/units';
import type { Transcript } from '../../lib/transcript/model';
import { committeeDebate } from '../helpers/committee-debate';

/**
 * Answers printed a paragraph per point: a block that names the members it
 * answers runs on over paragraphs that name nobody ("Dan de inrichting in
 * Groningen. …"). Such a paragraph answers a question of theirs it is clearly
 * about, even when another paragraph takes up one of their other points by name.
 */
const debate = (body: string): Transcript =>
  committeeDebate(body, 'De vaste commissie voor Justitie en Veiligheid heeft op 12 maart 2026 overleg gevoerd met de heer Hendriks, staatssecretaris van Justitie en Veiligheid, over het gevangeniswezen.');

const turnOf = (t: Transcript, label: string) => t.turns.find((x) => t.text.slice(x.start, x.end).startsWith(label) || x.label?.startsWith(label))!.index;

describe('a paragraph that runs on in a block addressed to the asker', () => {
  const t = debate(`Mevrouw Achterberg (VVD):
Voorzitter. Het gevangeniswezen kampt met een groot tekort aan cellen. Hoeveel veroordeelden wachten nu thuis op hun oproep?

De heer Wolters (CDA):
Voorzitter. Wie een straf krijgt, moet die ook uitzitten. De nieuwe penitentiaire inrichting in Groningen had vorig jaar al open moeten gaan. Wat is de oorzaak van de vertraging bij de bouw, en wanneer gaat die inrichting nu echt open?
Verder vraag ik of de staatssecretaris tijdelijke cellen wil plaatsen, zoals in België.

Staatssecretaris Hendriks:
Dank u wel, voorzitter. Ik begin met de capaciteit, waar mevrouw Achterberg en de heer Wolters allebei naar vroegen. Er zijn structureel minder cellen beschikbaar dan er nodig zijn.
Op dit moment wachten ongeveer 1.200 veroordeelden thuis op hun oproep.
Dan de inrichting in Groningen. De vertraging bij de bouw komt door problemen met de aanbesteding van de beveiligingsinstallaties. De inrichting gaat volgens de planning in het eerste kwartaal van volgend jaar open.
De heer Wolters vroeg naar tijdelijke cellen zoals in België. Daar ben ik geen voorstander van, want ook een tijdelijke cel heeft bewaarders nodig.`);
  const questions = analyzeQuestions(t).questions;
  const answer = turnOf(t, 'Dank u wel, voorzitter. Ik begin');

  it('answers the question it is clearly about, although it names nobody', () => {
    const q = questions.find((x) => x.text.startsWith('Wat is de oorzaak van de vertraging'))!;
    expect([q.status, q.answeredIn]).toEqual(['answered', [answer]]);
  });
});

describe('a take-up by name of another point of the asker', () => {
  const t = debate(`Mevrouw Van Rijn (PvdA):
Voorzitter. Op Bonaire is het leven duur en het sociaal minimum laag; het ijkpunt komt maar niet in zicht. Is de staatssecretaris bereid om de kinderbijslag op de eilanden al volgend jaar te verhogen?

De heer Nijland (VVD):
Voorzitter. De haven van Saba moet worden uitgebreid. Wanneer begint de aanleg?

Staatssecretaris Hendriks:
De aanleg van de haven begint in mei.
Mevrouw Van Rijn vroeg wanneer het ijkpunt voor het sociaal minimum is bereikt. Een jaartal kan ik niet geven; dat hangt af van de prijzen en van de lonen op de eilanden.

De heer Nijland (VVD):
Wat kost het verhogen van het minimumloon op Saba?

Staatssecretaris Hendriks:
Dat kost ongeveer 2 miljoen euro per jaar.
Mevrouw Van Rijn wees ook op de prijzen in de supermarkt op Bonaire.
Dan de kinderbijslag. Wij komen dit najaar met een voorstel om de kinderbijslag op de eilanden volgend jaar te verhogen, zodat gezinnen er al volgend jaar op vooruitgaan.`);
  const q = analyzeQuestions(t).questions.find((x) => x.text.startsWith('Is de staatssecretaris bereid om de kinderbijslag'))!;

  it('does not keep a run-on paragraph clearly about the question out of its answers', () => {
    expect(q.status).toBe('answered');
    expect(q.answeredIn).toContain(turnOf(t, 'Dat kost ongeveer'));
  });
});

describe('a topic announced inside one long paragraph ("Dan de Kamer van Koophandel.") starts an answer unit', () => {
  const t = debate(`Mevrouw Tjoelker (CDA):
Voorzitter. Mijn vraag is wanneer de staatssecretaris de uitwerking van de verzekering naar de Kamer stuurt. Kan de staatssecretaris ervoor zorgen dat elke nieuwe zelfstandige bij de inschrijving informatie krijgt?

Staatssecretaris Hendriks:
Dank u wel, voorzitter. Mevrouw Tjoelker vroeg wanneer de uitwerking komt. Voor de zomer stuur ik u de uitwerking. Dan de Kamer van Koophandel. Dat lijkt me een goed idee. Dan de mensen die het echt nodig hebben, want die gaan voor. En dan het wetsvoorstel: dat ligt er in het najaar.`);
  const turn = t.turns.find((x) => t.text.slice(x.start, x.end).includes('Dank u wel, voorzitter. Mevrouw Tjoelker vroeg'))!;
  const starts = (answerUnits(t, findMentions(t)).get(turn.index) ?? []).map((u) => t.text.slice(u.at, u.at + 20));

  it('at "Dan de …" and "En dan het …:", not at a sentence that goes on past a comma', () => {
    expect(starts).toEqual(['Mevrouw Tjoelker vro', 'Dan de Kamer van Koo', 'En dan het wetsvoors']);
  });
});
