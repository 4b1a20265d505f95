import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/overlay';
import { t } from '../../lib/i18n/panels';
import type { Question, QuestionStatus } from '../../lib/questions/model';
import { normalizeText } from '../../lib/transcript/normalize';

export interface QuestionsPanelProps {
  /** In text order, as the questions analysis gives them. */
  questions: Question[];
  /** To name the askers (`OverlaySpeaker` fits). */
  speakers: { id: string; display: string }[];
  lang: Lang;
  /** Go to a turn, and to an offset in it when given. */
  onJump: (turnIndex: number, start?: number) => void;
}

/** Longer questions are cut here in the list; the whole text is one click away. */
export const SHOWN_CHARS = 200;

/** The first ~`max` characters, cut at a word and marked with "…"; short texts unchanged. */
export function truncate(text: string, max = SHOWN_CHARS): string {
  const s = normalizeText(text);
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:]+$/, '')}…`;
}

export interface QuestionGroup {
  askerId: string;
  questions: Question[];
  counts: Record<QuestionStatus, number>;
}

/** Questions per asker, askers in order of their first question. */
export function groupByAsker(questions: readonly Question[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const q of questions) {
    let g = groups.get(q.askerId);
    if (!g) {
      g = { askerId: q.askerId, questions: [], counts: { answered: 0, 'possibly-answered': 0, open: 0 } };
      groups.set(q.askerId, g);
    }
    g.questions.push(q);
    g.counts[q.status]++;
  }
  return [...groups.values()];
}

const turnNo = (turnIndex: number) => turnIndex + 1;
const domId = (s: string) => s.replace(/[^\w-]/g, '_');

/**
 * 'Vragen': members' questions per member, each with its status and jumps to
 * the question and to the turns that answer it. A pure view; the only state
 * is the "only unanswered" filter.
 */
export function QuestionsPanel({ questions, speakers, lang, onJump }: QuestionsPanelProps) {
  const [onlyOpen, setOnlyOpen] = useState(false);
  if (questions.length === 0) return <p class="panel-empty">{t(lang, 'questionsNone')}</p>;
  const names = new Map(speakers.map((s) => [s.id, s.display]));
  const groups = groupByAsker(questions);
  const shown = groups
    .map((g) => ({ g, list: onlyOpen ? g.questions.filter((q) => q.status !== 'answered') : g.questions }))
    .filter((x) => x.list.length > 0);

  return (
    <div class="questions">
      <label class="check">
        <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.currentTarget.checked)} />
        {t(lang, 'questionsOnlyOpen')}
      </label>
      {shown.length === 0 && <p class="panel-empty">{t(lang, 'questionsNoneOpen')}</p>}
      {shown.map(({ g, list }) => {
        const headingId = `kl-q-asker-${domId(g.askerId)}`;
        const { answered, open } = g.counts;
        const possibly = g.counts['possibly-answered'];
        return (
          <section key={g.askerId} class="question-group" aria-labelledby={headingId}>
            <h3 class="section-title" id={headingId}>
              {names.get(g.askerId) ?? g.askerId}
            </h3>
            <p class="item-meta">{t(lang, possibly > 0 ? 'groupCountsPossibly' : 'groupCounts', { answered, possibly, open })}</p>
            <ol class="item-list">
              {list.map((q) => (
                <QuestionItem key={q.id} q={q} lang={lang} onJump={onJump} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function QuestionItem({ q, lang, onJump }: { q: Question; lang: Lang; onJump: QuestionsPanelProps['onJump'] }) {
  const id = `kl-q-${domId(q.id)}`;
  const short = truncate(q.text);
  const cut = short !== normalizeText(q.text);
  const answerKey = q.status === 'answered' ? 'answerInTurn' : 'possibleAnswerInTurn';
  return (
    <li class="item">
      <p class={`badge status-${q.status}`}>{t(lang, `status_${q.status}`)}</p>
      <p class="question-text" id={id}>
        {short}
      </p>
      {cut && (
        <details class="question-full">
          <summary>{t(lang, 'fullQuestion')}</summary>
          <p>{q.text}</p>
        </details>
      )}
      <div class="item-actions">
        <button type="button" aria-describedby={id} onClick={() => onJump(q.turnIndex, q.start)}>
          {t(lang, 'toQuestion', { n: turnNo(q.turnIndex) })}
        </button>
        {q.answeredIn.map((turn) => (
          <button key={turn} type="button" aria-describedby={id} onClick={() => onJump(turn)}>
            {t(lang, answerKey, { n: turnNo(turn) })}
          </button>
        ))}
      </div>
    </li>
  );
}
