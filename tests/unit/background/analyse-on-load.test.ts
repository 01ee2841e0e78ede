import { describe, expect, it, vi } from 'vitest';
import { analyseOnLoad, type AnalyseOnLoadPorts } from '@/lib/background/analyse-on-load';
import { BackgroundController, type BackgroundPorts, type CachedTab } from '@/lib/background/controller';
import type { ExtractedPage } from '@/lib/model/page';
import { testIndex, testOutlet } from '../dataset-fixture';

const URL_A = 'https://www.rferl.org/a/1.html';

function ports(granted: readonly string[], annotated: readonly string[] = []) {
  const analysed: number[] = [];
  const value: AnalyseOnLoadPorts = {
    hasHostAccess: async (pattern) => granted.includes(pattern),
    readOnLoad: async (origin) => annotated.includes(origin),
    analyse: async (tabId) => void analysed.push(tabId),
  };
  return { value, analysed };
}

describe('analysis at page load', () => {
  it('analyses a page of a site the reader granted', async () => {
    const { value, analysed } = ports(['https://www.rferl.org/*']);
    expect(await analyseOnLoad(value, 4, URL_A)).toBe('analysed');
    expect(analysed).toEqual([4]);
  });

  it('leaves alone a site without access, browser pages, and a tab whose address is hidden', async () => {
    const { value, analysed } = ports(['https://www.rferl.org/*']);
    expect(await analyseOnLoad(value, 4, 'https://www.bbc.co.uk/news/1')).toBe('no-access');
    expect(await analyseOnLoad(value, 4, 'chrome://extensions/')).toBe('not-web');
    expect(await analyseOnLoad(value, 4, 'https://chromewebstore.google.com/detail/x')).toBe('not-web');
    expect(await analyseOnLoad(value, 4, undefined)).toBe('not-web');
    expect(analysed).toEqual([]);
  });

  it('does not read an annotated site a second time: its registered script reads the page on load', async () => {
    const { value, analysed } = ports(['https://www.rferl.org/*'], ['https://www.rferl.org']);
    expect(await analyseOnLoad(value, 4, URL_A)).toBe('annotated');
    expect(analysed).toEqual([]);
  });

  it('never rejects when a port fails (the tab closed meanwhile)', async () => {
    const { value } = ports(['https://www.rferl.org/*']);
    value.analyse = async () => Promise.reject(new Error('No tab with id: 4'));
    expect(await analyseOnLoad(value, 4, URL_A)).toBe('no-access');
  });

  it('with the controller: the popup opened after the load gets the analysis at once, and the page is read once', async () => {
    const stored = new Map<number, CachedTab>();
    const background: BackgroundPorts = {
      injectContentScript: vi.fn(async () => {}),
      tabUrl: async () => URL_A,
      save: async (tabId, entry) => void (entry ? stored.set(tabId, entry) : stored.delete(tabId)),
      load: async (tabId) => stored.get(tabId) ?? null,
      clearAll: async () => stored.clear(),
    };
    const controller = new BackgroundController(() => testIndex([testOutlet('rferl', ['rferl.org'])]), background);
    const { value } = ports(['https://www.rferl.org/*']);
    value.analyse = (tabId) => controller.tabState(tabId, false);
    expect(await analyseOnLoad(value, 9, URL_A)).toBe('analysed');
    const page: ExtractedPage = {
      url: URL_A, canonicalUrl: null, title: 'T', byline: null, siteName: null, lang: 'en', publishedTime: null, publisher: null,
      paragraphs: ['Text.'], wordCount: 1, readerable: true, claimReviews: [],
    };
    await controller.pageExtracted(9, URL_A, { status: 'ok', page });

    const shown = await controller.tabState(9, true);
    expect(shown.state === 'ready' && shown.analysis.outlet?.id).toBe('rferl');
    expect(background.injectContentScript).toHaveBeenCalledTimes(1);
    // A second load event for the same page (a reload is forgotten first) reuses the answer.
    await analyseOnLoad(value, 9, URL_A);
    expect(background.injectContentScript).toHaveBeenCalledTimes(1);
    // The tab closes: nothing is kept about it.
    await controller.forget(9);
    expect(stored.size).toBe(0);
  });
});
