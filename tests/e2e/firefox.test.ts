import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import {
  DEMO,
  FIREFOX_BUILD,
  FIREFOX_PATH,
  FIXTURES,
  NOT_ARTICLE_FILE,
  nonLoopback,
  outputPath,
  readPopup,
  requireBrowser,
  requireBuild,
} from './common';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Firefox ESR over WebDriver BiDi with the built firefox-mv3 extension installed as a temporary add-on.
 *
 * Access: Firefox has no way to click the toolbar button over BiDi, and an MV3 temporary add-on gets no
 * host access by default (the test checks this: the background answers "no-access"). The user path that
 * grants access without a toolbar click is the optional host permission: an extension page calls
 * `permissions.request({origins:['*://*\/*']})` from a click. The test makes that click a trusted BiDi
 * input click; `extensions.webextOptionalPermissionPrompts: false` accepts the permission doorhanger,
 * which headless Firefox cannot show. Then `popup.html?tab=<id>` (the popup as a page, for that tab)
 * drives the real background: content-script injection, extraction, analysis, rendering.
 *
 * Network: every Firefox request, loopback included (`network.proxy.allow_hijacking_localhost`,
 * `no_proxies_on` empty), goes through the fixture server acting as HTTP/HTTPS proxy, which records it
 * and forwards nothing. So its log is every request of the whole browser, extension contexts included.
 */

const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '6f1d5a3e-2b7c-4e8a-9d40-1c5b7e3f9a21';
const EXT_ORIGIN = `moz-extension://${UUID}`;

let server: FixtureServer;
let firefox: Browser;
/**
 * Inside `evaluate` callbacks the page's WebExtension API is read as `globalThis.browser`: a bare `browser`
 * would be rewritten by WXT's auto-import in this (Node) module and break once serialized into the page.
 */
type PageGlobals = { browser: typeof browser };
/** An extension page kept open for tab ids, permission grants and background queries. */
let control: Page;

/** BiDi never reports moz-extension navigations as finished: start it, then wait for the DOM. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`${EXT_ORIGIN}/${path}`, { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 15_000 }, EXT_ORIGIN);
}

async function tabIds(): Promise<number[]> {
  return control.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.tabs.query({})).map((t) => t.id ?? -1));
}

/** Opens a fixture in a new tab and returns the page with the extension's id for that tab. */
async function openFixture(file: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds();
  const page = await firefox.newPage();
  const response = await page.goto(server.url(file), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const added = (await tabIds()).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return { page, tabId: added[0]! };
}

function backgroundState(tabId: number): Promise<TabState> {
  return control.evaluate(
    (id) => (globalThis as unknown as PageGlobals).browser.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }) as Promise<TabState>,
    tabId,
  );
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await firefox.newPage();
  await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

describe('Firefox: the built extension on a page served from 127.0.0.1', () => {
  beforeAll(async () => {
    requireBrowser(FIREFOX_PATH, 'firefox-esr');
    requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
    server = await startFixtureServer(FIXTURES);
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      // Release builds only honour `services.settings.server` (below) with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
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
      },
    });
    expect(await firefox.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
    control = (await firefox.pages())[0] ?? (await firefox.newPage());
    await openExtensionPage(control, 'popup.html');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  let article: { page: Page; tabId: number };

  it('without a grant the background reports no access (a temporary MV3 add-on gets no host access)', async () => {
    article = await openFixture(DEMO.file);
    await article.page.screenshot({ path: outputPath('firefox-page.png') });
    const state = await backgroundState(article.tabId);
    expect(state.state).toBe('no-access');
  });

  it('the user grants the optional host permission with a click', async () => {
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
    expect(await control.evaluate(() => document.body.dataset.granted)).toBe('true');
    expect(await control.evaluate(() => (globalThis as unknown as PageGlobals).browser.permissions.contains({ origins: ['*://*/*'] }))).toBe(true);
  });

  it('demo article: content script extracts, background answers RFE/RL, popup renders the outlet card', async () => {
    const popup = await popupFor(article.tabId);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('firefox-popup.png'), fullPage: true });
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    expect(rendered.outletName).toBe(DEMO.outletName);
    expect(rendered.text).toContain(`(${DEMO.typology})`);

    const state = await backgroundState(article.tabId);
    expect(state.state).toBe('ready');
    if (state.state !== 'ready') return;
    // The URL and title come from the content script running in the tab.
    expect(state.analysis.url).toBe(server.url(DEMO.file));
    expect(state.analysis.article.title).toBe(DEMO.title);
    expect(state.analysis.article.wordCount).toBeGreaterThan(200);
    expect(state.analysis.outlet?.id).toBe(DEMO.outletId);
    expect(state.analysis.outlet?.name).toBe(DEMO.outletName);
    expect(state.analysis.outlet?.typology).toBe(DEMO.typology);
    expect(rendered.sources).toBe(state.analysis.attributions.length);
    await popup.close();
  });

  it('a login page is "not an article"', async () => {
    const { tabId } = await openFixture(NOT_ARTICLE_FILE);
    const popup = await popupFor(tabId);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('firefox-popup-not-article.png'), fullPage: true });
    expect(rendered.state).toBe('not-article');
    expect(rendered.outletId).toBeNull();
    await popup.close();
  });

  it('made no request to any host but this machine', async () => {
    // The recorder really sits on Firefox's path: the article came to the server through the proxy,
    // and so does an image an extension page loads (img-src is not restricted).
    expect(server.requests.some((r) => r.via === 'proxy' && r.url === server.url(DEMO.file))).toBe(true);
    const probe = server.url('recorder-self-check');
    await control.evaluate((url) => void (new Image().src = url), probe);
    await expect.poll(() => server.requests.some((r) => r.via === 'proxy' && r.url === probe)).toBe(true);
    // The extension's own CSP (connect-src 'none') refuses fetch from its pages outright.
    const refusedProbe = server.url('extension-fetch-must-be-refused');
    const outcome = await control.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), refusedProbe);
    expect(outcome).toBe('refused');
    expect(server.requests.some((r) => r.url === refusedProbe)).toBe(false);
    expect(nonLoopback(server.requests)).toEqual([]);
  });
});
