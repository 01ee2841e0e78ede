import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, LOOKALIKE, NOT_ARTICLE_FILE, nonLoopback, outputPath, readPopup } from './common';
import { CHROMIUM_OWN_HOSTS, backgroundState, launchChromium, type ChromiumHarness } from './chromium-harness';
import { expectDemoAnalysis, expectDemoPopup, expectRevealStepsThroughSource } from './demo-checks';
import { expectLookalikeAnalysis, expectLookalikeBadge, expectLookalikePopup } from './lookalike-checks';

/**
 * Debian Chromium, headless, with the built chrome-mv3 extension loaded (see chromium-harness.ts). The popup
 * is opened the way a user opens it, by clicking the toolbar action for the tab. No host permission is granted.
 */

/** Chromium's extension API as seen inside `evaluate` callbacks in extension pages. */
declare const chrome: typeof browser;

let chromium: ChromiumHarness;
const openArticle = (file: string): Promise<Page> => chromium.openPage(file);
const clickAction = (page: Page): Promise<Page> => chromium.clickAction(page);

describe('Chromium: the built extension on a page served from 127.0.0.1', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
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
    const realms = page.extensionRealms().filter((r) => r.origin === `chrome-extension://${chromium.extension.id}`);
    expect(realms.length).toBeGreaterThan(0);

    // The real popup's rendering.
    expectDemoPopup(rendered);

    // The background's answer for that tab (what the popup rendered from).
    // activeTab lets the extension see this one tab's URL, so it can find the tab by it.
    const tabId = await chromium.tabIdOf(popup, page.url());
    expect(tabId).toBeGreaterThanOrEqual(0);
    const state = await backgroundState(popup, tabId);
    expectDemoAnalysis(state, chromium.server.url(DEMO.file), rendered);
    if (state.state !== 'ready') return;
    articleTabId = tabId;

    // "Show in the article" on a source steps through its statements in the article, with a highlight and no change to the page's DOM.
    await expectRevealStepsThroughSource(popup, page, state.analysis.attributions);
  });

  it('popup.html?tab=<id> opened as a page shows the same analysis', async () => {
    expect(articleTabId).toBeGreaterThanOrEqual(0);
    const page = await chromium.popupPage(articleTabId);
    const rendered = await readPopup(page);
    await page.screenshot({ path: outputPath('chromium-popup-page.png'), fullPage: true });
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    expect(rendered.outletName).toBe(DEMO.outletName);
    await page.close();
  });

  it('a copy of a BBC page on a look-alike host: the popup and the badge warn, and no BBC card is shown', async () => {
    const page = await openArticle(LOOKALIKE.file);
    expect(page.url()).toBe(LOOKALIKE.address);
    const popup = await clickAction(page);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('chromium-popup-lookalike.png') });
    expectLookalikePopup(rendered);
    const tabId = await chromium.tabIdOf(popup, page.url());
    expectLookalikeAnalysis(await backgroundState(popup, tabId));
    expectLookalikeBadge(await popup.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId));
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
    const page = await chromium.browser.newPage();
    await page.goto('chrome://version');
    const popup = await clickAction(page);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('chromium-popup-restricted.png') });
    expect(rendered.state).toBe('restricted');
  });

  it('made no request to any host but this machine', async () => {
    // The recorders really sit on the paths they claim to watch: the article reached the server through the proxy.
    expect(chromium.server.requests.some((r) => r.via === 'proxy' && r.url === chromium.server.url(DEMO.file))).toBe(true);
    expect(chromium.cdpRequests.some((r) => r.url === chromium.server.url(DEMO.file))).toBe(true);
    // The extension's own CSP (connect-src 'none') refuses any fetch from its service worker outright...
    const refusedProbe = chromium.server.url('worker-fetch-must-be-refused');
    const worker = await chromium.browser.waitForTarget((t) => t.url() === chromium.workerUrl);
    const outcome = await (await worker.worker())!.evaluate(
      (url) => fetch(url).then(() => 'fetched', () => 'refused'),
      refusedProbe,
    );
    expect(outcome).toBe('refused');
    expect(chromium.server.requests.some((r) => r.url === refusedProbe)).toBe(false);
    // ...while what an extension page does load (an image: img-src is not restricted) reaches the recording proxy.
    const probe = chromium.server.url('recorder-self-check');
    const extensionPage = await chromium.browser.newPage();
    await extensionPage.goto(`chrome-extension://${chromium.extension.id}/options.html`);
    await extensionPage.evaluate((url) => void (new Image().src = url), probe);
    await expect.poll(() => chromium.server.requests.some((r) => r.via === 'proxy' && r.url === probe)).toBe(true);
    await extensionPage.close();

    // Every extension context (service worker, popups, pages with the content script): loopback only.
    expect(nonLoopback(chromium.cdpRequests)).toEqual([]);
    // The whole browser: loopback only, except Chromium's own start-up services (component updater,
    // Google account check), which Chromium contacts with or without any extension loaded.
    expect(nonLoopback(chromium.server.requests).filter((r) => !CHROMIUM_OWN_HOSTS.has(r.host))).toEqual([]);
  });
});
