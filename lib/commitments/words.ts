/**
 * Shared word handling for commitments: normalisation, the word lists that
 * say what is promised and to whom, and the government speakers.
 */
import { governmentSpeakerIds } from '../transcript/government';
import type { Transcript } from '../transcript/model';
import { fold } from '../text/fold';
import type { CommitmentObject } from './model';


/** Ids of the speakers who speak for the government (ministers, state secretaries). */
export function governmentIds(t: Transcript): Set<string> {
  return governmentSpeakerIds(t.speakers);
}

/** Nouns and verbs that tell what is promised, in order of precedence when several start at the same place. */
const OBJECT_WORDS: [RegExp, CommitmentObject][] = [
  [/^(?:\p{L}+-)?(?:kamer|beleids)?brie(?:f|ven)$/u, 'brief'],
  [/^(?:antwoorden|beantwoording)$/u, 'antwoorden'],
  [/^(?:\p{L}+-)?(?:\p{L}*raads)?verslag(?:en)?$/u, 'verslag'],
  [/^(?:kabinets)?(?:reactie|appreciatie|standpunt)$|fiche$/u, 'reactie'],
  [/^(?:\p{L}*)?(?:rapport|rapportage|notitie|evaluatie|onderzoek)$/u, 'rapport'],
  [/^(?:informatie|informeren|informeert|informeer|geinformeerd|inzicht|overzicht|update|cijfers|terugkomen|terug|duidelijkheid|hoogte|delen)$/u, 'informatie'],
];

/** What a commitment promises: the first telling word in the text ("stuurt de antwoorden op … het verslag" → antwoorden). */
export function objectOf(text: string): CommitmentObject {
  for (const w of fold(text).match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []) {
    for (const [re, kind] of OBJECT_WORDS) if (re.test(w)) return kind;
  }
  return 'overig';
}

const COMMITTEE = /\b(?:de |uw )?(?:vaste )?commissie (?:voor|van) \p{Lu}[\p{L}-]*(?: (?:en|voor|van) \p{Lu}[\p{L}-]*)*/u;
const COMPOUND_COMMITTEE = /(?<![\p{L}-])([\p{L}]+-?commissie)(?![\p{L}])/u;
const KAMER = /(?<![\p{L}])(?:(?:de|uw) (?:(Eerste|Tweede) )?Kamer|Kamer)(?![\p{L}])/u;

/**
 * To whom, as said: "de commissie voor Asiel en Migratie", "de asielcommissie",
 * "de Kamer" ("uw Kamer"; and "u" when `youIsKamer`, as in a minister's
 * answer), "de Eerste Kamer"; null when not said.
 */
export function recipientOf(text: string, youIsKamer = false): string | null {
  const c = COMMITTEE.exec(text);
  if (c) return `de ${c[0].replace(/^(?:de|uw) /u, '')}`;
  const k = KAMER.exec(text);
  if (k) return k[1] === 'Eerste' ? 'de Eerste Kamer' : 'de Kamer';
  const cc = COMPOUND_COMMITTEE.exec(text);
  if (cc && !/^europese/iu.test(cc[1]!)) return `de ${cc[1]}`;
  if (youIsKamer && /(?<![\p{L}])(?:u|uw)(?![\p{L}])/u.test(text)) return 'de Kamer';
  return null;
}
