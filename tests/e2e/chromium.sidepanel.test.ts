import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { backgroundState, launchChromium, type ChromiumHarness } from './chromium-harness';
import { CORPUS_CSP, CORPUS_DIR, CORPUS_PREFIX, DEMO } from './common';
import { readyAnalysis } from './annotations';
import { expectPanelShows, expectRevealFlashes, SECOND_ARTICLE } from './sidepanel';

declare const chrome: typeof browser;

/**
 * The side panel, opened as a page in a tab of the same window (headless Chromium has no side panel to look into):
 * it follows the active tab as the reader switches tabs, and "Show in the article" works from it.
 */

let chromium: ChromiumHarness;

/** The tab showing `url` (tabs.query's url filter is a match pattern, which cannot name the server's port). */
const tabIdOf = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);

describe('Chromium: the side panel', () => {
  beforeAll(async () => {
    chromium = await launchChromium({ mounts: { [CORPUS_PREFIX]: CORPUS_DIR }, headers: { [CORPUS_PREFIX]: { 'content-security-policy': CORPUS_CSP } } });
    // The reader allowed the test server's site (chrome://extensions, Site access): the panel may read its pages.
    await chromium.grantSiteAccess('http://127.0.0.1/*');
    await chromium.grantSiteAccess(`${new URL(DEMO.address).origin}/*`);
  });

  /** The reader allows the site from an extension page (a trusted click, as the options page does it). */
  async function allowSite(page: Page): Promise<void> {
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'allow';
      button.textContent = 'Allow';
      button.addEventListener('click', () => void chrome.permissions.request({ origins: ['http://127.0.0.1/*', 'http://www.rferl.org/*'] }).then((ok) => (document.body.dataset.allowed = String(ok))));
      document.body.append(button);
    });
    await page.click('#allow');
    await page.waitForFunction(() => document.body.dataset.allowed === 'true', { timeout: 10_000 });
    await page.evaluate(() => document.getElementById('allow')?.remove());
  }

  afterAll(async () => {
    await chromium?.close();
  });

  it('follows tab switches and navigations: each article tab activated shows its own analysis', async () => {
    const first = await chromium.openPage(DEMO.file); // served at its real address, www.rferl.org
    const second = await chromium.openPage(SECOND_ARTICLE, { watch: false });
    const panel = await chromium.browser.newPage();
    await panel.goto(`chrome-extension://${chromium.extension.id}/sidepanel.html`);
    await allowSite(panel);
    const firstId = await tabIdOf(panel, first.url());
    const secondId = await tabIdOf(panel, second.url());

    await first.bringToFront();
    const firstState = await backgroundState(panel, firstId);
    await expectPanelShows(panel, firstState);
    expect(await panel.$eval('section.outlet-card', (el) => el.getAttribute('data-outlet'))).toBe(DEMO.outletId);

    await second.bringToFront();
    await expectPanelShows(panel, await backgroundState(panel, secondId));

    await first.bringToFront();
    await expectPanelShows(panel, firstState);
    // "Show in the article" from the panel (a background tab here, so clicked from script) flashes the passage in
    // the tab it follows.
    await expectRevealFlashes(panel, first, readyAnalysis(firstState).attributions.map((a) => a.text));

    expect(await axeViolations(panel)).toEqual([]);

    // A navigation in the tab it follows: the panel shows the new page's analysis.
    await first.goto(chromium.server.url(`${SECOND_ARTICLE}?from=first-tab`), { waitUntil: 'load' });
    const navigated = await backgroundState(panel, firstId);
    expect(readyAnalysis(navigated).url).toContain('from=first-tab');
    await expectPanelShows(panel, navigated);
    await Promise.all([first.close(), second.close(), panel.close()]);
  });

  it('a tab it may not read shows "click the Sourcelight button", and asks for no permission', async () => {
    const panel = await chromium.browser.newPage();
    await panel.goto(`chrome-extension://${chromium.extension.id}/sidepanel.html`);
    // localhost is not 127.0.0.1: the site access granted above does not cover it.
    const other = await chromium.browser.newPage();
    await other.goto(chromium.server.url(`/${DEMO.file}`).replace('127.0.0.1', 'localhost'), { waitUntil: 'load' });
    await other.bringToFront();
    await panel.waitForSelector('section.status[data-state="no-access"]', { timeout: 20_000 });
    expect(await panel.$eval('section.status', (el) => el.textContent)).toContain('Click the Sourcelight button');
    expect(await axeViolations(panel)).toEqual([]);
    await Promise.all([other.close(), panel.close()]);
  });

  it('the panel chosen in the options page removes the popup, and the toolbar click opens the panel', async () => {
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extension.id}/options.html`);
    await options.waitForSelector('[data-testid="toolbar-panel"]:not([disabled])');
    await options.click('[data-testid="toolbar-panel"]');
    await options.waitForFunction(async () => (await chrome.action.getPopup({})) === '', { timeout: 10_000 });
    const article = await chromium.openPage(DEMO.file);
    await article.bringToFront();
    await article.triggerExtensionAction(chromium.extension);
    // The real side panel opened (puppeteer cannot drive a side panel's page, so it is not read here)...
    await chromium.browser.waitForTarget((t) => t.url().endsWith('/sidepanel.html'), { timeout: 10_000 });
    // ...and the click granted activeTab: the background analysed the article.
    expect((await backgroundState(options, await tabIdOf(options, article.url()))).state).toBe('ready');
    await options.bringToFront();
    await options.click('[data-testid="toolbar-popup"]');
    await options.waitForFunction(async () => (await chrome.action.getPopup({})).endsWith('/popup.html'), { timeout: 10_000 });
    await Promise.all([article.close(), options.close()]);
  });
});
