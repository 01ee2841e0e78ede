import { useState } from 'preact/hooks';

/**
 * The options page's dataset section: import a file into the user's overlay, export it, clear it. A pure view:
 * no browser calls; the entrypoint passes the state and the callbacks. All text is rendered as text nodes.
 */

export interface OverlayCounts {
  outlets: number;
  entities: number;
  claims: number;
}

/** The outcome of the last action, as plain lines of text. */
export interface PanelMessage {
  kind: 'ok' | 'error';
  title: string;
  lines: string[];
}

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeOverlayCounts(counts: OverlayCounts): string {
  const total = counts.outlets + counts.entities + counts.claims;
  if (!total) return 'Your overlay is empty: Sourcelight uses its bundled dataset only.';
  return `Your overlay holds ${plural(counts.outlets, 'outlet', 'outlets')}, ${plural(counts.entities, 'source', 'sources')} and ${plural(counts.claims, 'claim', 'claims')}, used on top of the bundled dataset.`;
}

export function DatasetPanel(props: DatasetPanelProps) {
  const { counts, importedAt, problems = [], busy = false, message = null } = props;
  const [confirming, setConfirming] = useState(false);
  const total = counts ? counts.outlets + counts.entities + counts.claims : 0;

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) props.onImport(file);
    input.value = '';
  };

  return (
    <section class="panel dataset-panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">Your dataset overlay</h2>
      <p class="muted">
        Import outlets, sources and claims to add to Sourcelight's bundled data or to replace records with the same id.
        Files stay on this computer. Formats: Sourcelight JSON, schema.org ClaimReview JSON-LD (single reviews, lists or
        DataFeed files) and the State Media Matrix CSV.
      </p>

      <p class="overlay-counts" data-testid="overlay-counts">
        {counts ? describeOverlayCounts(counts) : 'Reading your overlay…'}
        {counts && total > 0 && importedAt ? ` Last import: ${formatDate(importedAt)}.` : ''}
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
          Import a file…
          <input type="file" class="visually-hidden" accept={props.accept ?? '.json,.jsonld,.csv,application/json,application/ld+json,text/csv'} disabled={busy} onChange={onFile} data-testid="import-file" />
        </label>
        <button type="button" onClick={() => props.onExport()} disabled={busy || !counts} data-testid="export">
          Export overlay
        </button>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy || total === 0} data-testid="clear">
            Clear overlay…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm clearing the overlay">
            <span>Remove all {total} imported records?</span>
            <button
              type="button"
              class="danger"
              data-testid="clear-confirm"
              onClick={() => {
                setConfirming(false);
                props.onClear();
              }}
            >
              Remove
            </button>
            <button type="button" data-testid="clear-cancel" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>

      {busy && <p class="muted" role="status">Working…</p>}
      {message && (
        <div class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
          <p class="message-title">{message.title}</p>
          {message.lines.length > 0 && (
            <ul>
              {message.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
