import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_CSP, CORPUS_DIR, CORPUS_PREFIX, corpusSample, hostsNamedIn, nonLoopback, readPopup } from './common';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * A smaller sample of the shared corpus (every 25th page: 5 pages) in Firefox, after the user granted the
 * optional host permission: each popup settles to a sensible answer, and the whole browser, whose every
 * request goes through the recording proxy, contacts nothing off the machine beyond what the pages name.
 */

const PAGES = corpusSample(25);
const settled = new Map<string, string>();
let firefox: FirefoxHarness;

describe('Firefox: corpus pages', () => {
  beforeAll(async () => {
    firefox = await launchFirefox({ mounts: { [CORPUS_PREFIX]: CORPUS_DIR }, headers: { [CORPUS_PREFIX]: { 'content-security-policy': CORPUS_CSP } } });
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    console.info(`corpus states: ${[...settled].map(([name, state]) => `${name}=${state}`).join(', ')}`);
    await firefox?.close();
  });

  it.each(PAGES)('%s: the popup settles (ready, not an article or too large; never analysing or failed)', async (name) => {
    const { page, tabId } = await firefox.openFixture(`${CORPUS_PREFIX}${name}/source.html`);
    const popup = await firefox.popupFor(tabId);
    const rendered = await readPopup(popup, 45_000);
    settled.set(name, rendered.state);
    expect(['ready', 'not-article', 'too-large']).toContain(rendered.state);
    await Promise.all([popup.close(), page.close()]);
  });

  it('across all of them the browser contacted only this machine and hosts the pages name', async () => {
    expect(settled.size).toBe(PAGES.length);
    // The recorder is on the extension's path: a request from an extension page reaches it.
    const probe = firefox.server.url('recorder-self-check');
    await firefox.loadImageFromExtension(probe);
    await expect.poll(() => firefox.server.requests.some((r) => r.via === 'proxy' && r.url === probe)).toBe(true);
    const named = new Set(PAGES.flatMap((name) => [...hostsNamedIn(name)]));
    const offMachine = nonLoopback(firefox.server.requests);
    console.info(`off-machine requests named by the pages themselves: ${offMachine.length} (${[...new Set(offMachine.map((r) => `${r.via} ${r.host}`))].join(", ")})`);
    expect(offMachine.filter((r) => !named.has(r.host))).toEqual([]);
  });
});
