import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, LOOKALIKE, readPopup } from './common';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';
import { expectLookalikeBadge } from './lookalike-checks';
import { expectBadge, followSpaLink, LE_MONDE_BADGE, ONLOAD_ADDRESSES, PRIVATE_PAPER, readBadge, RFERL_BADGE, SPA } from './onload';

/**
 * Firefox, with the reader's optional all-sites permission granted: the toolbar badge shows the outlet's funding
 * model as each page loads, follows an SPA's route changes and back/forward, and the page's analysis starts on load,
 * so the popup has it when it opens; a look-alike page read on load shows the warning badge.
 */

let firefox: FirefoxHarness;

/** The background's answer without waiting for an analysis (what it holds now). */
const heldState = (tabId: number) =>
  firefox.control.evaluate(
    async (id) =>
      ((await (globalThis as unknown as { browser: typeof browser }).browser.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: false })) as { state: string }).state,
    tabId,
  );

describe('Firefox: the badge and the analysis on page load, where the reader allowed the site', () => {
  beforeAll(async () => {
    firefox = await launchFirefox({ addresses: ONLOAD_ADDRESSES });
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it("a known outlet's page: the badge on load, and the analysis ready before the popup opens", async () => {
    const { page, tabId } = await firefox.openFixture(DEMO.file);
    await expectBadge(firefox.control, tabId, RFERL_BADGE);
    await expect.poll(() => heldState(tabId), { timeout: 20_000, interval: 200 }).toBe('ready');
    const popup = await firefox.popupFor(tabId);
    const rendered = await readPopup(popup);
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    await Promise.all([popup.close(), page.close()]);
  });

  it('an SPA route change and back, and back/forward between outlets, keep the badge right', async () => {
    const { page, tabId } = await firefox.openFixture(SPA.file);
    await expectBadge(firefox.control, tabId, RFERL_BADGE);
    await followSpaLink(page, 'next-story', SPA.second);
    await expectBadge(firefox.control, tabId, RFERL_BADGE);
    const second = await firefox.popupFor(tabId);
    expect((await readPopup(second)).title).toBe(SPA.titles[1]);
    await second.close();

    await page.goto(PRIVATE_PAPER.address, { waitUntil: 'load' });
    await expectBadge(firefox.control, tabId, LE_MONDE_BADGE);
    await page.goBack({ waitUntil: 'load' });
    await page.waitForFunction((u) => location.href === u, { timeout: 10_000 }, SPA.second);
    await expectBadge(firefox.control, tabId, RFERL_BADGE);
    await page.goForward({ waitUntil: 'load' });
    await expectBadge(firefox.control, tabId, LE_MONDE_BADGE);
    await page.close();
  });

  it('a look-alike page, read on load: the badge warns with no click', async () => {
    const { page, tabId } = await firefox.openFixture(LOOKALIKE.file);
    await expectBadge(firefox.control, tabId, { text: '!' });
    expectLookalikeBadge(await readBadge(firefox.control, tabId));
    await page.close();
  });
});
