import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Extension, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import {
  CHROME_BUILD,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DEMO,
  FIXTURES,
  NOT_ARTICLE_FILE,
  chromiumProxyArgs,
  nonLoopback,
  outputPath,
  readPopup,
  requireBrowser,
  requireBuild,
} from './common';
import { startFixtureServer, type FixtureServer, type RecordedRequest } from './server';

/**
 * Debian Chromium, headless, with the built chrome-mv3 extension loaded (puppeteer `enableExtensions`).
 * The popup is opened the way a user opens it: `page.triggerExtensionAction` clicks the toolbar action for
 * the tab, which grants activeTab and opens the real popup (its own target). No host permission is granted.
 *
 * Network: Chromium sends every request, loopback included, through the fixture server acting as proxy,
 * so the server's log is every request of every context. CDP `Network` on the service worker and
 * puppeteer request events on the pages are recorded too.
 */

/** Chromium's extension API as seen inside `evaluate` callbacks in extension pages (same shape as WXT's `browser`). */
declare const chrome: typeof browser;

/**
 * Hosts Debian Chromium 156 itself contacts at start-up even with every background service flag off
 * (`update.googleapis.com` on-demand component check, `accounts.google.com` account check). Observed with
 * no extension loaded too; the extension's own contexts are checked strictly through CDP.
 */
const CHROMIUM_OWN_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com']);

let server: FixtureServer;
let chromium: Browser;
let extension: Extension;
let userDataDir: string;
const cdpRequests: RecordedRequest[] = [];
const sessions: CDPSession[] = [];

function recordUrl(url: string, via: RecordedRequest['via']) {
  if (!/^(https?|wss?):/i.test(url)) return; // chrome-extension:, data:, blob:, chrome: never leave the browser
  cdpRequests.push({ method: 'GET', url, host: new URL(url).hostname, via });
}

function watchPage(page: Page) {
  page.on('request', (request) => recordUrl(request.url(), 'direct'));
}

async function openArticle(file: string): Promise<Page> {
  const page = await chromium.newPage();
  watchPage(page);
  const response = await page.goto(server.url(file), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

/** Clicks the extension's toolbar action for `page` and returns the popup that opens. */
async function clickAction(page: Page): Promise<Page> {
  const known = new Set(chromium.targets().filter((t) => t.url().endsWith('/popup.html')));
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target: Target = await chromium.waitForTarget(
    (t) => t.url() === `chrome-extension://${extension.id}/popup.html` && !known.has(t),
    { timeout: 10_000 },
  );
  const popup = await target.asPage();
  watchPage(popup);
  return popup;
}

/** The background's cached state for a tab, asked from an extension page the way the popup asks. */
function backgroundState(extensionPage: Page, tabId: number): Promise<TabState> {
  return extensionPage.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }) as Promise<TabState>,
    tabId,
  );
}

