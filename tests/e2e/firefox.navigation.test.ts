import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, readPopup } from './common';
import { blockPage, expectTooSlowThenRetry } from './held-page';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * Firefox, with the optional host permission granted: browser pages are "restricted" (never stuck "analysing":
 * Firefox's scripting.executeScript resolves `[null]` on about:robots and runs the script in about:blank),
 * a popup for a tab that navigated shows the new page, not the old one, and one for a closed tab says it is closed.
 */

let firefox: FirefoxHarness;

describe('Firefox: browser pages and navigation', () => {
  beforeAll(async () => {
    firefox = await launchFirefox();
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it.each(['about:blank', 'about:robots'])('popup.html?tab=<id> for %s says "restricted"', async (url) => {
    const { page, tabId } = await firefox.openUrl(url);
    const popup = await firefox.popupFor(tabId);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('restricted');
    await Promise.all([page.close(), popup.close()]);
  });

  it('after the tab navigates to another page, the popup shows that page, not the previous analysis', async () => {
    const { page, tabId } = await firefox.openFixture(DEMO.file);
    const first = await firefox.popupFor(tabId);
    expect((await readPopup(first)).title).toBe(DEMO.title);
    await first.close();
    await page.goto(firefox.server.url('hostile/prototype-tamper.html'), { waitUntil: 'load' });
    const second = await firefox.popupFor(tabId);
    const rendered = await readPopup(second);
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe('Page that tampers with Array.prototype.map, JSON.parse, textContent and CSS.highlights');
    await Promise.all([page.close(), second.close()]);
  });

  it('popup.html?tab=<id> for a tab that was closed says the tab is no longer open, and the background does not wait', async () => {
    const { page, tabId } = await firefox.openFixture(DEMO.file);
    await page.close();
    const popup = await firefox.popupFor(tabId);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('tab-closed');
    expect(rendered.text).toContain('This tab is no longer open');
    expect(await firefox.backgroundState(tabId)).toEqual({ state: 'tab-closed' });
    await popup.close();
  });

  it('an analysis that takes too long: the popup says so after 10 s and offers "Try again", which then shows it', async () => {
    const { page, tabId } = await firefox.openFixture(DEMO.file);
    // With access granted the page is read as it loads: a route change of the page's own drops that answer (no
    // analysis starts on a pushState), so the popup's ask is the one the held page keeps waiting.
    await expect.poll(async () => (await firefox.backgroundState(tabId)).state, { timeout: 20_000 }).toBe('ready');
    await page.evaluate(() => history.pushState({}, '', '?held'));
    const release = await blockPage(page, firefox.server);
    const popup = await firefox.popupFor(tabId);
    await expectTooSlowThenRetry(popup, release);
    await Promise.all([popup.close(), page.close()]);
  });
});
