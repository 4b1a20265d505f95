import { NEGATION, SUBJECT } from './clauses';
import { routineSaid } from './present-acts';
import type { Tok } from './promise-to-act';

/**
 * A point put forward, proposed or argued for by the speaker in a named meeting: "Dat standpunt breng ik in de Raad
 * naar voren", "In de Raad stel ik … voor om …", "In de Raad van december pleit ik voor …", "Dat breng ik in het
 * overleg met de provincies naar voren". General Dutch: the
 * verb with the speaker next to it, "naar voren" after "breng" or "voor om" / a final "voor" after "stel", and "in" a
 * meeting (a council, talks, a meeting, a summit) that is not this one ("in dit overleg"). Not with a negation, a hedge,
 * a condition, a habit or the past in the sentence; not "stel vast", "stel me voor" (imagine), "stel voor dat" (a
 * proposal to this committee). Also a point laid before a party ("dat leg ik bij het IPO op tafel") or on the table in
 * a meeting ("In de Raad leg ik een voorstel op tafel"), or put on the agenda ("ik zet dat op de agenda van de Raad").
 */

/** A meeting, also named as a compound ("de Milieuraad", "het bestuurlijk overleg", "het Landbouwoverleg"). */
const MEETING = /^(?:\p{L}*raad|\p{L}*overleg|gesprek|gesprekken|vergadering|top|bijeenkomst|besprekingen|onderhandelingen)$/u;
const PUTS = /^(?:breng|brengen|stel|stellen|pleit|pleiten|leg|leggen)$/u;
const UNSURE =
  /^(?:misschien|wellicht|eventueel|als|indien|mits|mocht|hier|altijd|oudsher|steeds|telkens|regelmatig|geregeld|vaak|keer|al|sinds|heb|hebben|had|bracht|brachten|stelde|stelden|gebracht|gesteld)$/u;

/** "in" and, within three words, a meeting that is not this one: "in de Raad", "in het overleg met …", not "in dit overleg". */
const inMeeting = (ts: readonly Tok[]): boolean =>
  ts.some((t, i) => t.w === 'in' && !/^(?:dit|deze)$/u.test(ts[i + 1]?.w ?? '') && ts.slice(i + 1, i + 4).some((m) => MEETING.test(m.w)));

/** "(en) dat leg ik bij het IPO op tafel": a point laid before a party, the speaker next to "leg", "bij" and "op tafel" after it. */
const laidOnTable = (ts: readonly Tok[]): boolean =>
  ts.some((t, v) => {
    if (!/^(?:leg|leggen)$/u.test(t.w) || !(SUBJECT.has(ts[v - 1]?.w ?? '') || SUBJECT.has(ts[v + 1]?.w ?? ''))) return false;
    const after = ts.slice(v + 1).filter((x) => x.clause === t.clause).map((x) => x.w);
    const bij = after.indexOf('bij');
    return bij >= 0 && after.slice(bij + 1).some((w, k, rest) => w === 'op' && rest[k + 1] === 'tafel');
  });

/** "ik zet dat op de agenda (van …)", "agendeer ik": a point put on a meeting's agenda, the speaker next to the verb. */
const onAgenda = (ts: readonly Tok[]): boolean =>
  ts.some((t, v) => {
    const own = SUBJECT.has(ts[v - 1]?.w ?? '') || SUBJECT.has(ts[v + 1]?.w ?? '');
    if (/^(?:agendeer|agenderen)$/u.test(t.w)) return own;
    // Not the verb first ("Zet ik dat nu op de agenda, dan …": a condition).
    if (!/^(?:zet|zetten|plaats|plaatsen)$/u.test(t.w) || !own || v === 0) return false;
    const after = ts.slice(v + 1).filter((x) => x.clause === t.clause).map((x) => x.w);
    const agenda = after.findIndex((w, k) => w === 'op' && after[k + 1] === 'de' && after[k + 2] === 'agenda');
    // "ik" puts a point on an agenda; "we" only on a meeting's named after it ("… op de agenda van de Milieuraad"):
    // "Met deze begroting zetten we de bestaanszekerheid weer op de agenda" is a way of speaking.
    const meeting = after[agenda + 3] === 'van' || after[agenda + 3] === 'voor';
    return agenda >= 0 && (ts.some((x) => x.w === 'ik') || meeting) && !routineSaid(ts);
  });

export function putForwardInMeeting(ts: readonly Tok[]): boolean {
  if (ts.some((t) => NEGATION.has(t.w) || UNSURE.test(t.w))) return false;
  if (laidOnTable(ts) || onAgenda(ts)) return true;
  if (!inMeeting(ts)) return false;
  return ts.some((t, v) => {
    if (!PUTS.test(t.w)) return false;
    const c = t.clause;
    // The speaker next to the verb (its subject, either side), and the particle that makes it putting forward.
    const own = SUBJECT.has(ts[v - 1]?.w ?? '') || SUBJECT.has(ts[v + 1]?.w ?? '');
    const after = ts.slice(v + 1).filter((x) => x.clause === c).map((x) => x.w);
    if (/^br/u.test(t.w)) return own && after.some((w, k) => w === 'naar' && after[k + 1] === 'voren');
    // "In de Raad pleit ik voor …": arguing for a point there.
    if (/^pl/u.test(t.w)) return own && (after.includes('voor') || after.includes('ervoor') || after.includes('daarvoor'));
    // "In de Raad van mei leg ik, samen met …, een voorstel op tafel": laid before the meeting (a phrase put between
    // commas may stand between the verb and its object).
    if (/^le/u.test(t.w)) return own && ts.slice(v + 1).some((x, k, rest) => x.w === 'op' && rest[k + 1]?.w === 'tafel');
    // "stel … voor om …" or "voor" ending the clause; not "vast", nor oneself imagined ("stel me voor").
    const voor = after.lastIndexOf('voor');
    const proposes = voor >= 0 && (voor === after.length - 1 || after[voor + 1] === 'om');
    return own && proposes && !after.some((w) => /^(?:vast|me|mij|ons|zich)$/u.test(w));
  });
}
