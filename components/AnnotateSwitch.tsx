import { useMessages } from './i18n';

export interface AnnotateSwitchProps {
  /** Whether this site's pages are annotated (setting on and access granted). */
  on: boolean;
  /** A change is in progress (permission prompt, saving). */
  busy: boolean;
  error: 'denied' | 'failed' | null;
  /** The technical reason of a failure, shown beside the message. */
  reason?: string;
  onChange(on: boolean): void;
}

/** "Annotate this site": a switch; the entrypoint does the work through `onChange`. */
export function AnnotateSwitch({ on, busy, error, reason, onChange }: AnnotateSwitchProps) {
  const m = useMessages();
  return (
    <section class="annotate-site">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          disabled={busy}
          aria-describedby="annotate-help"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{m.t('annot_switch')}</span>
      </label>
      <p id="annotate-help" class="small muted">
        {m.t('annot_switchHelp')}
      </p>
      {error ? (
        <p class="annotate-error small" role="alert">
          {error === 'denied' ? m.t('annot_denied') : m.t('annot_failed', reason ?? '')}
        </p>
      ) : null}
    </section>
  );
}
