import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Extension, Page, Target } from 'puppeteer-core';
import type { TabState } from '@/lib/messaging/protocol';
import { ADDRESSES, allowSites, CHROME_BUILD, grantSiteAccess, CHROMIUM_PATH, FIXTURES, launchChromiumWithExtension, chromiumProxyArgs, requireBrowser, requireBuild } from './common';
import { startFixtureServer, type FixtureServer, type RecordedRequest, type ServerOptions } from './server';

/**
 * Debian Chromium, headless, with the built chrome-mv3 extension loaded (puppeteer `enableExtensions`), for
 * every Chromium e2e file. The popup is opened the way a user opens it: `page.triggerExtensionAction` clicks
 * the toolbar action for the tab, which grants activeTab and opens the real popup (its own target).
 *
 * Network: Chromium sends every request, loopback included, through the fixture server acting as proxy, so
 * the server's log is every request of every context. CDP `Network` on each instance of the extension's
 * service worker, and puppeteer request events on watched pages, are recorded in `cdpRequests` too.
 */

/** Chromium's extension API as seen inside `evaluate` callbacks in extension pages (same shape as WXT's `browser`). */
declare const chrome: typeof browser;

/**
 * Hosts Debian Chromium itself contacts at start-up even with every background service flag off
 * (`update.googleapis.com` on-demand component check, `accounts.google.com` account check). Observed with
 * no extension loaded too; the extension's own contexts are checked strictly through CDP.
 */
export const CHROMIUM_OWN_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com']);

export interface ChromiumHarness {
  readonly browser: Browser;
  readonly extension: Extension;
  readonly server: FixtureServer;
  /** Requests of the extension's service worker (every instance) and of watched pages. */
  readonly cdpRequests: RecordedRequest[];
  /** Uncaught exceptions reported by any instance of the service worker. */
  readonly workerErrors: string[];
  readonly workerUrl: string;
  /** Opens a server path in a new tab. `watch` records the page's own requests in `cdpRequests`. */
  openPage(path: string, options?: { watch?: boolean; viewport?: { width: number; height: number } }): Promise<Page>;
  /** Clicks the toolbar action for `page` and returns the popup that opens. */
  clickAction(page: Page): Promise<Page>;
  /** The popup as a page for a tab (`popup.html?tab=<id>`). */
  popupPage(tabId: number): Promise<Page>;
  /** The id of the tab showing `url`, asked from an extension page (activeTab or an open popup lets it see the URL). */
  tabIdOf(extensionPage: Page, url: string): Promise<number>;
  /**
   * Grants the extension a site the way a reader does in chrome://extensions (Site access > "On specific
   * sites"): later `permissions.request` calls for it resolve without the dialog headless Chromium cannot answer.
   */
  grantSiteAccess(hostPattern: string): Promise<void>;
  /**
   * The reader allows sites from an extension page: `permissions.request` from a trusted click, as the options page
   * and the popup's switch do it (see `allowSites` in common.ts).
   */
  allowSites(extensionPage: Page, patterns: readonly string[]): Promise<void>;
  /** Stops the extension's service worker, the way Chromium does when it is idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export function recordUrl(into: RecordedRequest[], url: string, via: RecordedRequest['via']): void {
  if (!/^(https?|wss?):/i.test(url)) return; // chrome-extension:, data:, blob:, chrome: never leave the browser
  into.push({ method: 'GET', url, host: new URL(url).hostname, via });
}

/** The background's cached state for a tab, asked from an extension page the way the popup asks. */
export function backgroundState(extensionPage: Page, tabId: number, wait = true): Promise<TabState> {
  return extensionPage.evaluate(
    (id, w) => chrome.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: w }) as Promise<TabState>,
    tabId,
    wait,
  );
}

