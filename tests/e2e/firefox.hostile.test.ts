import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonLoopback, readPopup } from './common';
import { GECKO_ID, launchFirefox, type FirefoxHarness } from './firefox-harness';
import { HOSTILE, eavesdropperPath, expectInvisibleCharactersKept, expectXssShownAsText, pageTraces, recordDialogs, sentinelRequests, whatThePageSaw } from './hostile-checks';

/**
 * The hostile fixtures in real Firefox, page scripts ON, after the user granted the optional host permission,
 * read through `popup.html?tab=<id>`: no payload runs, page text is shown as text, the page's tampering does
 * not break the extension, and floods settle. Every request of the browser goes through the recording proxy.
 */

let firefox: FirefoxHarness;
const dialogs: string[] = [];

async function openWithPopup(file: string) {
  const { page, tabId } = await firefox.openFixture(file);
  recordDialogs(page, dialogs);
  const popup = await firefox.popupFor(tabId);
  recordDialogs(popup, dialogs);
  return { page, popup, tabId, rendered: await readPopup(popup, 60_000) };
}

describe('Firefox: hostile pages', () => {
  beforeAll(async () => {
    firefox = await launchFirefox();
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('quotes-xss: markup in quotes and JSON-LD is shown as text; no payload runs in the page or the popup', async () => {
    const { page, popup, rendered } = await openWithPopup(HOSTILE.xss);
    expect((await pageTraces(page)).own).toEqual(expect.arrayContaining(['img onerror', 'inline script']));
    await expectXssShownAsText(popup, rendered);
    await expectInvisibleCharactersKept(popup);
    expect((await pageTraces(page)).pwned).toBeNull();
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  it('eavesdropper: reading the page leaves no trace the page can observe (no messages, events or DOM changes)', async () => {
    const { page, popup, rendered } = await openWithPopup(eavesdropperPath(GECKO_ID));
    expect(rendered.state).toBe('ready');
    expect(rendered.sources).toBeGreaterThan(0);
    expect(await whatThePageSaw(page)).toEqual({ messages: [], mutations: [], events: [] });
    await Promise.all([page.close(), popup.close()]);
  });

  it("prototype-tamper: the page's redefined built-ins neither break the extension nor get called by it", async () => {
    const { page, tabId } = await firefox.openFixture(HOSTILE.tamper);
    const calls = () => page.evaluate(() => (window as unknown as { __sourcelightTampered?: unknown[] }).__sourcelightTampered?.length ?? 0);
    const before = await calls();
    const popup = await firefox.popupFor(tabId);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('ready');
    expect(rendered.text).toContain('Maria Lopez');
    expect(rendered.text).not.toContain('tampered');
    expect(await calls()).toBe(before);
    expect(await page.evaluate(() => CSS.escape('a<b'))).toBe('a<b');
    await Promise.all([page.close(), popup.close()]);
  });

  it('postmessage-flood: forged protocol messages never reach the analysis', async () => {
    const { page, popup, tabId, rendered } = await openWithPopup(HOSTILE.postMessageFlood);
    expect(rendered.state).toBe('ready');
    expect(rendered.text).not.toMatch(/Forged analysis|evil\.example/);
    const state = await firefox.backgroundState(tabId);
    expect(state.state === 'ready' && state.analysis.url).toBe(page.url());
    await Promise.all([page.close(), popup.close()]);
  });

  it('no payload reached the network; the whole browser contacted only this machine', () => {
    expect(sentinelRequests(firefox.server.requests)).toEqual([]);
    expect(nonLoopback(firefox.server.requests)).toEqual([]);
  });
});
