import type { Commitment, CommitmentLink } from '../../lib/commitments/model';
import type { Lang } from '../../lib/i18n/overlay';
import { t } from '../../lib/i18n/panels';
import { formatDeadline } from './format';

/** A speaker as the panels name them (`OverlaySpeaker` fits). */
export interface PanelSpeaker {
  id: string;
  display: string;
}

export interface CommitmentsPanelProps {
  commitments: Commitment[];
  speakers: PanelSpeaker[];
  lang: Lang;
  /** Go to a turn, and to an offset in it when given. */
  onJump: (turnIndex: number, start?: number) => void;
  /** Copy the commitment as a citation (the caller builds it, see `commitmentCitation`, and owns the clipboard). */
  onCopy: (c: Commitment) => void;
  /** Follow the commitment in the tracker (the event says whether a person clicked); absent where following is not offered. */
  onFollow?: (c: Commitment, e: Event) => void;
  /** Ids of the commitments followed from this page so far. */
  followed?: ReadonlySet<string>;
}

/** Turns are numbered from 1 for readers, as in the overlay's "Beurt 12 van 126". */
const turnNo = (turnIndex: number) => turnIndex + 1;
const domId = (c: Commitment) => `kl-cm-${c.id.replace(/[^\w-]/g, '_')}`;

/**
 * One link per turn: several sentences of one turn would read as the same
 * "Gezegd in beurt 26" twice. The best sure link of the turn is kept, else its
 * best; turns in order of their best link.
 */
export function linksByTurn(links: readonly CommitmentLink[]): CommitmentLink[] {
  const byTurn = new Map<number, CommitmentLink>();
  for (const l of links) {
    const had = byTurn.get(l.turnIndex);
    if (!had || (!had.sure && l.sure)) byTurn.set(l.turnIndex, l);
  }
  return [...byTurn.values()];
}

/**
 * 'Toezeggingen': the chair's closing list, each linked to where it was made,
 * and the government's commitments during the debate, flagging those the
 * closing list left out. A pure view.
 */
export function CommitmentsPanel({ commitments, speakers, lang, onJump, onCopy, onFollow, followed }: CommitmentsPanelProps) {
  const names = new Map(speakers.map((s) => [s.id, s.display]));
  const closing = commitments.filter((c) => c.source === 'closing-list');
  const inDebate = commitments.filter((c) => c.source === 'in-debate');
  // Without a closing list every in-debate commitment is "not in it": a flag on all says nothing.
  const hasClosing = closing.length > 0;
  const missing = hasClosing ? inDebate.filter((c) => c.inClosingList === false).length : 0;
  const item = (c: Commitment) => (
    <CommitmentItem
      key={c.id}
      c={c}
      who={c.speakerId ? (names.get(c.speakerId) ?? c.speakerId) : null}
      asker={c.answers?.speakerId ? (names.get(c.answers.speakerId) ?? c.answers.speakerId) : null}
      lang={lang}
      flag={hasClosing}
      onJump={onJump}
      onCopy={onCopy}
      onFollow={onFollow}
      isFollowed={followed?.has(c.id) ?? false}
    />
  );

  return (
    <div class="commitments">
      <section aria-labelledby="kl-cm-closing">
        <h3 class="section-title" id="kl-cm-closing">
          {t(lang, 'closingHeading')}
        </h3>
        {hasClosing ? <ol class="item-list">{closing.map(item)}</ol> : <p class="panel-empty">{t(lang, 'closingNone')}</p>}
      </section>
      <section aria-labelledby="kl-cm-debate">
        <h3 class="section-title" id="kl-cm-debate">
          {t(lang, 'inDebateHeading')}
        </h3>
        {inDebate.length > 0 && (
          <p class="panel-count">{hasClosing ? t(lang, 'notInClosingCount', { count: missing }) : t(lang, 'noClosingList')}</p>
        )}
        {inDebate.length > 0 ? <ol class="item-list">{inDebate.map(item)}</ol> : <p class="panel-empty">{t(lang, 'inDebateNone')}</p>}
      </section>
    </div>
  );
}

interface ItemProps {
  c: Commitment;
  who: string | null;
  /** Who made the request a pointing-back commitment answers. */
  asker: string | null;
  lang: Lang;
  /** Whether "not in the closing list" means anything (there is a closing list). */
  flag: boolean;
  onJump: CommitmentsPanelProps['onJump'];
  onCopy: CommitmentsPanelProps['onCopy'];
  onFollow?: CommitmentsPanelProps['onFollow'];
  isFollowed: boolean;
}

function CommitmentItem({ c, who, asker, lang, flag, onJump, onCopy, onFollow, isFollowed }: ItemProps) {
  const id = domId(c);
  const resolved = formatDeadline(c.deadline, lang);
  const said = c.deadline.text.trim();
  const deadline = said && resolved ? `${said} (${resolved})` : said || resolved || t(lang, 'deadlineNone');
  const missing = flag && c.source === 'in-debate' && c.inClosingList === false;
  const turn = c.turnIndex;

  return (
    <li class={missing ? 'item item-flagged' : 'item'}>
      {missing && <p class="badge badge-warn">{t(lang, 'notInClosing')}</p>}
      {c.answers && (
        <p class="commitment-request">
          {asker ? t(lang, 'inReplyToWho', { who: asker }) : t(lang, 'inReplyTo')} «{c.answers.text}»
        </p>
      )}
      <p class="commitment-text" id={id}>
        {c.text}
      </p>
      <dl class="item-facts">
        {/* The chair not naming a deadline is worth saying; a sentence in the debate without one is the rule. */}
        {(c.source === 'closing-list' || said || resolved) && (
          <>
            <dt>{t(lang, 'deadline')}</dt>
            <dd>{deadline}</dd>
          </>
        )}
        <dt>{t(lang, 'who')}</dt>
        <dd>{who ?? t(lang, 'unknownSpeaker')}</dd>
      </dl>
      {c.source === 'closing-list' && c.links.length === 0 && <p class="item-meta">{t(lang, 'notFoundInDebate')}</p>}
      <div class="item-actions">
        {c.source === 'closing-list' &&
          linksByTurn(c.links).map((l) => (
            <button key={`${l.turnIndex}-${l.start}`} type="button" aria-describedby={id} onClick={() => onJump(l.turnIndex, l.start)}>
              {t(lang, 'saidInTurn', { n: turnNo(l.turnIndex) })}
              {!l.sure && ` ${t(lang, 'unsure')}`}
            </button>
          ))}
        {c.source === 'in-debate' && turn !== null && (
          <button type="button" aria-describedby={id} onClick={() => onJump(turn, c.sentence?.start)}>
            {t(lang, 'toTurn', { n: turnNo(turn) })}
          </button>
        )}
        <button type="button" aria-describedby={id} onClick={() => onCopy(c)}>
          {t(lang, 'copyCitation')}
        </button>
        {onFollow && (
          <button type="button" aria-describedby={id} aria-pressed={isFollowed} disabled={isFollowed} onClick={(e) => onFollow(c, e)}>
            {t(lang, isFollowed ? 'following' : 'follow')}
          </button>
        )}
      </div>
    </li>
  );
}
