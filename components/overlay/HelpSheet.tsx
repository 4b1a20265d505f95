import { useEffect, useRef } from 'preact/hooks';
import { Fragment, type TargetedKeyboardEvent } from 'preact';
import { t, type Lang } from '../../lib/i18n/overlay';
import { SHORTCUT_ACTIONS, type Settings } from '../../lib/settings';

export interface HelpSheetProps {
  lang: Lang;
  shortcuts: Settings['shortcuts'];
  onClose: () => void;
}

/**
 * The list of keyboard shortcuts, as a non-modal dialog: it takes focus when
 * it opens and closes with Escape or its close button.
 */
export function HelpSheet({ lang, shortcuts, onClose }: HelpSheetProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    // Escape belongs to this sheet; the page must not act on it too.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  return (
    <div
      ref={ref}
      class="help"
      role="dialog"
      aria-modal="false"
      aria-labelledby="kl-ov-help-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="help-head">
        <h2 class="head-title" id="kl-ov-help-title">
          {t(lang, 'helpTitle')}
        </h2>
        <button type="button" onClick={onClose}>
          {t(lang, 'helpClose')}
        </button>
      </div>
      <dl class="help-keys">
        {SHORTCUT_ACTIONS.map((action) => (
          <Fragment key={action}>
            <dt>
              <kbd>{shortcuts[action]}</kbd>
            </dt>
            <dd>{t(lang, `sc_${action}`)}</dd>
          </Fragment>
        ))}
      </dl>
      <p class="help-note">{t(lang, 'helpNote')}</p>
    </div>
  );
}
