import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractedPage } from '@/lib/model/page';
import { OVERLAY_STORAGE_KEY } from '@/lib/dataset/overlay';
import { outlet } from './importers.samples';

/** The background entrypoint on fake-browser: the overlay in storage.local reaches the index, and changes rebuild it. */

const HOST = 'overlay-only.example';

function page(url: string): ExtractedPage {
  return {
    url, canonicalUrl: null, title: 'T', byline: null, siteName: null, lang: 'en', publishedTime: null, publisher: null,
    paragraphs: ['Text.'], wordCount: 1, readerable: true, claimReviews: [],
  };
}

const overlayWith = (name: string) => ({
  schemaVersion: 1,
  importedAt: '2026-11-25T12:00:00.000Z',
  records: { outlets: [outlet('overlay-only', [HOST], { name })], entities: [], claims: [] },
});

let tabId = 100;
/** Sends a content script's extraction for a page on HOST and returns the outlet the analysis found. */
async function outletFor(): Promise<{ id: string; name: string } | null> {
  const url = `https://www.${HOST}/a/1.html`;
  const id = ++tabId;
  const reply = await new Promise<unknown>((resolve) => {
    const sender = { id: fakeBrowser.runtime.id, tab: { id }, frameId: 0, url };
    void fakeBrowser.runtime.onMessage.trigger(
      { type: 'sourcelight/page-extracted', result: { status: 'ok', page: page(url) } },
      sender as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
      resolve,
    );
  });
  const state = reply as { state: string; analysis?: { outlet: { id: string; name: string } | null } };
  expect(state.state).toBe('ready');
  return state.analysis!.outlet;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('background with the overlay', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    // fake-browser implements neither permission events nor content-script registration; the overlay path needs
    // neither, so they stand for a browser where no site was granted and nothing is registered.
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [], permissions: [] }));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
    // Every tab shows the page its content script reports (fake-browser has no tabs of its own).
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url: `https://www.${HOST}/a/1.html` }) as never);
    await fakeBrowser.storage.local.set({ [OVERLAY_STORAGE_KEY]: overlayWith('Overlay Only News') });
    const { default: background } = await import('@/entrypoints/background');
    background.main();
  }, 60_000);

  it('finds an outlet that exists only in the stored overlay', async () => {
    expect(await outletFor()).toMatchObject({ id: 'overlay-only', name: 'Overlay Only News' });
  }, 30_000);

  it('rebuilds the index when the overlay changes, and drops it when cleared', async () => {
    await fakeBrowser.storage.local.set({ [OVERLAY_STORAGE_KEY]: overlayWith('Renamed News') });
    await settle();
    expect(await outletFor()).toMatchObject({ name: 'Renamed News' });
    await fakeBrowser.storage.local.remove(OVERLAY_STORAGE_KEY);
    await settle();
    expect(await outletFor()).toBeNull();
  }, 30_000);
});
