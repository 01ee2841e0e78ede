import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, LOOKALIKE, NOT_ARTICLE_FILE, nonLoopback, outputPath, readPopup } from './common';
import { expectDemoAnalysis, expectDemoPopup } from './demo-checks';
import { expectLookalikeAnalysis, expectLookalikeBadge, expectLookalikePopup } from './lookalike-checks';
import { launchFirefox, type FirefoxHarness, type PageGlobals } from './firefox-harness';

/**
 * Firefox ESR over WebDriver BiDi with the built firefox-mv3 extension installed as a temporary add-on (see
 * firefox-harness.ts). Without a grant the background answers "no-access"; after the user grants the optional
 * host permission, `popup.html?tab=<id>` drives the real background. Every request goes through the recording proxy.
 */

let firefox: FirefoxHarness;
let control: Page;
let server: FirefoxHarness['server'];
const openFixture = (file: string) => firefox.openFixture(file);
const backgroundState = (tabId: number) => firefox.backgroundState(tabId);
const popupFor = (tabId: number) => firefox.popupFor(tabId);

describe('Firefox: the built extension on a page served from 127.0.0.1', () => {
  beforeAll(async () => {
    firefox = await launchFirefox();
    control = firefox.control;
    server = firefox.server;
  });

  afterAll(async () => {
    await firefox?.close();
  });

  let article: { page: Page; tabId: number };

  it('without a grant the background reports no access (a temporary MV3 add-on gets no host access)', async () => {
    article = await openFixture(DEMO.file);
    await article.page.screenshot({ path: outputPath('firefox-page.png') });
    const state = await backgroundState(article.tabId);
    expect(state.state).toBe('no-access');
  });

  it('the user grants the optional host permission with a click', async () => {
    expect(await firefox.grantHostAccess()).toBe('true');
    expect(await control.evaluate(() => (globalThis as unknown as PageGlobals).browser.permissions.contains({ origins: ['*://*/*'] }))).toBe(true);
  });

  it('demo article: content script extracts, background answers RFE/RL, popup renders the outlet card', async () => {
    const popup = await popupFor(article.tabId);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('firefox-popup.png'), fullPage: true });
    expectDemoPopup(rendered);
    expectDemoAnalysis(await backgroundState(article.tabId), server.url(DEMO.file), rendered);
    await popup.close();
  });

  it('a copy of a BBC page on a look-alike host: the popup and the badge warn, and no BBC card is shown', async () => {
    const { page, tabId } = await openFixture(LOOKALIKE.file);
    expect(page.url()).toBe(LOOKALIKE.address);
    const popup = await popupFor(tabId);
    const rendered = await readPopup(popup);
    await popup.screenshot({ path: outputPath('firefox-popup-lookalike.png'), fullPage: true });
    expectLookalikePopup(rendered);
    expectLookalikeAnalysis(await backgroundState(tabId));
    expectLookalikeBadge(await control.evaluate(async (id) => {
      const { action } = (globalThis as unknown as PageGlobals).browser;
      return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId));
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
    await firefox.loadImageFromExtension(probe);
    await expect.poll(() => server.requests.some((r) => r.via === 'proxy' && r.url === probe)).toBe(true);
    // The extension's own CSP (connect-src 'none') refuses fetch from its pages outright.
    const refusedProbe = server.url('extension-fetch-must-be-refused');
    const outcome = await control.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), refusedProbe);
    expect(outcome).toBe('refused');
    expect(server.requests.some((r) => r.url === refusedProbe)).toBe(false);
    expect(nonLoopback(server.requests)).toEqual([]);
  });
});
