import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/translate';
import { t } from '../../lib/i18n/map';
import { turnAt, type DebateMapModel } from '../../lib/overlay/debate-map';

export interface DebateMapProps {
  model: DebateMapModel;
  lang: Lang;
  /** The turn the reader is at, or null. */
  current: number | null;
  /** "Kröger (GroenLinks-PvdA), 230 woorden" for turn i: what hovering or focusing says. */
  describe: (turn: number) => string;
  onJump: (turn: number) => void;
}

const WIDTH = 44;
const STRIP = { x: 12, w: 20 };

/** Reads the palette from the design tokens, so light and dark follow the page's scheme. */
function palette(el: Element) {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim() || 'gray';
  return {
    slots: Array.from({ length: 8 }, (_, i) => v(`--map-${i + 1}`)),
    chair: v('--map-chair'),
    gov: v('--map-gov'),
    bg: v('--bg'),
    fg: v('--fg'),
    focus: v('--focus'),
    ok: v('--ok'),
    danger: v('--danger'),
    accent: v('--accent'),
  };
}

function draw(canvas: HTMLCanvasElement, model: DebateMapModel, current: number | null, focused: number | null): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return; // no canvas here (a test DOM): the list of turns is still reachable by keyboard
  const ratio = window.devicePixelRatio || 1;
  const h = canvas.clientHeight || 400;
  canvas.width = WIDTH * ratio;
  canvas.height = h * ratio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const c = palette(canvas);
  ctx.clearRect(0, 0, WIDTH, h);
  for (const b of model.blocks) {
    const y = b.top * h;
    const bh = Math.max(1, b.height * h);
    ctx.fillStyle = b.kind === 'chair' ? c.chair : b.kind === 'government' ? c.gov : c.slots[b.slot]!;
    ctx.fillRect(STRIP.x, y, STRIP.w, bh);
    if (b.hatched) {
      // Past eight parties the colours repeat: a diagonal hatch tells the second round apart.
      ctx.strokeStyle = c.bg;
      ctx.beginPath();
      for (let x = -bh; x < STRIP.w; x += 5) {
        ctx.moveTo(STRIP.x + x, y + bh);
        ctx.lineTo(STRIP.x + x + bh, y);
      }
      ctx.save();
      ctx.rect(STRIP.x, y, STRIP.w, bh);
      ctx.clip();
      ctx.stroke();
      ctx.restore();
    }
  }
  const at = (turn: number) => (model.blocks[turn]?.top ?? 0) * h;
  const mid = (turn: number) => at(turn) + ((model.blocks[turn]?.height ?? 0) * h) / 2;
  for (const m of model.marks) {
    if (m.kind === 'chair-change' || m.kind === 'suspension') {
      ctx.fillStyle = c.fg;
      ctx.fillRect(2, at(m.turn) - (m.kind === 'suspension' ? 1.5 : 0.5), WIDTH - 4, m.kind === 'suspension' ? 3 : 1);
    } else if (m.kind === 'interruption') {
      ctx.fillStyle = c.fg;
      ctx.fillRect(STRIP.x - 5, mid(m.turn) - 1, 4, 2);
    } else {
      // Commitments and motions on the right, open questions on the left: shape and side, not colour alone.
      ctx.fillStyle = m.kind === 'commitment' ? c.ok : m.kind === 'motion' ? c.accent : c.danger;
      const x = m.kind === 'open-question' ? 2 : STRIP.x + STRIP.w + 3;
      if (m.kind === 'motion') ctx.fillRect(x, mid(m.turn) - 2, 5, 4);
      else {
        ctx.beginPath();
        ctx.arc(x + 2.5, mid(m.turn), 2.5, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
  for (const [turn, colour] of [[current, c.fg], [focused, c.focus]] as const) {
    if (turn === null || !model.blocks[turn]) continue;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.strokeRect(STRIP.x - 3, at(turn) - 1, STRIP.w + 6, Math.max(3, model.blocks[turn]!.height * h) + 2);
  }
  // Says the strip is drawn (the benchmark and the end-to-end test wait for it).
  canvas.dataset.drawn = String(model.blocks.length);
}

/**
 * The debate map: the whole debate as one strip (a canvas, one task to draw
 * even a 2,000-turn day), each turn a block by length and party, marks for
 * chair changes and suspensions (lines), interruptions (notches),
 * commitments and motions (right), open questions (left), and where the
 * reader is. The strip is one keyboard control (a slider over the turns):
 * arrows move, Enter jumps; hover and focus say who and what in words.
 */
export function DebateMap({ model, lang, current, describe, onJump }: DebateMapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const total = model.blocks.length;
  useEffect(() => {
    if (canvas.current) draw(canvas.current, model, current, focused);
  }, [model, current, focused]);
  const turnAtEvent = (e: MouseEvent) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return r.height > 0 ? turnAt(model, (e.clientY - r.top) / r.height) : null;
  };
  // What the control's value says follows the keyboard and the page; the pointer only moves the visible label.
  const value = focused ?? current ?? 0;
  const shown = hover ?? value;
  const label = (turn: number) => t(lang, 'mapTurn', { n: turn + 1, total, who: describe(turn) });
  const move = (to: number) => setFocused(Math.max(0, Math.min(total - 1, to)));
  return (
    <div class="debate-map">
      <p class="sr-only" id="kl-map-help">
        {t(lang, 'mapHelp')}
      </p>
      <div class="map-body">
        <canvas
          ref={canvas}
          class="map-strip"
          width={WIDTH}
          tabIndex={0}
          role="slider"
          aria-label={t(lang, 'mapLabel')}
          aria-describedby="kl-map-help"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={value + 1}
          aria-valuetext={total > 0 ? label(value) : ''}
          title={hover !== null ? label(hover) : undefined}
          onMouseMove={(e) => setHover(turnAtEvent(e))}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => {
            const turn = turnAtEvent(e);
            if (turn !== null) onJump(turn);
          }}
          onFocus={() => setFocused((f) => f ?? current ?? 0)}
          onBlur={() => setFocused(null)}
          onKeyDown={(e) => {
            const from = focused ?? current ?? 0;
            const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 10, PageUp: -10 };
            if (e.key in step) move(from + step[e.key]!);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(total - 1);
            else if (e.key === 'Enter' || e.key === ' ') onJump(from);
            else return;
            e.preventDefault();
          }}
        />
        <p class="map-now" aria-hidden="true">
          {total > 0 && label(shown)}
        </p>
      </div>
      <ul class="map-legend" aria-label={t(lang, 'legend')}>
        {model.legend.map((l) => (
          <li key={`${l.kind}-${l.party ?? ''}`}>
            <span class={`swatch ${l.kind === 'member' ? `slot-${l.slot + 1}` : l.kind}${l.hatched ? ' hatched' : ''}`} aria-hidden="true" />
            {l.party ?? t(lang, l.kind === 'chair' ? 'chair' : l.kind === 'government' ? 'government' : 'unknownParty')}
          </li>
        ))}
        {(['chair-change', 'suspension', 'interruption', 'commitment', 'motion', 'open-question'] as const)
          .filter((k) => model.marks.some((m) => m.kind === k))
          .map((k) => (
            <li key={k}>
              <span class={`swatch mark-${k}${k === 'commitment' || k === 'open-question' || k === 'motion' ? ' dot' : ''}`} aria-hidden="true" />
              {t(lang, `mark_${k}`)}
            </li>
          ))}
      </ul>
    </div>
  );
}
