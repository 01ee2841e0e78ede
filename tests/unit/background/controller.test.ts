import { describe, expect, it, vi } from 'vitest';
import { BackgroundController, type BackgroundPorts, type CachedTab } from '@/lib/background/controller';
import { isRestrictedUrl } from '@/lib/background/restricted-url';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/background/sender';
import type { ExtractedPage } from '@/lib/model/page';
import { testIndex, testOutlet } from '../dataset-fixture';

const index = testIndex([testOutlet('rferl', ['rferl.org'])]);
const URL_A = 'https://www.rferl.org/a/1.html';

function page(url: string): ExtractedPage {
  return {
    url, canonicalUrl: null, title: 'T', byline: null, siteName: null, lang: 'en', publishedTime: null, publisher: null,
    paragraphs: ['Text.'], wordCount: 1, readerable: true, claimReviews: [],
  };
}

/** Lets every pending promise callback run (the ports answer at once). */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup(tabUrl: string | undefined = URL_A) {
  const stored = new Map<number, CachedTab>();
  const ports: BackgroundPorts = {
    injectContentScript: vi.fn(async () => {}),
    tabUrl: vi.fn(async () => tabUrl),
    save: async (tabId, entry) => void (entry ? stored.set(tabId, entry) : stored.delete(tabId)),
    load: async (tabId) => stored.get(tabId) ?? null,
    clearAll: async () => stored.clear(),
  };
  return { controller: new BackgroundController(() => index, ports), ports, stored };
}

