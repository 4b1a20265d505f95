import type { Transcript } from '../transcript/model';
import { foldedSlice } from '../text/folded-text';
import { announcesTopic } from '../text/discourse';
import { sentencesOfTurn } from '../text/sentences';
import { GOVERNMENT_ROLES } from './addressing';
import { speakersOf } from './mentions';
import type { Mention } from './model';

/**
 * Answer units: a member of government answers question by question, each
 * opened by taking the question up — "Mevrouw Leijten vroeg …", "Dan de
 * motie van de heer Erkens", "Mij is gevraagd wanneer …". A paragraph that
 * holds several such answers (a transcript printed with one paragraph per
 * turn, or a long block answer) is cut before each take-up, so that what
 * follows one member's name is scored as the answer to that member, not
 * mixed with the answers around it. One pass over the government's
 * sentences and the mentions, in text order.
 */

/** Words with which a named member's point is taken up: asking, saying, a point, a motion or amendment of theirs. */
const TAKE_UP = /\b(?:vroeg|vroegen|vraagt|vragen|gevraagd|vraag|zei|zegt|aangaf|aangegeven|noemde|wees|had|punt|opmerking|motie|amendement)\b/;

/**
 * A question taken up without naming who asked it: "Mij is gevraagd …", "Er is ook gevraagd …", "Dan de vraag
 * over …", "De volgende vraag was …". Not "de vraag is hoe …": that is the speaker's own question. Not "Er zijn
 * vragen gesteld over …": that announces a block of answers to several members. Tested on the folded sentence.
 */
const ANONYMOUS =
  /^(?:(?:dan|ook|verder|daarnaast|en|allereerst|eerst|tot slot|ten slotte|voorts)\s+)?(?:(?:is|werd|wordt) (?:mij|er) (?:ook |nog )?gevraagd|(?:mij|er) (?:is|werd|wordt) (?:ook |nog )?gevraagd|(?:de|een) (?:volgende |andere |laatste )?vraag (?:was|ging|betrof)|(?:de|het) (?:vraag|punt) (?:over|of|naar|wat|hoe|wanneer|waarom|welke)\b)/u;

/** Where a unit starts (an offset into the transcript text) and whether it takes up a question naming nobody. */
export interface UnitStart {
  at: number;
  anonymous: boolean;
}

/**
 * Per government turn, the starts of its answer units after the start of a
 * paragraph (a paragraph's start always starts one), and every unit start
 * that takes up a question without naming the asker.
 */
export function answerUnits(t: Transcript, mentions: readonly Mention[]): Map<number, UnitStart[]> {
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role as string]));
  const out = new Map<number, UnitStart[]>();
  let mi = 0;
  for (const turn of t.turns) {
    if (turn.asChair || !GOVERNMENT_ROLES.has(roleOf.get(turn.speakerId) ?? '')) continue;
    const starts: UnitStart[] = [];
    let paragraph = -1;
    for (const s of sentencesOfTurn(turn)) {
      while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
      let names = false;
      for (let j = mi; j < mentions.length && mentions[j]!.start < s.end && !names; j++) {
        names = speakersOf(mentions[j]!, t.speakers).some((id) => roleOf.get(id) === 'member');
      }
      const f = foldedSlice(t, s.start, s.end);
      const anonymous = !names && ANONYMOUS.test(f);
      const first = s.paragraph !== paragraph;
      paragraph = s.paragraph;
      // A new topic announced ("Dan de Kamer van Koophandel.") starts a unit too: in one long paragraph the answer
      // after it is not the answer to the question taken up before it.
      if (anonymous || (!first && ((names && TAKE_UP.test(f)) || announcesTopic(f)))) starts.push({ at: s.start, anonymous });
    }
    if (starts.length > 0) out.set(turn.index, starts);
  }
  return out;
}
