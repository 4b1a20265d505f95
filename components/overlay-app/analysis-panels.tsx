import type { ComponentChild } from 'preact';
import { CommitmentsPanel } from '@/components/commitments/CommitmentsPanel';
import { commitmentCitation } from '@/components/commitments/citation';
import { MotionsPanel } from '@/components/motions/MotionsPanel';
import { motionCitation } from '@/components/motions/citation';
import { DebateMap } from '@/components/overlay/DebateMap';
import type { OverlayPanel } from '@/components/overlay/Tabs';
import { QuestionsPanel } from '@/components/questions/QuestionsPanel';
import { TermsPanel } from '@/components/terms/TermsPanel';
import type { AnalysisId, PageAnalyses } from '@/lib/analyses/page-shape';
import type { Commitment } from '@/lib/commitments/model';
import { t as tMap } from '@/lib/i18n/map';
import { t as tMotions } from '@/lib/i18n/motions';
import type { Lang } from '@/lib/i18n/overlay';
import { t as tPanels } from '@/lib/i18n/panels';
import type { MotionView } from '@/lib/motions/model';
import type { OverlayData } from '@/lib/overlay-data';
import { turnLink } from '@/lib/overlay/navigation';
import { citedDebate } from '@/lib/transcript/meta';
import type { Transcript } from '@/lib/transcript/model';
import { wordCount } from '@/lib/transcript/words';
import type { useFollow } from './features/follow';

export interface AnalysisPanelsInput {
  analyses: PageAnalyses | null;
  transcript: Transcript;
  data: OverlayData;
  lang: Lang;
  /** The turn the reader is at (the map shows it). */
  current: number | null;
  jumpTo: (turnIndex: number, start?: number) => void;
  following: ReturnType<typeof useFollow>;
  /** Saves a stretch of the text to the reading list; null when the list is off. */
  saveRange: ((start: number, end: number, e?: Event) => Promise<void>) | null;
}

/**
 * The overlay's panels beyond Sprekers and Overzicht: the debate map, and
 * those the background's analyses fill (Begrippen, Toezeggingen, Vragen,
 * Moties). An analysis that failed keeps its tab, which says so in words.
 */
export function analysisPanels({ analyses, transcript, data, lang, current, jumpTo, following, saveRange }: AnalysisPanelsInput): OverlayPanel[] {
  const terms = analyses?.terms ?? null;
  const commitments = analyses?.commitments ?? null;
  const questions = analyses?.questions.questions ?? null;
  const motions = analyses?.motions ?? null;
  const names = new Map(data.speakers.map((s) => [s.id, s.display]));
  const describe = (i: number) => {
    const turn = transcript.turns[i]!;
    return `${names.get(turn.speakerId) ?? turn.label}, ${tMap(lang, 'words', { count: wordCount(transcript.text.slice(turn.start, turn.end)) })}`;
  };
  const map: OverlayPanel = {
    id: 'map',
    label: tMap(lang, 'mapTab'),
    render: (): ComponentChild =>
      analyses?.map ? (
        <DebateMap model={analyses.map} lang={lang} current={current} describe={describe} onJump={(i) => jumpTo(i)} />
      ) : (
        <p class="hint" role={analyses ? 'alert' : 'status'}>
          {analyses ? tPanels(lang, 'analysisFailed') : tMap(lang, 'mapPending')}
        </p>
      ),
  };
    const panelSpeakers = data.speakers.map((s) => ({ id: s.id, display: s.display }));
    const copyCommitment = (c: Commitment) => {
      const turnIndex = c.turnIndex ?? c.links[0]?.turnIndex ?? null;
      const text = commitmentCitation(c, {
        speakerName: c.speakerId ? data.speakers.find((s) => s.id === c.speakerId)?.display : undefined,
        askerName: c.answers?.speakerId ? data.speakers.find((s) => s.id === c.answers!.speakerId)?.display : undefined,
        debateTitle: citedDebate(transcript.meta),
        date: transcript.meta.date ?? undefined,
        link: turnIndex !== null ? turnLink(location.href, turnIndex) : location.href,
        lang,
      });
      void navigator.clipboard?.writeText(text).catch(() => undefined);
    };

    const copyMotion = (m: MotionView) => {
      const text = motionCitation(m, {
        submitterNames: m.submitters.map((x) => (x.speakerId ? (data.speakers.find((s) => s.id === x.speakerId)?.display ?? x.name) : x.name)),
        debateTitle: citedDebate(transcript.meta),
        date: transcript.meta.date,
        link: turnLink(location.href, m.turnIndex),
        lang,
      });
      void navigator.clipboard?.writeText(text).catch(() => undefined);
    };

    const extraPanels: OverlayPanel[] = [];
    // An analysis that failed keeps its tab, which says so; the others work as usual.
    const failed = (id: AnalysisId) => analyses?.failed.includes(id) ?? false;
    const failedNote = () => (
      <p class="hint" role="alert">
        {tPanels(lang, 'analysisFailed')}
      </p>
    );
    for (const [id, key] of [['terms', 'termsTab'], ['commitments', 'commitmentsTab'], ['questions', 'questionsTab']] as const) {
      if (failed(id)) extraPanels.push({ id, label: tPanels(lang, key), render: failedNote });
    }
    if (failed('motions')) extraPanels.push({ id: 'motions', label: tMotions(lang, 'motionsTab'), render: failedNote });
    if (terms && !failed('terms')) {
      extraPanels.push({ id: 'terms', label: tPanels(lang, 'termsTab'), render: () => <TermsPanel terms={terms} lang={lang} onJump={jumpTo} /> });
    }
    if (commitments && !failed('commitments')) {
      extraPanels.push({
        id: 'commitments',
        label: tPanels(lang, 'commitmentsTab'),
        render: () => (
          <CommitmentsPanel
            commitments={commitments}
            speakers={panelSpeakers}
            lang={lang}
            onJump={jumpTo}
            onCopy={copyCommitment}
            onFollow={(c, e) => void following.follow(c, e)}
            followed={following.followed}
          />
        ),
      });
    }
    if (questions && !failed('questions')) {
      extraPanels.push({
        id: 'questions',
        label: tPanels(lang, 'questionsTab'),
        render: () => <QuestionsPanel questions={questions} speakers={panelSpeakers} lang={lang} onJump={jumpTo} />,
      });
    }
    // A debate without motions gets no tab: most debates have none, and an empty tab is one more to pass.
    if (motions && motions.length > 0 && !failed('motions')) {
      extraPanels.push({
        id: 'motions',
        label: tMotions(lang, 'motionsTab'),
        render: () => (
          <MotionsPanel
            motions={motions}
            speakers={data.speakers}
            lang={lang}
            onJump={jumpTo}
            onSave={saveRange ? (m, e) => void saveRange(m.start, m.end, e) : undefined}
            onCopy={copyMotion}
          />
        ),
      });
    }
  return [map, ...extraPanels];
}
