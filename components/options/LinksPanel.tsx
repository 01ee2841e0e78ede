import { useRef } from 'preact/hooks';
import { LINK_PRESETS, type LinkPreset } from '@/lib/settings/link-marks';
import { formatList } from '@/lib/present/labels';
import { useMessages } from '../i18n';
import { AddSiteForm } from './AddSiteForm';
import { Notice, type PanelMessage } from './Notice';

/**
 * The options page's "marks beside links" section: one switch per group of sites (search engines, social
 * feeds, news aggregators), then the other sites the reader added (a Mastodon instance). A pure view; the
 * entrypoint asks the browser for access and saves. Controls are aria-disabled while saving, so focus stays.
 */

export interface LinksPanelProps {
  /** Which groups are on; null while the settings load. */
  presets: Record<LinkPreset, boolean> | null;
  others: string[];
  busy: boolean;
  message: PanelMessage | null;
  addError: string | null;
  /** Called from the click itself, so the browser sees a user gesture when it is asked for access. */
  onPreset(preset: LinkPreset, on: boolean): void;
  onRemove(host: string): void;
  /** True when the input was accepted (the field is then emptied). */
  onAdd(input: string): boolean;
}

const PRESETS = Object.keys(LINK_PRESETS) as LinkPreset[];

export function LinksPanel(props: LinksPanelProps) {
  const m = useMessages();
  const { presets, busy } = props;
  const addInput = useRef<HTMLInputElement>(null);

  return (
    <section class="panel links-panel" aria-labelledby="links-heading" data-testid="links-panel">
      <h2 id="links-heading">{m.t('options_linksHeading')}</h2>
      <p class="muted">{m.t('options_linksIntro')}</p>
      {PRESETS.map((preset) => (
        <div key={preset}>
          <div class="switch-row">
            <input
              type="checkbox"
              role="switch"
              id={`links-${preset}`}
              class="switch"
              checked={presets?.[preset] ?? false}
              disabled={presets === null}
              aria-disabled={busy || undefined}
              aria-describedby={`links-${preset}-help`}
              onClick={(event) => props.onPreset(preset, (event.currentTarget as HTMLInputElement).checked)}
              data-testid={`links-${preset}`}
            />
            <label for={`links-${preset}`}>{m.maybe(`options_linksPreset_${preset}`)}</label>
          </div>
          <p id={`links-${preset}-help`} class="muted help">
            {m.maybe(`options_linksPresetHelp_${preset}`, formatList(m.locale, LINK_PRESETS[preset]))}
          </p>
        </div>
      ))}

      <h3 id="links-other-heading">{m.t('options_linksOtherHeading')}</h3>
      {props.others.length === 0 ? (
        <p class="muted">{m.t('options_linksOtherEmpty')}</p>
      ) : (
        <ul class="sites" aria-labelledby="links-other-heading" data-testid="links-others">
          {props.others.map((host) => (
            <li key={host} class="site">
              <span class="site-origin">{host}</span>
              <button
                type="button"
                aria-disabled={busy || undefined}
                aria-label={m.t('options_linksRemoveLabel', host)}
                onClick={() => {
                  addInput.current?.focus();
                  if (!busy) props.onRemove(host);
                }}
              >
                {m.t('options_linksRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSiteForm
        id="links-add"
        label={m.t('options_linksAddLabel')}
        help={m.t('options_linksAddHelp')}
        button={m.t('options_linksAddButton')}
        error={props.addError}
        busy={busy}
        inputRef={addInput}
        onAdd={props.onAdd}
      />
      {props.message && <Notice message={props.message} />}
    </section>
  );
}
