import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_CSP, CORPUS_DIR, CORPUS_PREFIX, corpusSample, hostsNamedIn, nonLoopback, readPopup } from './common';
import { CHROMIUM_OWN_HOSTS, launchChromium, type ChromiumHarness } from './chromium-harness';

/**
 * Real saved news and blog pages (every 9th page of the shared corpus: 14 pages, from 1 kB to 0.9 MB, news
 * articles, blog posts and test pages that are not articles) in Chromium, each opened with the real toolbar popup: the popup settles to a
 * sensible answer, and the extension contacts nothing off the machine across all of them.
 */

const PAGES = corpusSample(9);
const settled = new Map<string, string>();
let chromium: ChromiumHarness;

describe('Chromium: corpus pages', () => {
  beforeAll(async () => {
    chromium = await launchChromium({ mounts: { [CORPUS_PREFIX]: CORPUS_DIR }, headers: { [CORPUS_PREFIX]: { 'content-security-policy': CORPUS_CSP } } });
  });

  afterAll(async () => {
    console.info(`corpus states: ${[...settled].map(([name, state]) => `${name}=${state}`).join(', ')}`);
    await chromium?.close();
  });

  it('has a varied sample', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(14);
  });

  it('a content script request to another origin reaches the recording proxy despite the page CSP', async () => {
    const page = await chromium.openPage(`${CORPUS_PREFIX}${PAGES[0]}/source.html`, { watch: false });
    const popup = await chromium.clickAction(page);
    await readPopup(popup);
    const realm = page.extensionRealms().find((r) => r.origin === `chrome-extension://${chromium.extension.id}`);
    expect(realm).toBeDefined();
    // localhost is another origin than the page's 127.0.0.1, so the page's `connect-src 'self'` would block it.
    const probe = `http://localhost:${chromium.server.port}/content-script-probe`;
    await realm!.evaluate((url) => fetch(url).then(() => undefined, () => undefined), probe);
    expect(chromium.server.requests.some((r) => r.url === probe && r.via === 'proxy')).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it.each(PAGES)('%s: the popup settles (ready, not an article or too large; never analysing or failed)', async (name) => {
    const page = await chromium.openPage(`${CORPUS_PREFIX}${name}/source.html`, { watch: false });
    const popup = await chromium.clickAction(page);
    const rendered = await readPopup(popup, 45_000);
    settled.set(name, rendered.state);
    expect(['ready', 'not-article', 'too-large']).toContain(rendered.state);
    if (rendered.state === 'ready') expect(rendered.title).toBeTruthy();
    await Promise.all([popup.close(), page.close()]);
  });

  it('across all of them the extension contacted only this machine', () => {
    expect(settled.size).toBe(PAGES.length);
    // Service worker (every instance) and popups, strictly.
    expect(nonLoopback(chromium.cdpRequests)).toEqual([]);
    // The whole browser, through the proxy: besides Chromium's own start-up services, only hosts the pages
    // themselves name (requests the CSP does not govern, such as preconnects) may appear.
    const named = new Set(PAGES.flatMap((name) => [...hostsNamedIn(name)]));
    const offMachine = nonLoopback(chromium.server.requests).filter((r) => !CHROMIUM_OWN_HOSTS.has(r.host));
    console.info(`off-machine requests named by the pages themselves: ${offMachine.length} (${[...new Set(offMachine.map((r) => `${r.via} ${r.host}`))].join(", ")})`);
    expect(offMachine.filter((r) => !named.has(r.host))).toEqual([]);
  });
});
