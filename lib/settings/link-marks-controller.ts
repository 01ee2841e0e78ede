import type { Messages } from '../i18n';
import { requestInGesture } from './permission-request';
import type { StoragePort } from '../storage/storage-port';
import { ADD_ERRORS, type Notice, type PermissionsPort } from './annotation-controller';
import { hostFromInput, hostPermission, LINK_MARKS_STORAGE_KEY, LINK_PRESETS, parseLinkMarks, withHosts, type LinkMarks, type LinkPreset } from './link-marks';

/**
 * The options page's link-mark settings: asks the browser for exactly the hosts a switch covers, in the click's
 * turn (browsers refuse `permissions.request` outside a user gesture), then saves. Turning hosts off gives their
 * access back, unless inline annotations still use it (`keepAccess`).
 */

export interface LinkMarksState {
  marks: LinkMarks | null;
  busy: boolean;
  notice: Notice | null;
  addError: string | null;
}

export class LinkMarksController {
  private state: LinkMarksState = { marks: null, busy: false, notice: null, addError: null };

  constructor(
    private readonly port: StoragePort,
    private readonly permissions: PermissionsPort,
    private readonly m: Messages,
    /** Whether another feature still needs access to this host (inline annotations), so it is not given back. */
    private readonly keepAccess: (host: string) => Promise<boolean>,
    private readonly onChange: (state: LinkMarksState) => void,
  ) {}

  get current(): LinkMarksState {
    return this.state;
  }

  async load(): Promise<void> {
    let stored: unknown;
    try {
      stored = await this.port.get(LINK_MARKS_STORAGE_KEY);
    } catch {
      stored = undefined;
    }
    this.patch({ marks: parseLinkMarks(stored) });
  }

  setPreset(preset: LinkPreset, on: boolean): Promise<void> {
    return this.setHosts(LINK_PRESETS[preset], on);
  }

  addHost(input: string): boolean {
    if (!this.state.marks || this.state.busy) return false;
    const parsed = hostFromInput(input);
    if (!parsed.ok) {
      this.patch({ addError: this.m.t(ADD_ERRORS[parsed.error], input.trim().slice(0, 100)) });
      return false;
    }
    this.patch({ addError: null });
    void this.setHosts([parsed.host], true);
    return true;
  }

  removeHost(host: string): Promise<void> {
    return this.setHosts([host], false);
  }

  private setHosts(hosts: readonly string[], on: boolean): Promise<void> {
    const marks = this.state.marks;
    if (!marks || this.state.busy) {
      this.patch({});
      return Promise.resolve();
    }
    const patterns = hosts.map(hostPermission);
    // Started now, inside the click's user gesture.
    const granted = on ? requestInGesture(this.permissions, patterns) : Promise.resolve(true);
    return this.run(async () => {
      if (!(await granted)) {
        this.patch({ notice: { kind: 'error', title: this.m.t('options_linksDenied'), lines: [] } });
        return;
      }
      const next = withHosts(marks, hosts, on);
      try {
        await this.port.set(LINK_MARKS_STORAGE_KEY, next);
      } catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
        this.patch({ notice: { kind: 'error', title: this.m.t('options_saveFailed'), lines: [this.m.t('options_browserSaid', detail)] } });
        return;
      }
      this.patch({ marks: next });
      if (!on) {
        const release: string[] = [];
        for (const host of hosts) if (!(await this.keepAccess(host).catch(() => true))) release.push(hostPermission(host));
        if (release.length) await this.permissions.remove(release).catch(() => false);
      }
    });
  }


  private async run(action: () => Promise<void>): Promise<void> {
    this.patch({ busy: true, notice: null });
    try {
      await action();
    } finally {
      this.patch({ busy: false });
    }
  }

  private patch(patch: Partial<LinkMarksState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }
}
