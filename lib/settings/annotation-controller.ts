import { requestInGesture } from './permission-request';
import type { StoragePort } from '../storage/storage-port';
import type { Messages } from '../i18n';
import { toolbarChoice, withToolbar, type Settings, type ToolbarChoice } from './settings';
import { loadSettings, saveSettingsOutcome, type SaveOutcome } from './settings-store';
import {
  ALL_SITES_PATTERN,
  originFromInput,
  originPermissionPattern,
  siteRows,
  withEverywhere,
  withoutSite,
  withSite,
  type OriginInputError,
  type SiteRow,
} from './sites';

/**
 * The options page's inline-annotation settings: asks the browser for host access, then saves. Access is asked
 * for before anything is awaited, so the request runs in the click's user gesture (Firefox and Chrome refuse
 * `permissions.request` outside one). A setting that needs access is saved only once access is granted.
 */

/** The part of `browser.permissions` the page needs, with origins as match patterns. */
export interface PermissionsPort {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
}

/** The outcome of the last action, in the reader's language. */
export interface Notice {
  kind: 'ok' | 'error';
  title: string;
  lines: string[];
}

export interface AnnotationState {
  settings: Settings | null;
  sites: SiteRow[];
  /** Annotations are on everywhere but the browser no longer grants access to all sites. */
  accessMissing: boolean;
  busy: boolean;
  notice: Notice | null;
  addError: string | null;
}

/** What the options page says when an "add a site" input is refused. */
export const ADD_ERRORS: Record<OriginInputError, 'options_addSiteEmpty' | 'options_addSiteNotWeb' | 'options_addSiteInvalid'> = {
  empty: 'options_addSiteEmpty',
  'not-web': 'options_addSiteNotWeb',
  invalid: 'options_addSiteInvalid',
};

export class AnnotationSettingsController {
  private state: AnnotationState = { settings: null, sites: [], accessMissing: false, busy: false, notice: null, addError: null };

  constructor(
    private readonly port: StoragePort,
    private readonly permissions: PermissionsPort,
    private readonly m: Messages,
    private readonly onChange: (state: AnnotationState) => void,
  ) {}

  get current(): AnnotationState {
    return this.state;
  }

  /** Reads the stored settings (also after another page changed them). */
  async load(): Promise<void> {
    const loaded = await loadSettings(this.port);
    const notice = loaded.warnings.length ? { kind: 'error' as const, title: this.m.t('options_settingsReset'), lines: loaded.warnings } : null;
    await this.show(loaded.settings, { notice: notice ?? this.state.notice });
  }

  /** What the toolbar button opens. It shares the stored settings object, so it is saved through this controller. */
  setToolbar(choice: ToolbarChoice): Promise<void> {
    const settings = this.idleSettings();
    if (!settings || toolbarChoice(settings) === choice) return Promise.resolve();
    return this.run(async () => void (await this.save(withToolbar(settings, choice))));
  }

  /** The global switch. Turning it on asks for access to all sites; turning it off gives that access back. */
  setEverywhere(on: boolean): Promise<void> {
    const settings = this.idleSettings();
    if (!settings) return Promise.resolve();
    if (!on) {
      return this.run(async () => {
        const saved = await this.save(withEverywhere(settings, false));
        if (saved) await this.permissions.remove([ALL_SITES_PATTERN]).catch(() => false);
      });
    }
    const granted = requestInGesture(this.permissions, [ALL_SITES_PATTERN]);
    return this.run(async () => {
      if (await granted) await this.save(withEverywhere(settings, true));
      else this.patch({ notice: { kind: 'error', title: this.m.t('options_everywhereDenied'), lines: [] } });
    });
  }

  /** One site's choice: on asks for access to that site; off means "never annotate it", whatever the switch says. */
  setSite(origin: string, annotate: boolean): Promise<void> {
    const settings = this.idleSettings();
    if (!settings) return Promise.resolve();
    const granted = annotate ? requestInGesture(this.permissions, [originPermissionPattern(origin)]) : Promise.resolve(true);
    return this.run(async () => {
      if (await granted) await this.save(withSite(settings, origin, annotate));
      else this.patch({ notice: { kind: 'error', title: this.m.t('options_siteDenied', origin), lines: [] } });
    });
  }

  removeSite(origin: string): Promise<void> {
    const settings = this.idleSettings();
    if (!settings) return Promise.resolve();
    return this.run(async () => {
      const saved = await this.save(withoutSite(settings, origin));
      // Access to all sites covers this one too; only a grant of its own is given back.
      if (saved && !settings.annotations.everywhere) await this.permissions.remove([originPermissionPattern(origin)]).catch(() => false);
    });
  }

  /** "Add a site": true when the input is a site address (then annotated, once access is granted). */
  addSite(input: string): boolean {
    if (!this.state.settings || this.state.busy) return false;
    const parsed = originFromInput(input);
    if (!parsed.ok) {
      this.patch({ addError: this.m.t(ADD_ERRORS[parsed.error], input.trim().slice(0, 100)) });
      return false;
    }
    this.patch({ addError: null });
    void this.setSite(parsed.origin, true);
    return true;
  }

  /**
   * The settings to change, or null while they load or another change is being saved; then the view is redrawn
   * so a switch the click flipped shows the stored state again.
   */
  private idleSettings(): Settings | null {
    if (this.state.settings && !this.state.busy) return this.state.settings;
    this.patch({});
    return null;
  }


  private async run(action: () => Promise<void>): Promise<void> {
    this.patch({ busy: true, notice: null });
    try {
      await action();
    } finally {
      this.patch({ busy: false });
    }
  }

  private async save(settings: Settings): Promise<boolean> {
    const outcome = await saveSettingsOutcome(this.port, settings);
    if (!outcome.ok) {
      this.patch({ notice: this.saveFailure(outcome) });
      return false;
    }
    await this.show(settings, {});
    return true;
  }

  private saveFailure(outcome: Exclude<SaveOutcome, { ok: true }>): Notice {
    const title = outcome.reason === 'storage-full' ? this.m.t('options_saveFull') : this.m.t('options_saveFailed');
    return { kind: 'error', title, lines: [this.m.t('options_browserSaid', outcome.detail)] };
  }

  private async show(settings: Settings, patch: Partial<AnnotationState>): Promise<void> {
    const accessMissing = settings.annotations.everywhere && !(await this.permissions.contains([ALL_SITES_PATTERN]).catch(() => false));
    this.patch({ ...patch, settings, sites: siteRows(settings), accessMissing });
  }

  private patch(patch: Partial<AnnotationState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }
}
