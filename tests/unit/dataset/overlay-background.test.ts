import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OVERLAY_STORAGE_KEY } from '@/lib/dataset/overlay';
import { overlayStoragePort } from '@/lib/storage/overlay-port';
import { fakeIndexedDb } from '../storage/fake-indexeddb';
import { outlet } from './importers.samples';

/** The background entrypoint on fake-browser: the overlay in storage.local reaches the index, and changes rebuild it. */

const HOST = 'overlay-only.example';

/** A page snapshot as the content script sends it: enough text for Readability to call it an article. */
function snapshotOf(url: string) {
  const paragraph = '<p>Officials described a week of talks that ran late into the night, with drafts traded on corridors, exchanges and the monitoring of a line both sides accuse the other of breaking.</p>';
  return { url, html: `<html lang="en"><head><title>T</title></head><body><article>${paragraph.repeat(6)}</article></body></html>` };
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
  type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  const send = (message: unknown, sender: object) =>
    new Promise<unknown>((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender as unknown as Sender, resolve));
  // The popup asks first (which injects the content script), then the script's snapshot arrives and is read here.
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  expect(await send({ type: 'sourcelight/get-tab-state', tabId: id, wait: false }, popup)).toEqual({ state: 'analysing' });
  const reply = await send({ type: 'sourcelight/page-snapshot', result: { status: 'ok', snapshot: snapshotOf(url) } }, { id: fakeBrowser.runtime.id, tab: { id }, frameId: 0, url });
  expect((reply as { paragraphs: string[] }).paragraphs[0]).toMatch(/^Officials described/);
  const state = (await send({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }, popup)) as { state: string; analysis?: { outlet: { id: string; name: string } | null } };
  expect(state.state).toBe('ready');
  return state.analysis!.outlet;
}

const idb = fakeIndexedDb();
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
    // Injecting the content script succeeds; the test then sends what that script would.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => [{ frameId: 0, documentId: 'd', result: null }] as never);
    // Every tab shows the page its content script reports (fake-browser has no tabs of its own).
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url: `https://www.${HOST}/a/1.html` }) as never);
    // fake-browser has no tabs.onReplaced (Chromium's prerendered pages): nothing here swaps tabs.
    vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [OVERLAY_STORAGE_KEY]: overlayWith('Overlay Only News') });
    // The overlay lives in IndexedDB now; one left in storage.local by an earlier version is still read.
    vi.stubGlobal('indexedDB', idb);
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

  it('reloads an overlay the options page writes to IndexedDB (the revision in storage.local tells it)', async () => {
    await overlayStoragePort(idb, fakeBrowser.storage.local).set(OVERLAY_STORAGE_KEY, overlayWith('Stored In IndexedDB'));
    await settle();
    expect(await outletFor()).toMatchObject({ name: 'Stored In IndexedDB' });
  }, 30_000);
});