/** What the background keeps for a tab in storage.session (null when nothing), read from an extension page. */
export function sessionEntry(extensionPage: Page, tabId: number): Promise<unknown> {
  return extensionPage.evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${tabId}`);
}

export async function launchChromium(serverOptions: ServerOptions = {}): Promise<ChromiumHarness> {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  requireBuild(CHROME_BUILD, 'npm run build:chrome');
  const server = await startFixtureServer(FIXTURES, { addresses: ADDRESSES, ...serverOptions });
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const cdpRequests: RecordedRequest[] = [];
  const workerErrors: string[] = [];
  const sessions: CDPSession[] = [];
  const browser = await launchChromiumWithExtension(userDataDir, ['--lang=en-US', ...chromiumProxyArgs(server.hostPort)]);
  const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://') && t.url().endsWith('/background.js');
  // Each instance of the worker gets its own session: network and exceptions recorded. `resume` also lets an
  // instance that puppeteer's auto-attach holds at start (waiting for a debugger) run.
  const watchWorker = async (target: Target, resume: boolean) => {
    const session = await target.createCDPSession();
    sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => recordUrl(cdpRequests, event.request.url, 'direct'));
    session.on('Runtime.exceptionThrown', (event) => workerErrors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
    await Promise.all([session.send('Network.enable'), session.send('Runtime.enable')]);
    if (resume) await session.send('Runtime.runIfWaitingForDebugger');
  };
  await watchWorker(await browser.waitForTarget(isWorker, { timeout: 15_000 }), false).catch(() => {});
  const found = [...(await browser.extensions()).values()].filter((e) => e.name === 'Sourcelight');
  if (found.length !== 1) throw new Error(`expected one Sourcelight extension, found ${found.length}`);
  const extension = found[0]!;
  const workerUrl = `chrome-extension://${extension.id}/background.js`;
  // A worker woken again after it stopped keeps its puppeteer target, which puppeteer does not resume: the
  // ServiceWorker domain reports each restart, and the new instance is watched and let run.
  const statusListeners = new Set<(status: string) => void>();
  const monitor = await ((await browser.pages())[0] ?? (await browser.newPage())).createCDPSession();
  sessions.push(monitor);
  monitor.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions.filter((v) => v.scriptURL === workerUrl)) {
      if (version.runningStatus === 'starting') {
        const target = browser.targets().find((t) => t.url() === workerUrl);
        if (target) watchWorker(target, true).catch(() => {});
      }
      for (const listener of statusListeners) listener(version.runningStatus);
    }
  });
  await monitor.send('ServiceWorker.enable');
  const popupUrl = `chrome-extension://${extension.id}/popup.html`;

  const watchPage = (page: Page) => page.on('request', (request) => recordUrl(cdpRequests, request.url(), 'direct'));

  return {
    browser,
    extension,
    server,
    cdpRequests,
    workerErrors,
    workerUrl,
    async openPage(path, { watch = true, viewport } = {}) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      if (watch) watchPage(page);
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
      return page;
    },
    async clickAction(page) {
      const known = new Set(browser.targets().filter((t) => t.url().endsWith('/popup.html')));
      await page.bringToFront();
      await page.triggerExtensionAction(extension);
      const target = await browser.waitForTarget((t) => t.url() === popupUrl && !known.has(t), { timeout: 10_000 });
      const popup = await target.asPage();
      watchPage(popup);
      return popup;
    },
    async popupPage(tabId) {
      const page = await browser.newPage();
      watchPage(page);
      await page.goto(`${popupUrl}?tab=${tabId}`);
      return page;
    },
    tabIdOf: (extensionPage, url) => extensionPage.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url),
    grantSiteAccess: (hostPattern) => grantSiteAccess(browser, extension.id, [hostPattern]),
    allowSites: (extensionPage, patterns) => allowSites(browser, extension.id, extensionPage, patterns),
    async stopServiceWorker() {
      let listener: (status: string) => void = () => {};
      const stopped = new Promise<void>((resolve) => {
        listener = (status) => status === 'stopped' && resolve();
        statusListeners.add(listener);
      });
      try {
        await monitor.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        statusListeners.delete(listener);
      }
    },
    async close() {
      await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
