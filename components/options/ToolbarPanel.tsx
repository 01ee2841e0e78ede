import type { ToolbarChoice } from '@/lib/settings/settings';
import { useMessages } from '../i18n';

/** The options page's "toolbar button" section: open the popup or the side panel. A pure view. */

export interface ToolbarPanelProps {
  /** The stored choice; null while the settings load. */
  choice: ToolbarChoice | null;
  /** A settings change is being saved (a failure shows in the annotations section's notice, which saves them). */
  busy: boolean;
  onChoose(choice: ToolbarChoice): void;
}

export function ToolbarPanel({ choice, busy, onChoose }: ToolbarPanelProps) {
  const m = useMessages();
  const option = (value: ToolbarChoice, label: string) => (
    <label class="choice">
      <input
        type="radio"
        name="toolbar-choice"
        value={value}
        checked={choice === value}
        disabled={choice === null}
        aria-disabled={busy || undefined}
        onClick={() => !busy && onChoose(value)}
        data-testid={`toolbar-${value}`}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <section class="panel toolbar-panel" aria-labelledby="toolbar-heading">
      <h2 id="toolbar-heading">{m.t('options_toolbarHeading')}</h2>
      <fieldset class="choices" aria-describedby="toolbar-help">
        <legend>{m.t('options_toolbarIntro')}</legend>
        {option('popup', m.t('options_toolbarPopup'))}
        {option('panel', m.t('options_toolbarPanel'))}
      </fieldset>
      <p id="toolbar-help" class="muted help">{m.t('options_toolbarHelp')}</p>
    </section>
  );
}
