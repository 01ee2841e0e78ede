import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, readPopup } from './common';
import { blockPage, expectTooSlowThenRetry } from './held-page';
import { backgroundState, launchChromium, sessionEntry, type ChromiumHarness } from './chromium-harness';

/**
 * The popup follows the tab, in real Chromium: an SPA route change, back/forward, a tab closed while its
 * analysis is pending, the popup page of a closed tab, and the service worker stopped while an analysis is
 * pending. "Pending" is made deterministic by a page stuck in a synchronous request the test server holds open:
 * the content script cannot run until the test releases it.
 */

const SECOND = { file: 'navigation/second-story.html', title: 'Harbour reopens after the storm' } as const;
let chromium: ChromiumHarness;
/** An extension page kept open to read storage.session and ask the background. */
let control: Page;

/** The demo article with its popup open and its analysis pending (the background holds "analysing" for it). */
async function pendingAnalysis() {
  const page = await chromium.openPage(DEMO.file);
  const release = await blockPage(page, chromium.server);
  const popup = await chromium.clickAction(page);
  const tabId = await chromium.tabIdOf(popup, page.url());
  await expect.poll(() => sessionEntry(control, tabId), { timeout: 10_000 }).toMatchObject({ state: { state: 'analysing' } });
  return { page, popup, tabId, release };
}

describe('Chromium: navigation, closed tabs and a stopped service worker', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
    control = await chromium.popupPage(0);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('an SPA route change (history.pushState) to another story: the popup shows the new story, never the old one', async () => {
    const page = await chromium.openPage(DEMO.file);
    const first = await chromium.clickAction(page);
    expect((await readPopup(first)).title).toBe(DEMO.title);
    const tabId = await chromium.tabIdOf(first, page.url());
    await first.close();

    await page.evaluate(async (path) => {
      const next = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      // A well-behaved SPA swaps the head's title and metadata along with the content.
      document.head.replaceWith(document.adoptNode(next.head));
      document.body.replaceWith(document.adoptNode(next.body));
      history.pushState({}, '', path);
    }, `/${SECOND.file}`);
    const secondUrl = new URL(`/${SECOND.file}`, DEMO.address).href; // the route of the same site
    expect(page.url()).toBe(secondUrl);

    // Whatever the order of the background's tab events, the old analysis is not the answer for the new URL.
    const meanwhile = await backgroundState(control, tabId, false);
    expect(meanwhile.state === 'ready' ? meanwhile.analysis.url : meanwhile.state).not.toBe(chromium.server.url(DEMO.file));

    const second = await chromium.clickAction(page);
    const rendered = await readPopup(second);
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(SECOND.title);
    expect(rendered.text).toContain('Lena Brandt');
    expect(rendered.text).not.toContain('Antonov');
    // The analysis is kept under the new address: asking again answers at once, without analysing again.
    const again = await backgroundState(control, tabId, false);
    expect(again.state === 'ready' && again.analysis.url).toBe(secondUrl);
    await Promise.all([second.close(), page.close()]);
  });

  it('back and forward: each popup shows the page the tab shows', async () => {
    const page = await chromium.openPage(DEMO.file);
    const first = await chromium.clickAction(page);
    expect((await readPopup(first)).title).toBe(DEMO.title);
    await first.close();

    await page.goto(chromium.server.url(SECOND.file), { waitUntil: 'load' });
    const second = await chromium.clickAction(page);
    expect((await readPopup(second)).title).toBe(SECOND.title);
    await second.close();

    await page.goBack({ waitUntil: 'load' });
    expect(page.url()).toBe(chromium.server.url(DEMO.file));
    const back = await chromium.clickAction(page);
    expect((await readPopup(back)).title).toBe(DEMO.title);
    await back.close();

    await page.goForward({ waitUntil: 'load' });
    const forward = await chromium.clickAction(page);
    expect((await readPopup(forward)).title).toBe(SECOND.title);
    await Promise.all([forward.close(), page.close()]);
  });

  it('a tab closed while its analysis is pending: its state is cleared and the worker reports no error', async () => {
    const { page, popup, tabId, release } = await pendingAnalysis();

    await page.close();
    release();
    await expect.poll(() => sessionEntry(control, tabId), { timeout: 10_000 }).toBeNull();
    expect(chromium.workerErrors).toEqual([]);
    await popup.close().catch(() => undefined); // it may have closed with its tab
  });

  it('the popup page of a tab that was closed says so, quietly: no spinner, no error, nothing left to wait for', async () => {
    const page = await chromium.openPage(DEMO.file);
    const first = await chromium.clickAction(page); // activeTab: lets an extension page find the tab by its URL
    expect((await readPopup(first)).title).toBe(DEMO.title);
    const tabId = await chromium.tabIdOf(first, page.url());
    expect(tabId).toBeGreaterThanOrEqual(0);
    await first.close();
    await page.close();

    const popup = await chromium.popupPage(tabId);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('tab-closed');
    expect(rendered.text).toContain('This tab is no longer open');
    expect(await popup.$eval('.popup', (el) => el.getAttribute('aria-busy'))).toBe('false');
    // The background answers at once, even to a request that would wait for an analysis.
    expect(await backgroundState(control, tabId, true)).toEqual({ state: 'tab-closed' });
    expect(await sessionEntry(control, tabId)).toBeNull();
    expect(chromium.workerErrors).toEqual([]);
    await popup.close();
  });

  it('the service worker stopped while an analysis is pending: the popup still gets the right answer', async () => {
    const { page, popup, tabId, release } = await pendingAnalysis();

    await chromium.stopServiceWorker();
    release();
    const rendered = await readPopup(popup, 60_000);
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe(DEMO.title);
    expect(rendered.outletId).toBe(DEMO.outletId);
    // The new worker instance holds the answer for the tab (and persisted it).
    const state = await backgroundState(control, tabId, false);
    expect(state.state === 'ready' && state.analysis.url).toBe(chromium.server.url(DEMO.file));
    expect(await sessionEntry(control, tabId)).toMatchObject({ state: { state: 'ready' } });
    expect(chromium.workerErrors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('an analysis that takes too long: the popup says so after 10 s and offers "Try again", which then shows it', async () => {
    const { page, popup, release } = await pendingAnalysis();

    await expectTooSlowThenRetry(popup, release);
    expect(chromium.workerErrors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
