import { useRef } from 'preact/hooks';
import type { SiteRow } from '@/lib/settings/sites';
import { useMessages } from '../i18n';
import { AddSiteForm } from './AddSiteForm';
import { Notice, type PanelMessage } from './Notice';

/**
 * The options page's inline-annotations section: the global switch, the per-site choices and "add a site".
 * A pure view; the entrypoint asks the browser for access and saves the settings. While a change is saved the
 * controls are aria-disabled, not disabled, so keyboard focus stays where it was (the controller ignores them).
 */

export interface AnnotationsPanelProps {
  /** The global switch; null while the settings load. */
  everywhere: boolean | null;
  /** The switch is on but the browser no longer grants access to all sites (removed in its settings). */
  accessMissing: boolean;
  sites: SiteRow[];
  busy: boolean;
  message: PanelMessage | null;
  /** Why the last "add a site" input was refused, in words; null when it was not. */
  addError: string | null;
  /** Called from the click itself, so the browser sees a user gesture when it is asked for access. */
  onEverywhere(on: boolean): void;
  onSite(origin: string, annotate: boolean): void;
  onRemoveSite(origin: string): void;
  /** Returns true when the input was accepted (the field is then emptied). */
  onAddSite(input: string): boolean;
}

export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const m = useMessages();
  const { everywhere, sites, busy } = props;
  const addInput = useRef<HTMLInputElement>(null);

  return (
    <section class="panel annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">{m.t('options_annotationsHeading')}</h2>
      <p class="muted">{m.t('options_annotationsIntro')}</p>

      <div class="switch-row">
        <input
          type="checkbox"
          role="switch"
          id="annotate-everywhere"
          class="switch"
          checked={everywhere ?? false}
          disabled={everywhere === null}
          aria-disabled={busy || undefined}
          aria-describedby="annotate-everywhere-help"
          onClick={(event) => props.onEverywhere((event.currentTarget as HTMLInputElement).checked)}
          data-testid="annotate-everywhere"
        />
        <label for="annotate-everywhere">{m.t('options_everywhereLabel')}</label>
      </div>
      <p id="annotate-everywhere-help" class="muted help">{m.t('options_everywhereHelp')}</p>
      {props.accessMissing && (
        <p class="warning" role="status" data-testid="access-missing">
          {m.t('options_everywhereNoAccess')}
        </p>
      )}

      <h3 id="sites-heading">{m.t('options_sitesHeading')}</h3>
      <p class="muted">{m.t('options_sitesIntro')}</p>
      {sites.length === 0 ? (
        <p class="muted" data-testid="sites-empty">{m.t('options_sitesEmpty')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-heading" data-testid="sites">
          {sites.map((site) => (
            <li key={site.origin} class="site" data-origin={site.origin}>
              <span class="site-origin">{site.origin}</span>
              <label class="site-toggle">
                <input
                  type="checkbox"
                  role="switch"
                  class="switch"
                  checked={site.annotate}
                  aria-disabled={busy || undefined}
                  aria-label={m.t('options_siteToggleLabel', site.origin)}
                  onClick={(event) => props.onSite(site.origin, (event.currentTarget as HTMLInputElement).checked)}
                />
                <span aria-hidden="true">{m.t('options_siteToggle')}</span>
              </label>
              <button
                type="button"
                aria-disabled={busy || undefined}
                aria-label={m.t('options_siteRemoveLabel', site.origin)}
                onClick={() => {
                  // The row goes away: keep the keyboard user's place in the section.
                  addInput.current?.focus();
                  props.onRemoveSite(site.origin);
                }}
              >
                {m.t('options_siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <AddSiteForm
        id="add-site"
        label={m.t('options_addSiteLabel')}
        help={m.t('options_addSiteHelp')}
        button={m.t('options_addSiteButton')}
        error={props.addError}
        busy={busy}
        inputRef={addInput}
        onAdd={props.onAddSite}
      />

      {props.message && <Notice message={props.message} />}
    </section>
  );
}
