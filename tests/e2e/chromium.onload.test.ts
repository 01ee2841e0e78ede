import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundState, launchChromium, sessionEntry, type ChromiumHarness } from './chromium-harness';
import { DEMO, LOOKALIKE, readPopup } from './common';
import { expectLookalikeBadge } from './lookalike-checks';
import { LE_MONDE_BADGE, expectBadge, followSpaLink, NO_BADGE, ONLOAD_ADDRESSES, PRIVATE_PAPER, RFERL_BADGE, SPA } from './onload';

declare const chrome: typeof browser;

/**
 * Before any click, on the sites the reader allowed (chrome://extensions, Site access): the toolbar badge shows the
 * outlet's funding model as each page loads, follows the tab through an SPA's route changes and back/forward, and
 * the page's analysis starts on load, so the popup has it when it opens. A look-alike page read on load (an
 * annotated site) shows the warning badge.
 */

let chromium: ChromiumHarness;
/** An extension page kept open to read badges, storage.session and the background. */
let control: Page;

/** The tab showing `url` (asked with every tab's address: the tabs of allowed sites show theirs). */
const tabIdOf = (url: string) => control.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);

describe('Chromium: the badge and the analysis on page load, where the reader allowed the site', () => {
  beforeAll(async () => {
    chromium = await launchChromium({ addresses: ONLOAD_ADDRESSES });
    control = await chromium.popupPage(0);
    await chromium.allowSites(control, ['http://www.rferl.org', 'http://www.lemonde.fr', new URL(LOOKALIKE.address).origin].map((origin) => `${origin}/*`));
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it("a known outlet's page: the badge on load without a click, and the analysis ready before the popup opens", async () => {
    const page = await chromium.openPage(DEMO.file);
    const tabId = await tabIdOf(DEMO.address);
    expect(tabId).toBeGreaterThanOrEqual(0);
    await expectBadge(control, tabId, RFERL_BADGE);
    // Read on load: the answer is there before anyone asks (`wait: false` never waits for an analysis).
    await expect.poll(async () => (await backgroundState(control, tabId, false)).state, { timeout: 20_000, interval: 200 }).toBe('ready');

    const popup = await chromium.clickAction(page);
    const rendered = await readPopup(popup);
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    await Promise.all([popup.close(), page.close()]);
    // The tab closed: nothing is kept about it.
    await expect.poll(() => sessionEntry(control, tabId), { timeout: 10_000 }).toBeNull();
  });

  it('an SPA: a route change (pushState) and back keep the badge, and the popup shows the story on screen', async () => {
    const page = await chromium.openPage(SPA.file);
    const tabId = await tabIdOf(SPA.address);
    await expectBadge(control, tabId, RFERL_BADGE);
    await expect.poll(async () => (await backgroundState(control, tabId, false)).state, { timeout: 20_000, interval: 200 }).toBe('ready');

    await followSpaLink(page, 'next-story', SPA.second);
    await expectBadge(control, tabId, RFERL_BADGE);
    const second = await chromium.clickAction(page);
    expect((await readPopup(second)).title).toBe(SPA.titles[1]);
    await second.close();

    await page.evaluate(() => history.back());
    await page.waitForFunction((u) => location.href === u, { timeout: 10_000 }, SPA.address);
    await expectBadge(control, tabId, RFERL_BADGE);
    const first = await chromium.clickAction(page);
    expect((await readPopup(first)).title).toBe(SPA.titles[0]);
    await Promise.all([first.close(), page.close()]);
  });

  it("back and forward between outlets: each page's own badge; a site not allowed gets none and is not read", async () => {
    const page = await chromium.openPage(DEMO.file);
    const tabId = await tabIdOf(DEMO.address);
    await expectBadge(control, tabId, RFERL_BADGE);
    await page.goto(PRIVATE_PAPER.address, { waitUntil: 'load' });
    await expectBadge(control, tabId, LE_MONDE_BADGE);
    await page.goBack({ waitUntil: 'load' });
    await expectBadge(control, tabId, RFERL_BADGE);
    await page.goForward({ waitUntil: 'load' });
    await expectBadge(control, tabId, LE_MONDE_BADGE);

    await page.goto(chromium.server.url('not-an-article.html'), { waitUntil: 'load' }); // 127.0.0.1: not allowed
    await expectBadge(control, tabId, NO_BADGE);
    // Give a load-time analysis every chance to start: none does without access.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await sessionEntry(control, tabId)).toBeNull();
    await page.close();
  });

  it('a look-alike page on an annotated site: read on load, the badge warns with no click', async () => {
    const site = new URL(LOOKALIKE.address).origin;
    await control.evaluate(
      (origin) => chrome.storage.local.set({ settings: { version: 1, annotations: { everywhere: false, sites: { [origin]: true } } } }),
      site,
    );
    await expect.poll(() => control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length), { timeout: 10_000 }).toBe(1);

    const page = await chromium.openPage(LOOKALIKE.file);
    const tabId = await tabIdOf(LOOKALIKE.address);
    await expectBadge(control, tabId, { text: '!' });
    expectLookalikeBadge(await control.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId));
    await page.close();
    expect(chromium.workerErrors).toEqual([]);
  });
});
