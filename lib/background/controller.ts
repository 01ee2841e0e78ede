import { analyze } from '../analyze';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { ExtractResult } from '../model/page';
import type { TabState } from '../messaging/protocol';
import { isRestrictedUrl } from './restricted-url';

/** Browser glue the controller needs, injected so the logic is testable without a browser. */
export interface BackgroundPorts {
  /**
   * Runs the content script in the tab; rejects when the extension has no access. Resolves `false` when the
   * browser reports that nothing ran (Firefox answers `[null]` for privileged about: pages instead of refusing).
   */
  injectContentScript(tabId: number): Promise<boolean | void>;
  /** The tab's current URL, when the extension may see it; rejects when there is no such tab (closed). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Persists per-tab results across service-worker restarts (storage.session). */
  save(tabId: number, entry: CachedTab | null): Promise<void>;
  load(tabId: number): Promise<CachedTab | null>;
  /** Drops every persisted per-tab result, including those of tabs this worker has not seen since a restart. */
  clearAll(): Promise<void>;
}

export interface CachedTab {
  url: string;
  state: TabState;
}

const WAIT_TIMEOUT_MS = 15_000;
/** Chromium's `scripting.executeScript` errors for pages no extension may script (chrome://, the Web Store). */
const RESTRICTED_REFUSAL = /cannot access a [a-z-]+:\/\/ url|cannot be scripted/i;

/** Per-tab analysis state: extraction results in, analyses cached per tab and URL, answers to the popup. */
export class BackgroundController {
  private readonly tabs = new Map<number, CachedTab>();
  private readonly waiters = new Map<number, Array<(state: TabState) => void>>();

  constructor(
    private readonly index: () => DatasetIndex,
    private readonly ports: BackgroundPorts,
  ) {}

  /**
   * A content script reported its extraction for a tab. Dropped (null) when no analysis is pending or cached for
   * the tab: it was closed or navigated since the script was injected, and a late report must not bring it back.
   */
  async pageExtracted(tabId: number, senderUrl: string, result: ExtractResult): Promise<TabState | null> {
    // The address the script read when it extracted: after an SPA route change (history.pushState) Chromium's
    // sender.url still names the document's first URL, which would make every later ask look like a new page.
    const pageUrl = (result.status === 'ok' ? result.page.url : result.url) || senderUrl;
    if (!(this.tabs.get(tabId) ?? (await this.ports.load(tabId))) && !(await this.stillShows(tabId, pageUrl))) return null;
    // A browser page the script could still run in (Firefox: about:blank) is not a web page to analyse.
    const state: TabState = isRestrictedUrl(pageUrl) ? { state: 'restricted', url: pageUrl } : this.stateFor(result);
    // The waiting popup is answered before the copy in storage.session is written (a write of the whole analysis):
    // the write is issued in the same turn, so a later forget() still removes it after.
    const saved = this.store(tabId, { url: pageUrl, state });
    this.settle(tabId, state);
    await saved;
    return state;
  }

  /**
   * Whether a report nobody asked for (the script registered for annotated sites runs on page load) still describes
   * what its tab shows: a report that outlived its tab (closed) or its page (navigated) is dropped.
   */
  private async stillShows(tabId: number, pageUrl: string): Promise<boolean> {
    try {
      const current = await this.ports.tabUrl(tabId);
      return current === undefined || current === pageUrl;
    } catch {
      return false; // no such tab any more
    }
  }

  /**
   * The popup asks what to show for a tab; starts an analysis when none is cached for its current URL, or afresh
   * when `restart` (the reader's "try again") finds one still running.
   */
  async tabState(tabId: number, wait: boolean, restart = false): Promise<TabState> {
    let url: string | undefined;
    try {
      url = await this.ports.tabUrl(tabId);
    } catch {
      return { state: 'tab-closed' }; // a popup opened for a tab (popup.html?tab=<id>) that has been closed since
    }
    if (isRestrictedUrl(url)) return { state: 'restricted', url: url ?? '' };
    const inMemory = this.tabs.get(tabId);
    const cached = inMemory ?? (await this.ports.load(tabId));
    // "No access" is not cached: the user may have granted access since (toolbar click, host permission).
    // Nor is an "analysing" left by a previous worker: the worker that injected the script is gone, so inject again.
    const stale = cached?.state.state === 'no-access' || (cached?.state.state === 'analysing' && (!inMemory || restart));
    if (cached && !stale && (url === undefined || cached.url === url)) {
      this.tabs.set(tabId, cached);
      if (cached.state.state !== 'analysing') return cached.state;
    } else {
      const started = await this.startAnalysis(tabId, url ?? '');
      if (started.state !== 'analysing') return started;
    }
    return wait ? this.waitFor(tabId) : { state: 'analysing' };
  }

  /**
   * Navigation, reload or close: the tab's analysis no longer describes what it shows. A popup waiting for it is
   * answered "analysing" at once, so it asks again (and gets the new page's analysis) rather than waiting.
   */
  async forget(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    this.settle(tabId, { state: 'analysing' });
    await this.ports.save(tabId, null);
  }

  /**
   * The dataset changed (the user's overlay): every cached analysis may name outlets, sources or claims that are no
   * longer what the dataset says. Analyses still running finish with the new dataset, so they are kept.
   */
  async forgetAll(): Promise<void> {
    for (const [tabId, entry] of this.tabs) if (entry.state.state !== 'analysing') this.tabs.delete(tabId);
    await this.ports.clearAll();
    // Put back what is still running, so its result is not mistaken for a restart's leftover.
    for (const [tabId, entry] of this.tabs) await this.ports.save(tabId, entry);
  }

  private async startAnalysis(tabId: number, url: string): Promise<TabState> {
    await this.store(tabId, { url, state: { state: 'analysing' } });
    try {
      if ((await this.ports.injectContentScript(tabId)) === false) {
        const state: TabState = { state: 'restricted', url };
        await this.store(tabId, { url, state });
        return state;
      }
      return { state: 'analysing' };
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).slice(0, 500);
      // Without the `tabs` permission a browser page's URL is hidden; the browser's refusal names it instead.
      const state: TabState = RESTRICTED_REFUSAL.test(reason) ? { state: 'restricted', url } : { state: 'no-access', reason };
      await this.store(tabId, { url, state });
      return state;
    }
  }

  private settle(tabId: number, state: TabState): void {
    const waiting = this.waiters.get(tabId) ?? [];
    this.waiters.delete(tabId);
    for (const resolve of waiting) resolve(state);
  }

  private waitFor(tabId: number): Promise<TabState> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ state: 'analysing' }), WAIT_TIMEOUT_MS);
      const list = this.waiters.get(tabId) ?? [];
      list.push((state) => {
        clearTimeout(timer);
        resolve(state);
      });
      this.waiters.set(tabId, list);
    });
  }

  private stateFor(result: ExtractResult): TabState {
    switch (result.status) {
      case 'ok':
        try {
          return { state: 'ready', analysis: analyze(result.page, this.index()) };
        } catch (error) {
          return { state: 'failed', reason: `analysis failed: ${String(error)}`.slice(0, 500) };
        }
      case 'not-article':
        return { state: 'not-article', url: result.url, title: result.title };
      case 'too-large':
        return { state: 'too-large', url: result.url, reason: result.reason };
      case 'failed':
        return { state: 'failed', reason: result.reason };
    }
  }

  private async store(tabId: number, entry: CachedTab): Promise<void> {
    this.tabs.set(tabId, entry);
    await this.ports.save(tabId, entry);
  }
}
