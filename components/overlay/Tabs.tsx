import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** One tab of the overlay. Features plug in their own by passing more of these. */
export interface OverlayPanel {
  /** Unique among the panels; a feature's id (`terms`, `commitments`, …) lets the options page switch it off. */
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export interface TabsProps {
  /** Accessible name of the tab list. */
  label: string;
  panels: OverlayPanel[];
}

const tabId = (id: string) => `kl-ov-tab-${id}`;
const panelId = (id: string) => `kl-ov-panel-${id}`;

/**
 * The WAI-ARIA tabs pattern: one tab stop for the list (roving tabindex),
 * arrows, Home and End move and select, only the chosen panel is rendered
 * (so a heavy extra panel costs nothing until it is opened).
 */
export function Tabs({ label, panels }: TabsProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (panels.length === 0) return null;
  // A panel switched off while chosen falls back to the first one.
  const active = panels.find((p) => p.id === chosen) ?? panels[0]!;

  const choose = (i: number) => {
    const p = panels[(i + panels.length) % panels.length]!;
    setChosen(p.id);
    buttons.current.get(p.id)?.focus();
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const at = panels.indexOf(active);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: panels.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    // Keys used here are not the page's to act on.
    e.stopPropagation();
    choose(to);
  };

  return (
    <>
      <div class="tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {panels.map((p) => {
          const selected = p.id === active.id;
          return (
            <button
              key={p.id}
              ref={(el) => {
                if (el) buttons.current.set(p.id, el);
                else buttons.current.delete(p.id);
              }}
              type="button"
              role="tab"
              id={tabId(p.id)}
              aria-selected={selected}
              aria-controls={selected ? panelId(p.id) : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => setChosen(p.id)}
            >
              {p.label}
            </button>
          );
        })}
      </div>
      <div class="tabpanel" role="tabpanel" id={panelId(active.id)} aria-labelledby={tabId(active.id)} tabIndex={0}>
        {active.render()}
      </div>
    </>
  );
}