describe('BackgroundController', () => {
  it('injects the content script on first ask, then answers with the analysis', async () => {
    const { controller, ports } = setup();
    expect(await controller.tabState(7, false)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledWith(7);
    const waiting = controller.tabState(7, true);
    await controller.pageExtracted(7, URL_A, { status: 'ok', page: page(URL_A) });
    const state = await waiting;
    expect(state.state === 'ready' && state.analysis.outlet?.id).toBe('rferl');
    expect(ports.injectContentScript).toHaveBeenCalledTimes(1);
  });

  it("starts a stuck analysis afresh when the reader asks to try again, and only then", async () => {
    const { controller, ports } = setup();
    await controller.tabState(7, false);
    expect(await controller.tabState(7, false)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(1);
    expect(await controller.tabState(7, false, true)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(2);
    await controller.pageExtracted(7, URL_A, { status: 'not-article', url: URL_A, title: 'Home' });
    // A finished analysis is served as it is: "try again" restarts only what is still running.
    expect(await controller.tabState(7, false, true)).toEqual({ state: 'not-article', url: URL_A, title: 'Home' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(2);
  });

  it('does not serve a cached analysis for a different URL in the same tab', async () => {
    const { controller, ports } = setup('https://www.rferl.org/a/2.html');
    await controller.tabState(7, false);
    await controller.pageExtracted(7, URL_A, { status: 'ok', page: page(URL_A) });
    expect(await controller.tabState(7, false)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(2);
  });

  it('survives a restart through the persisted cache', async () => {
    const first = setup();
    await first.controller.tabState(3, false);
    await first.controller.pageExtracted(3, URL_A, { status: 'not-article', url: URL_A, title: 'Home' });
    const restarted = new BackgroundController(() => index, { ...first.ports, injectContentScript: vi.fn() });
    expect(await restarted.tabState(3, false)).toEqual({ state: 'not-article', url: URL_A, title: 'Home' });
  });

  it('forgets a tab on navigation', async () => {
    const { controller, stored } = setup();
    await controller.tabState(3, false);
    await controller.pageExtracted(3, URL_A, { status: 'ok', page: page(URL_A) });
    expect(stored.get(3)?.state.state).toBe('ready');
    await controller.forget(3);
    expect(stored.has(3)).toBe(false);
  });

  it('forgets every cached analysis when the dataset changes, including ones persisted before a restart', async () => {
    const { controller, ports, stored } = setup();
    stored.set(9, { url: URL_A, state: { state: 'not-article', url: URL_A, title: 'Home' } });
    await controller.pageExtracted(3, URL_A, { status: 'ok', page: page(URL_A) });
    await controller.forgetAll();
    expect([...stored.keys()]).toEqual([]);
    expect(await controller.tabState(3, false)).toEqual({ state: 'analysing' });
    expect(await controller.tabState(9, false)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(2);
  });

  it('keeps an analysis that is still running when the dataset changes, and lets it finish', async () => {
    const { controller, ports, stored } = setup();
    expect(await controller.tabState(5, false)).toEqual({ state: 'analysing' });
    await controller.forgetAll();
    expect(stored.get(5)?.state).toEqual({ state: 'analysing' });
    const waiting = controller.tabState(5, true);
    await controller.pageExtracted(5, URL_A, { status: 'ok', page: page(URL_A) });
    expect((await waiting).state).toBe('ready');
    expect(ports.injectContentScript).toHaveBeenCalledTimes(1);
  });

  it('caches under the URL the content script read, not a stale sender URL (SPA route change)', async () => {
    const { controller, ports } = setup();
    const URL_B = 'https://www.rferl.org/a/2.html';
    vi.mocked(ports.tabUrl).mockResolvedValue(URL_B);
    await controller.tabState(7, false);
    await controller.pageExtracted(7, URL_A, { status: 'ok', page: page(URL_B) });
    expect((await controller.tabState(7, false)).state).toBe('ready');
    expect(ports.injectContentScript).toHaveBeenCalledTimes(1);
  });

  it('answers a waiting popup at once when its tab navigates or closes, so it asks again', async () => {
    const { controller } = setup();
    const waiting = controller.tabState(3, true);
    await flush(); // the popup's request is now waiting for the analysis
    await controller.forget(3);
    expect(await waiting).toEqual({ state: 'analysing' });
  });

  it('answers "tab-closed" for a tab that no longer exists, without injecting or caching anything', async () => {
    const { controller, ports, stored } = setup();
    vi.mocked(ports.tabUrl).mockRejectedValue(new Error('No tab with id: 5.'));
    expect(await controller.tabState(5, false)).toEqual({ state: 'tab-closed' });
    expect(await controller.tabState(5, true)).toEqual({ state: 'tab-closed' });
    expect(ports.injectContentScript).not.toHaveBeenCalled();
    expect(stored.has(5)).toBe(false);
  });

  it('a popup waiting for a tab that closes asks again and learns the tab is gone', async () => {
    const { controller, ports } = setup();
    const waiting = controller.tabState(3, true);
    await flush();
    await controller.forget(3); // tabs.onRemoved
    expect(await waiting).toEqual({ state: 'analysing' });
    vi.mocked(ports.tabUrl).mockRejectedValue(new Error('No tab with id: 3.'));
    expect(await controller.tabState(3, true)).toEqual({ state: 'tab-closed' });
  });

  it('drops a report that arrives after its tab was closed or navigated (no entry comes back)', async () => {
    const { controller, ports, stored } = setup();
    await controller.tabState(3, false);
    await controller.forget(3);
    vi.mocked(ports.tabUrl).mockRejectedValueOnce(new Error('No tab with id: 3'));
    expect(await controller.pageExtracted(3, URL_A, { status: 'ok', page: page(URL_A) })).toBeNull();
    vi.mocked(ports.tabUrl).mockResolvedValueOnce('https://www.rferl.org/a/2.html');
    expect(await controller.pageExtracted(3, URL_A, { status: 'ok', page: page(URL_A) })).toBeNull();
    expect(stored.has(3)).toBe(false);
  });

  it('accepts a report nobody asked for while its tab still shows that page (annotated sites analyse on load)', async () => {
    const { controller, stored } = setup();
    const state = await controller.pageExtracted(4, URL_A, { status: 'ok', page: page(URL_A) });
    expect(state?.state).toBe('ready');
    expect(stored.get(4)?.url).toBe(URL_A);
    expect((await controller.tabState(4, false)).state).toBe('ready');
  });

  it('starts again an analysis a previous worker left "analysing" (that worker and its wait are gone)', async () => {
    const first = setup();
    expect(await first.controller.tabState(3, false)).toEqual({ state: 'analysing' });
    const inject = vi.fn(async () => {});
    const restarted = new BackgroundController(() => index, { ...first.ports, injectContentScript: inject });
    expect(await restarted.tabState(3, false)).toEqual({ state: 'analysing' });
    expect(inject).toHaveBeenCalledWith(3);
    const state = await restarted.pageExtracted(3, URL_A, { status: 'ok', page: page(URL_A) });
    expect(state?.state).toBe('ready');
    // The same worker does not inject twice while its own analysis is pending.
    expect(await restarted.tabState(3, false)).toEqual(state);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('is "restricted" when the browser runs nothing (Firefox on about:robots resolves [null]) instead of waiting forever', async () => {
    const { controller, ports } = setup();
    vi.mocked(ports.tabUrl).mockResolvedValue(undefined);
    vi.mocked(ports.injectContentScript).mockResolvedValueOnce(false);
    expect(await controller.tabState(4, true)).toEqual({ state: 'restricted', url: '' });
  });

  it('is "restricted" when the script ran in a browser page whose URL was hidden (Firefox on about:blank)', async () => {
    const { controller, ports } = setup();
    vi.mocked(ports.tabUrl).mockResolvedValue(undefined);
    const waiting = controller.tabState(4, true);
    await flush();
    await controller.pageExtracted(4, 'about:blank', { status: 'not-article', url: 'about:blank', title: '' });
    expect(await waiting).toEqual({ state: 'restricted', url: 'about:blank' });
  });

  it('asks again after "no access", since the user may have granted access since', async () => {
    const { controller, ports } = setup();
    vi.mocked(ports.injectContentScript).mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    expect((await controller.tabState(1, false)).state).toBe('no-access');
    expect(await controller.tabState(1, false)).toEqual({ state: 'analysing' });
    expect(ports.injectContentScript).toHaveBeenCalledTimes(2);
  });

  it('treats the browser refusing a chrome:// page as restricted, when the URL itself is hidden', async () => {
    const { controller, ports } = setup();
    vi.mocked(ports.tabUrl).mockResolvedValue(undefined);
    vi.mocked(ports.injectContentScript).mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect((await controller.tabState(1, false)).state).toBe('restricted');
  });

  it('reports restricted pages without injecting', async () => {
    const { controller, ports } = setup('chrome://settings');
    expect(await controller.tabState(1, true)).toEqual({ state: 'restricted', url: 'chrome://settings' });
    expect(ports.injectContentScript).not.toHaveBeenCalled();
  });

  it('reports no access when injection is refused', async () => {
    const { controller, ports } = setup();
    vi.mocked(ports.injectContentScript).mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await controller.tabState(1, true)).toEqual({ state: 'no-access', reason: 'Cannot access contents of the page' });
  });
});

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions', true],
    ['about:addons', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['view-source:https://example.org', true],
    ['https://www.rferl.org/a/1', false],
    ['http://127.0.0.1:8000/a', false],
  ])('%s -> %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));
});

describe('sender checks', () => {
  const id = 'ext-id';
  const origin = 'chrome-extension://ext-id/';
  it('accepts only top-frame content scripts of this extension for extraction results', () => {
    expect(isOwnContentScript({ id, url: 'https://a.org/', tab: { id: 1 }, frameId: 0 }, id, origin)).toBe(true);
    expect(isOwnContentScript({ id, url: 'https://a.org/', tab: { id: 1 }, frameId: 3 }, id, origin)).toBe(false);
    expect(isOwnContentScript({ id: 'other', url: 'https://a.org/', tab: { id: 1 }, frameId: 0 }, id, origin)).toBe(false);
    expect(isOwnContentScript({ id, url: `${origin}popup.html`, tab: { id: 1 }, frameId: 0 }, id, origin)).toBe(false);
  });
  it('accepts only its own extension pages for tab-state requests', () => {
    expect(isOwnExtensionPage({ id, url: `${origin}popup.html` }, id, origin)).toBe(true);
    expect(isOwnExtensionPage({ id, url: 'https://a.org/', tab: { id: 1 } }, id, origin)).toBe(false);
  });
});
