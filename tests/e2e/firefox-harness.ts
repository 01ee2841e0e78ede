import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TabState } from '@/lib/messaging/protocol';
import { ADDRESSES, FIREFOX_BUILD, FIREFOX_PATH, FIXTURES, requireBrowser, requireBuild } from './common';
import { startFixtureServer, type FixtureServer, type ServerOptions } from './server';

export interface FirefoxOptions extends ServerOptions {
  /** Extra Firefox preferences (e.g. `colourScheme('dark')`). */
  prefs?: Record<string, unknown>;
}

/** `layout.css.prefers-color-scheme.content-override` (0 dark, 1 light): BiDi pages have no media emulation. */
export const colourScheme = (scheme: 'light' | 'dark') => ({ 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });

/**
 * Firefox ESR over WebDriver BiDi with the built firefox-mv3 extension installed as a temporary add-on, for
 * every Firefox e2e file.
 *
 * Access: Firefox has no way to click the toolbar button over BiDi, and an MV3 temporary add-on gets no
 * host access by default. The user path that grants access without a toolbar click is the optional host
 * permission: an extension page calls `permissions.request({origins:['*://*\/*']})` from a click
 * (`grantHostAccess`, a trusted BiDi input click; `extensions.webextOptionalPermissionPrompts: false`
 * accepts the doorhanger headless Firefox cannot show). Then `popup.html?tab=<id>` (the popup as a page, for
 * that tab) drives the real background: content-script injection, extraction, analysis, rendering.
 *
 * Network: every Firefox request, loopback included (`network.proxy.allow_hijacking_localhost`,
 * `no_proxies_on` empty), goes through the fixture server acting as HTTP/HTTPS proxy, which records it
 * and forwards nothing. So its log is every request of the whole browser, extension contexts included.
 */

export const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '6f1d5a3e-2b7c-4e8a-9d40-1c5b7e3f9a21';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

/**
 * Inside `evaluate` callbacks the page's WebExtension API is read as `globalThis.browser`: a bare `browser`
 * would be rewritten by WXT's auto-import in this (Node) module and break once serialized into the page.
 */
export type PageGlobals = { browser: typeof browser };

export interface FirefoxHarness {
  readonly browser: Browser;
  readonly server: FixtureServer;
  /** An extension page kept open for tab ids, permission grants and background queries. */
  readonly control: Page;
  /** The user grants the optional all-sites permission with a trusted click; resolves to what the request answered. */
  grantHostAccess(): Promise<string | undefined>;
  /** Opens a server path in a new tab and returns the page with the extension's id for that tab. */
  openFixture(path: string, options?: { viewport?: { width: number; height: number } }): Promise<{ page: Page; tabId: number }>;
  /** Opens any URL (about:, data:) in a new tab; same return as openFixture. */
  openUrl(url: string): Promise<{ page: Page; tabId: number }>;
  /** The popup as a page for a tab (`popup.html?tab=<id>`). */
  popupFor(tabId: number): Promise<Page>;
  /** An extension page (`options.html`, …) in a new tab. */
  extensionPage(path: string): Promise<Page>;
  backgroundState(tabId: number): Promise<TabState>;
  /**
   * Loads `url` as an image from the control page: a request the extension is allowed to make (img-src is open;
   * its CSP's connect-src 'none' refuses fetch), to check that the recording proxy sits on the extension's path.
   */
  loadImageFromExtension(url: string): Promise<void>;
  close(): Promise<void>;
}

/** BiDi never reports moz-extension navigations as finished: start it, then wait for the DOM. */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`${EXT_ORIGIN}/${path}`, { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 15_000 }, EXT_ORIGIN);
}

export async function launchFirefox({ prefs = {}, ...serverOptions }: FirefoxOptions = {}): Promise<FirefoxHarness> {
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
  const server = await startFixtureServer(FIXTURES, { addresses: ADDRESSES, ...serverOptions });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Release builds only honour `services.settings.server` (below) with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      // Everything through the recording proxy, loopback included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own remote-settings client (blocklists, used when an add-on is installed) would call
      // firefox.settings.services.mozilla.com; point it at the local server so the log stays about the extension.
      'services.settings.server': server.url('firefox-remote-settings/v1'),
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      ...prefs,
    },
  });
  const installed = await browser.installExtension(FIREFOX_BUILD);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  const control = (await browser.pages())[0] ?? (await browser.newPage());
  await openExtensionPage(control, 'popup.html');

  const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.tabs.query({})).map((t) => t.id ?? -1));
  const openUrl = async (url: string, expectOk: boolean, viewport?: { width: number; height: number }) => {
    const before = await tabIds();
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    if (expectOk) {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
    } else {
      // BiDi does not report every privileged about: navigation as finished: start it, then wait for it to commit.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u, { timeout: 15_000 }, url).catch(() => undefined);
    }
    const added = (await tabIds()).filter((id) => !before.includes(id));
    if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
    return { page, tabId: added[0]! };
  };

  const extensionPage = async (path: string) => {
    const page = await browser.newPage();
    await openExtensionPage(page, path);
    return page;
  };

  return {
    browser,
    server,
    control,
    async grantHostAccess() {
      await control.bringToFront();
      await control.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'grant-host-access';
        button.textContent = 'Allow on all sites';
        button.addEventListener('click', () => {
          // permissions.request must run in the click's user-gesture turn.
          (globalThis as unknown as PageGlobals).browser.permissions.request({ origins: ['*://*/*'] }).then(
            (granted) => (document.body.dataset.granted = String(granted)),
            (error: unknown) => (document.body.dataset.granted = `error: ${String(error)}`),
          );
        });
        document.body.prepend(button);
      });
      await control.click('#grant-host-access'); // BiDi input.performActions: a trusted click
      await control.waitForFunction(() => document.body.dataset.granted !== undefined, { timeout: 10_000 });
      return control.evaluate(() => document.body.dataset.granted);
    },
    openFixture: (path, { viewport } = {}) => openUrl(server.url(path), true, viewport),
    openUrl: (url) => openUrl(url, false),
    popupFor: (tabId) => extensionPage(`popup.html?tab=${tabId}`),
    extensionPage,
    backgroundState: (tabId) =>
      control.evaluate(
        (id) => (globalThis as unknown as PageGlobals).browser.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }) as Promise<TabState>,
        tabId,
      ),
    loadImageFromExtension: (url) => control.evaluate((src) => void (new Image().src = src), url),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
