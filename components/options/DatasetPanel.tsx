import { useEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '@/lib/i18n';
import { countPhrase, recordCountsPhrase, type RecordCounts } from '@/lib/present/counts';
import { useMessages } from '../i18n';
import { Notice, type PanelMessage } from './Notice';

/**
 * The options page's dataset section: import a file into the user's overlay, export it, clear it. A pure view:
 * no browser calls; the entrypoint passes the state and the callbacks. All text is rendered as text nodes.
 */

export type OverlayCounts = RecordCounts;
export type { PanelMessage };

export interface DatasetPanelProps {
  /** Records in the overlay; null while loading. */
  counts: OverlayCounts | null;
  /** When the last import was applied (ISO), or null. */
  importedAt: string | null;
  /** Problems reading the stored overlay. */
  problems?: string[];
  /** An import, export or clear is running. */
  busy?: boolean;
  message?: PanelMessage | null;
  /** Accept attribute for the file picker. */
  accept?: string;
  onImport(file: File): void;
  onExport(): void;
  onClear(): void;
}

/** Files a folder import reads; anything else in the folder is left alone. */
const IMPORTABLE = /\.(?:json|jsonld|csv|html?)$/i;

export function describeOverlayCounts(m: Messages, counts: OverlayCounts): string {
  const total = counts.outlets + counts.entities + counts.claims;
  return total ? m.t('options_overlayHolds', recordCountsPhrase(m, counts)) : m.t('options_overlayEmpty');
}

export function DatasetPanel(props: DatasetPanelProps) {
  const m = useMessages();
  const { counts, importedAt, problems = [], busy = false, message = null } = props;
  const [confirming, setConfirming] = useState(false);
  const total = counts ? counts.outlets + counts.entities + counts.claims : 0;
  // Keyboard users keep their place: the confirmation takes focus, and gives it back when it goes.
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const afterConfirm = useRef<'clear' | 'export' | null>(null);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (afterConfirm.current) (afterConfirm.current === 'clear' ? clearButton : exportButton).current?.focus();
    afterConfirm.current = null;
  }, [confirming]);
  const closeConfirm = (focus: 'clear' | 'export') => {
    afterConfirm.current = focus;
    setConfirming(false);
  };

  // Several files, or a folder of them (a fact-checker's ClaimReview pages or feed parts), import one after another.
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])].filter((file) => input.files!.length === 1 || IMPORTABLE.test(file.name));
    for (const file of files) props.onImport(file);
    input.value = '';
  };
  const accept = props.accept ?? '.json,.jsonld,.csv,.html,.htm,application/json,application/ld+json,text/csv,text/html';

  // While an action runs, controls say so (aria-disabled) and ignore clicks, but stay focusable: a disabled
  // button would drop the keyboard user's focus to the top of the page.
  return (
    <section class="panel dataset-panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{m.t('options_datasetHeading')}</h2>
      <p class="muted">{m.t('options_datasetIntro')}</p>

      <p class="overlay-counts" data-testid="overlay-counts">
        {counts ? describeOverlayCounts(m, counts) : m.t('options_overlayReading')}
        {counts && total > 0 && importedAt ? ` ${m.t('options_lastImport', formatDateTime(m.locale, importedAt))}` : ''}
      </p>
      {problems.length > 0 && (
        <ul class="problems" data-testid="overlay-problems">
          {problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}

      <div class="actions">
        <label class={`button${busy ? ' disabled' : ''}`}>
          {m.t('options_import')}
          <input type="file" multiple class="visually-hidden" accept={accept} aria-disabled={busy || undefined} onClick={(event) => busy && event.preventDefault()} onChange={onFile} data-testid="import-file" />
        </label>
        <label class={`button${busy ? ' disabled' : ''}`}>
          {m.t('options_importFolder')}
          <input type="file" multiple {...{ webkitdirectory: '' }} class="visually-hidden" aria-disabled={busy || undefined} onClick={(event) => busy && event.preventDefault()} onChange={onFile} data-testid="import-folder" />
        </label>
        <button type="button" ref={exportButton} onClick={() => !busy && props.onExport()} disabled={!counts} aria-disabled={busy || undefined} data-testid="export">
          {m.t('options_export')}
        </button>
        {!confirming ? (
          <button type="button" ref={clearButton} onClick={() => !busy && setConfirming(true)} disabled={total === 0} aria-disabled={busy || undefined} data-testid="clear">
            {m.t('options_clear')}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={m.t('options_clearConfirmGroup')}>
            <span>{m.t('options_clearConfirmQuestion', countPhrase(m, total, 'record'))}</span>
            <button
              type="button"
              class="danger"
              data-testid="clear-confirm"
              onClick={() => {
                closeConfirm('export');
                props.onClear();
              }}
            >
              {m.t('options_clearConfirm')}
            </button>
            <button type="button" ref={cancelButton} data-testid="clear-cancel" onClick={() => closeConfirm('clear')}>
              {m.t('options_cancel')}
            </button>
          </span>
        )}
      </div>

      {busy && <p class="muted" role="status">{m.t('options_working')}</p>}
      {message && <Notice message={message} />}
    </section>
  );
}

/** "25 Nov 2026, 12:00 UTC" in the reader's language; the text as it is when it is not a date. */
function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' }).format(date);
  } catch {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}
