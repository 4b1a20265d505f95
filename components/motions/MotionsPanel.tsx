import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/overlay';
import { t, verdictWords } from '../../lib/i18n/motions';
import type { MotionView, Verdict } from '../../lib/motions/model';

/** A speaker as this panel names and groups them (`OverlaySpeaker` fits). */
export interface MotionSpeaker {
  id: string;
  display: string;
  party: string | null;
}

export interface MotionsPanelProps {
  motions: readonly MotionView[];
  speakers: readonly MotionSpeaker[];
  lang: Lang;
  /** Go to a turn, and to an offset in it when given. */
  onJump: (turnIndex: number, start?: number) => void;
  /** Save the motion's text to the reading list (the event says whether a person clicked); absent when the list is off. */
  onSave?: (m: MotionView, e: Event) => void;
  /** Copy the motion as a citation (the caller builds it and owns the clipboard). */
  onCopy: (m: MotionView) => void;
}

const turnNo = (turnIndex: number) => turnIndex + 1;

interface Group {
  label: string;
  motions: MotionView[];
}

/**
 * Per party of the first submitter (the member the motion is named after),
 * else per submitter; groups in alphabetical order, motions in the debate's.
 */
export function groupMotions(motions: readonly MotionView[], speakers: readonly MotionSpeaker[], unknown: string): Group[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const groups = new Map<string, MotionView[]>();
  for (const m of motions) {
    const first = m.submitters[0];
    const speaker = first?.speakerId ? byId.get(first.speakerId) : undefined;
    const label = speaker?.party ?? first?.name ?? unknown;
    groups.set(label, [...(groups.get(label) ?? []), m]);
  }
  return [...groups].map(([label, list]) => ({ label, motions: list })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/**
 * 'Moties': every motion submitted in the debate, its request first, who
 * submitted it, and the government's judgement when the debate holds one,
 * each with a way to its place, to the judgement, to the reading list and to
 * the clipboard. A pure view.
 */
export function MotionsPanel({ motions, speakers, lang, onJump, onSave, onCopy }: MotionsPanelProps) {
  const [verdict, setVerdict] = useState<string>('');
  if (motions.length === 0) return <p class="panel-empty">{t(lang, 'motionsNone')}</p>;
  const present = [...new Set(motions.map((m) => m.judgement?.verdict ?? 'none'))];
  const shown = verdict === '' ? motions : motions.filter((m) => (m.judgement?.verdict ?? 'none') === verdict);
  const names = new Map(speakers.map((s) => [s.id, s.display]));
  return (
    <div class="motions">
      <p class="panel-count">{t(lang, 'motionsCount', { count: motions.length })}</p>
      {present.length > 1 && (
        <label class="panel-search">
          <span>{t(lang, 'filterLabel')}</span>
          <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value)}>
            <option value="">{t(lang, 'filterAll')}</option>
            {present.map((v) => (
              <option key={v} value={v}>
                {verdictWords(lang, v === 'none' ? null : (v as Verdict))}
              </option>
            ))}
          </select>
        </label>
      )}
      {groupMotions(shown, speakers, t(lang, 'groupUnknown')).map((g) => (
        <section class="motion-group" key={g.label} aria-label={g.label}>
          <h3 class="section-title">{g.label}</h3>
          <ol class="item-list">
            {g.motions.map((m) => (
              <MotionItem key={m.index} m={m} names={names} lang={lang} onJump={onJump} onSave={onSave} onCopy={onCopy} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

interface ItemProps extends Pick<MotionsPanelProps, 'lang' | 'onJump' | 'onSave' | 'onCopy'> {
  m: MotionView;
  names: ReadonlyMap<string, string>;
}

function MotionItem({ m, names, lang, onJump, onSave, onCopy }: ItemProps) {
  const id = `kl-motion-${m.index}`;
  const j = m.judgement;
  const who = m.submitters.map((s) => (s.speakerId ? (names.get(s.speakerId) ?? s.name) : s.name)).join(', ');
  return (
    <li class="item">
      <div class="item-head">
        <h4 class="item-title" id={id}>
          {m.number ? t(lang, 'motionTitle', { number: m.number }) : (m.title ?? t(lang, 'motionUntitled'))}
        </h4>
        <span class={j?.verdict === 'ontraden' ? 'badge badge-warn' : j ? 'badge badge-info' : 'badge'}>{verdictWords(lang, j?.verdict ?? null)}</span>
      </div>
      <p class="motion-request">{m.request}</p>
      <dl class="item-facts">
        <dt>{t(lang, 'submittedBy')}</dt>
        <dd>{who || '–'}</dd>
        {m.kamerstuk && (
          <>
            <dt class="sr-only">{t(lang, 'motionDossier', { kamerstuk: '' })}</dt>
            <dd class="item-meta">{t(lang, 'motionDossier', { kamerstuk: m.kamerstuk })}</dd>
          </>
        )}
        <dt>{t(lang, 'judgement')}</dt>
        <dd>
          {j ? verdictWords(lang, j.verdict) : t(lang, 'judgementNone')}
          {j?.changedFrom && ` (${t(lang, 'judgementChanged', { verdict: verdictWords(lang, j.changedFrom) })})`}
        </dd>
      </dl>
      {m.considerations.length > 0 && (
        <details class="question-full">
          <summary>{t(lang, 'considerations', { count: m.considerations.length })}</summary>
          <ul>
            {m.considerations.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="item-actions">
        <button type="button" aria-describedby={id} onClick={() => onJump(m.turnIndex, m.start)}>
          {t(lang, 'toMotion', { n: turnNo(m.turnIndex) })}
        </button>
        {j && (
          <button type="button" aria-describedby={id} onClick={() => onJump(j.turnIndex, j.start)}>
            {t(lang, 'toJudgement', { n: turnNo(j.turnIndex) })}
          </button>
        )}
        {onSave && (
          <button type="button" aria-describedby={id} onClick={(e) => onSave(m, e)}>
            {t(lang, 'saveMotion')}
          </button>
        )}
        <button type="button" aria-describedby={id} onClick={() => onCopy(m)}>
          {t(lang, 'copyMotion')}
        </button>
      </div>
    </li>
  );
}
