import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { readyAnalysis } from './annotations';
import { CORPUS_CSP, CORPUS_DIR, CORPUS_PREFIX, DEMO } from './common';
import { launchFirefox, type FirefoxHarness, type PageGlobals } from './firefox-harness';
import { expectPanelShows, expectRevealFlashes, SECOND_ARTICLE } from './sidepanel';

/**
 * Firefox's sidebar page (`sidepanel.html`), opened as a page in a tab of the same window (BiDi cannot open the
 * sidebar): it follows the active tab as the reader switches tabs, and "Show in the article" works from it.
 */

let firefox: FirefoxHarness;
/** Firefox's sidebar API, which WXT's types (Chrome's) do not have. */
type SidebarGlobals = { browser: { sidebarAction: { isOpen(details: object): Promise<boolean>; open(): Promise<void> } } };

describe('Firefox: the sidebar', () => {
  beforeAll(async () => {
    firefox = await launchFirefox({ mounts: { [CORPUS_PREFIX]: CORPUS_DIR }, headers: { [CORPUS_PREFIX]: { 'content-security-policy': CORPUS_CSP } } });
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('follows tab switches: each article tab activated shows its own analysis', async () => {
    const first = await firefox.openFixture(`/${DEMO.file}`);
    const second = await firefox.openFixture(SECOND_ARTICLE);
    const panel = await firefox.extensionPage('sidepanel.html');

    await first.page.bringToFront();
    const firstState = await firefox.backgroundState(first.tabId);
    await expectPanelShows(panel, firstState);
    await second.page.bringToFront();
    await expectPanelShows(panel, await firefox.backgroundState(second.tabId));
    await first.page.bringToFront();
    await expectPanelShows(panel, firstState);
    await expectRevealFlashes(panel, first.page, readyAnalysis(firstState).attributions.map((a) => a.text));

    await panel.bringToFront();
    expect(await axeViolations(panel)).toEqual([]);
    await Promise.all([first.page.close(), second.page.close(), panel.close()]);
  });

  it('the panel chosen in the options page removes the popup; Firefox opens the sidebar only in a user action', async () => {
    // BiDi reaches neither the toolbar button nor the browser's shortcuts (Alt+Shift+S typed into a page stays in
    // the page), so action.onClicked cannot be fired here: the handler's order (open the sidebar before anything is
    // awaited) is unit-tested in toolbar-behaviour.test.ts. What Firefox does with that call is tested below.
    const options = await firefox.extensionPage('options.html');
    await options.waitForSelector('[data-testid="toolbar-panel"]:not([disabled])');
    await options.click('[data-testid="toolbar-panel"]');
    // With no popup, the toolbar button and Alt+Shift+S fire action.onClicked, whose handler opens the sidebar.
    await options.waitForFunction(async () => (await (globalThis as unknown as PageGlobals).browser.action.getPopup({})) === '', { timeout: 10_000 });

    // Outside a user action, Firefox refuses.
    const refused = await options.evaluate(() => (globalThis as unknown as SidebarGlobals).browser.sidebarAction.open().then(() => 'opened', (error: unknown) => String(error)));
    expect(refused).toMatch(/user input/i);
    // Inside one (a trusted click), the same call opens Sourcelight's sidebar.
    await options.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'open-sidebar';
      button.textContent = 'Open the sidebar';
      button.addEventListener('click', () => void (globalThis as unknown as SidebarGlobals).browser.sidebarAction.open());
      document.body.append(button);
    });
    await options.click('#open-sidebar');
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as SidebarGlobals).browser.sidebarAction.isOpen({})), { timeout: 10_000 }).toBe(true);

    await options.evaluate(() => document.getElementById('open-sidebar')?.remove());
    await options.click('[data-testid="toolbar-popup"]');
    await options.waitForFunction(async () => (await (globalThis as unknown as PageGlobals).browser.action.getPopup({})).endsWith('/popup.html'), { timeout: 10_000 });
    await options.close();
  });
});
