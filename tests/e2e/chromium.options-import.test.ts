import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticReviews } from '../../scripts/bench-reviews';
import { launchChromium, type ChromiumHarness } from './chromium-harness';

/** Chromium's extension API as seen inside `evaluate` callbacks in extension pages. */
declare const chrome: typeof browser;

let chromium: ChromiumHarness;

describe('Chromium: importing a ClaimReview feed on the options page', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('stores the imported reviews in IndexedDB, not storage.local, and bumps the revision the background listens to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-feed-'));
    const feed = join(dir, 'feed.json');
    writeFileSync(feed, JSON.stringify({ '@type': 'DataFeed', dataFeedElement: syntheticReviews(2000) }));
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extension.id}/options.html`);
    const input = (await options.waitForSelector('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(feed);
    const storedClaims = () =>
      options.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('sourcelight', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('kv');
            open.onsuccess = () => {
              const get = open.result.transaction('kv', 'readonly').objectStore('kv').get('datasetOverlay');
              get.onsuccess = () => resolve((get.result as { records?: { claims?: unknown[] } } | undefined)?.records?.claims?.length ?? 0);
              get.onerror = () => resolve(-1);
            };
            open.onerror = () => resolve(-1);
          }),
      );
    await expect.poll(storedClaims, { timeout: 30_000, interval: 250 }).toBe(2000);
    const local = await options.evaluate(() => chrome.storage.local.get(null));
    expect('datasetOverlay' in local).toBe(false);
    expect(typeof local['datasetOverlayRevision']).toBe('number');
    await options.close();
  });
});