describe('Chromium: the built extension on a page served from 127.0.0.1', () => {
  beforeAll(async () => {
    requireBrowser(CHROMIUM_PATH, 'chromium');
    requireBuild(CHROME_BUILD, 'npm run build:chrome');
    server = await startFixtureServer(FIXTURES);
    userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
    chromium = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      userDataDir,
      enableExtensions: [CHROME_BUILD],
      args: [...CHROMIUM_ARGS, ...chromiumProxyArgs(server.hostPort)],
    });
    const worker = await chromium.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://') && t.url().endsWith('/background.js'),
      { timeout: 15_000 },
    );
    const session = await worker.createCDPSession();
    sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => recordUrl(event.request.url, 'direct'));
    await session.send('Network.enable');
    const found = [...(await chromium.extensions()).values()].filter((e) => e.name === 'Sourcelight');
    expect(found).toHaveLength(1);
    extension = found[0]!;
    expect(worker.url()).toBe(`chrome-extension://${extension.id}/background.js`);
  });

  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
    await chromium?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  let articleTabId = -1;

  it('toolbar action on the demo article: content script extracts, background answers RFE/RL, popup renders the outlet card', async () => {
    const page = await openArticle(DEMO.file);
    await page.screenshot({ path: outputPath('chromium-page.png') });
    expect(page.extensionRealms()).toHaveLength(0); // nothing is injected until the user asks

    const popup = await clickAction(page);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('chromium-popup.png') });

    // The content script ran in the page, in this extension's isolated world.
    const realms = page.extensionRealms().filter((r) => r.origin === `chrome-extension://${extension.id}`);
    expect(realms.length).toBeGreaterThan(0);

    // The real popup's rendering.
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    expect(rendered.outletName).toBe(DEMO.outletName);
    expect(rendered.text).toContain(`(${DEMO.typology})`);

    // The background's answer for that tab (what the popup rendered from).
    // activeTab lets the extension see this one tab's URL, so it can find the tab by it.
    const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
    expect(tabId).toBeGreaterThanOrEqual(0);
    const state = await backgroundState(popup, tabId);
    expect(state.state).toBe('ready');
    if (state.state !== 'ready') return;
    expect(state.analysis.url).toBe(server.url(DEMO.file));
    expect(state.analysis.article.title).toBe(DEMO.title);
    expect(state.analysis.article.wordCount).toBeGreaterThan(200);
    expect(state.analysis.outlet?.id).toBe(DEMO.outletId);
    expect(state.analysis.outlet?.name).toBe(DEMO.outletName);
    expect(state.analysis.outlet?.typology).toBe(DEMO.typology);
    expect(rendered.sources).toBe(state.analysis.attributions.length);
    articleTabId = tabId;

    // Clicking a source in the popup flashes it in the article, with a highlight and no change to the page's DOM.
    const markupBefore = await page.evaluate(() => document.body.outerHTML);
    const firstSpeaker = await popup.$eval('.source-list .source .speaker', (el) => el.textContent ?? '');
    await popup.click('.source-list .reveal');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000 });
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString()));
    expect(flashed).toHaveLength(1);
    // The flash covers what that source is reported to have said.
    const shown = state.analysis.attributions.filter((a) => a.speaker === firstSpeaker.trim()).map((a) => a.text);
    expect(shown).toContain(flashed[0]!.replace(/\s+/g, ' ').trim());
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(markupBefore);
  });

  it('popup.html?tab=<id> opened as a page shows the same analysis', async () => {
    expect(articleTabId).toBeGreaterThanOrEqual(0);
    const page = await chromium.newPage();
    watchPage(page);
    await page.goto(`chrome-extension://${extension.id}/popup.html?tab=${articleTabId}`);
    const rendered = await readPopup(page);
    await page.screenshot({ path: outputPath('chromium-popup-page.png'), fullPage: true });
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    expect(rendered.outletName).toBe(DEMO.outletName);
    await page.close();
  });

  it('a login page is "not an article"', async () => {
    const page = await openArticle(NOT_ARTICLE_FILE);
    const popup = await clickAction(page);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('chromium-popup-not-article.png') });
    expect(rendered.state).toBe('not-article');
    expect(rendered.outletId).toBeNull();
  });

  it('a browser page (chrome://version) is "restricted"', async () => {
    const page = await chromium.newPage();
    await page.goto('chrome://version');
    const popup = await clickAction(page);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('chromium-popup-restricted.png') });
    expect(rendered.state).toBe('restricted');
  });

  it('made no request to any host but this machine', async () => {
    // The recorders really sit on the paths they claim to watch: the article reached the server through the proxy.
    expect(server.requests.some((r) => r.via === 'proxy' && r.url === server.url(DEMO.file))).toBe(true);
    expect(cdpRequests.some((r) => r.url === server.url(DEMO.file))).toBe(true);
    // The extension's own CSP (connect-src 'none') refuses any fetch from its service worker outright...
    const refusedProbe = server.url('worker-fetch-must-be-refused');
    const worker = await chromium.waitForTarget((t) => t.url() === `chrome-extension://${extension.id}/background.js`);
    const outcome = await (await worker.worker())!.evaluate(
      (url) => fetch(url).then(() => 'fetched', () => 'refused'),
      refusedProbe,
    );
    expect(outcome).toBe('refused');
    expect(server.requests.some((r) => r.url === refusedProbe)).toBe(false);
    // ...and what an extension page does load (an image: img-src is not restricted) shows up in the CDP recorder.
    const probe = server.url('recorder-self-check');
    const extensionPage = await chromium.newPage();
    watchPage(extensionPage);
    await extensionPage.goto(`chrome-extension://${extension.id}/options.html`);
    await extensionPage.evaluate((url) => void (new Image().src = url), probe);
    await expect.poll(() => cdpRequests.some((r) => r.url === probe)).toBe(true);
    await extensionPage.close();

    // Every extension context (service worker, popups, pages with the content script): loopback only.
    expect(nonLoopback(cdpRequests)).toEqual([]);
    // The whole browser: loopback only, except Chromium's own start-up services (component updater,
    // Google account check), which Chromium contacts with or without any extension loaded.
    expect(nonLoopback(server.requests).filter((r) => !CHROMIUM_OWN_HOSTS.has(r.host))).toEqual([]);
  });
});
