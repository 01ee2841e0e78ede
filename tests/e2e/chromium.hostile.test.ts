import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonLoopback, readPopup } from './common';
import { backgroundState, launchChromium, type ChromiumHarness } from './chromium-harness';
import { HOSTILE, eavesdropperPath, expectInvisibleCharactersKept, expectXssShownAsText, flowsLeftToRight, pageTraces, recordDialogs, sentinelRequests, whatThePageSaw } from './hostile-checks';

/**
 * The hostile fixtures in real Chromium, page scripts ON, opened with the real toolbar popup: no payload runs
 * (in the page or the popup), page text is shown as text, the pages' own tampering does not break the
 * extension, and floods settle.
 */

let chromium: ChromiumHarness;
const dialogs: string[] = [];

async function openWithPopup(file: string) {
  const page = await chromium.openPage(file);
  recordDialogs(page, dialogs);
  const popup = await chromium.clickAction(page);
  recordDialogs(popup, dialogs);
  return { page, popup, rendered: await readPopup(popup, 60_000) };
}

describe('Chromium: hostile pages', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('quotes-xss: markup in quotes and JSON-LD is shown as text; no payload runs in the page or the popup', async () => {
    const { page, popup, rendered } = await openWithPopup(HOSTILE.xss);
    // The page's own scripts did run: this is a real browser with scripts on.
    expect((await pageTraces(page)).own).toEqual(expect.arrayContaining(['img onerror', 'inline script']));

    await expectXssShownAsText(popup, rendered);
    // JSON-LD ClaimReview text with markup, shown as text.
    expect(rendered.text).toContain(`<a href="javascript:window.__pwned='review text'">The corridor is open</a>`);

    // Reveal the quote that carries a payload: the content script highlights it without turning it into markup.
    const markupBefore = await page.evaluate(() => document.body.outerHTML);
    const row = await popup.waitForSelector('xpath///li[contains(@class,"source")][.//span[@class="speaker" and text()="Nadia Rahman"]]//button[contains(@class,"reveal")]');
    await row!.click();
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 10_000 });
    expect(await page.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString()).join(''))).toContain(
      'sentinel.sourcelight.invalid/quote-img',
    );
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(markupBefore);

    expect((await pageTraces(page)).pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(sentinelRequests(chromium.server.requests)).toEqual([]);
    await page.close();
  });

  it('quotes-xss: a right-to-left override and zero-width characters in page text do not reorder the popup around them', async () => {
    const { page, popup, rendered } = await openWithPopup(HOSTILE.xss);
    expect(rendered.state).toBe('ready');
    // The characters are kept verbatim (page data is not rewritten)...
    await expectInvisibleCharactersKept(popup);
    // ...and a ClaimReview author ending in an unterminated U+202E does not reverse the date shown after it.
    expect(await popup.$$eval('.review-meta span', (spans) => spans.map((s) => s.textContent ?? '').join('|'))).toContain('Fact Team \u202e');
    expect(await flowsLeftToRight(popup, '.page-review time')).toBe(true);
    // The check does see a leak: the same text in a plain paragraph reverses what follows it.
    await popup.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'leak-control';
      p.append(Object.assign(document.createElement('span'), { textContent: 'By Fact Team \u202e' }), Object.assign(document.createElement('time'), { textContent: '21 November 2026' }));
      document.body.append(p);
    });
    expect(await flowsLeftToRight(popup, '#leak-control time')).toBe(false);
    await page.close();
  });

  it("prototype-tamper: the page's redefined built-ins neither break the extension nor get called by it", async () => {
    const page = await chromium.openPage(HOSTILE.tamper);
    recordDialogs(page, dialogs);
    const calls = () => page.evaluate(() => (window as unknown as { __sourcelightTampered?: unknown[] }).__sourcelightTampered?.length ?? 0);
    const before = await calls();
    const popup = await chromium.clickAction(page);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe('Page that tampers with Array.prototype.map, JSON.parse, textContent and CSS.highlights');
    expect(rendered.text).toContain('Maria Lopez');
    expect(rendered.text).toContain('Ivan Petrov');
    expect(rendered.text).not.toContain('tampered');
    // Reveal works in the extension's own world even though the page replaced CSS.highlights and Highlight.
    await popup.click('.source-list .reveal');
    const realm = page.extensionRealms().find((r) => r.origin === `chrome-extension://${chromium.extension.id}`);
    expect(realm).toBeDefined();
    await realm!.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 10_000 });
    // The content script never called the page's versions, and the page keeps its own (fake CSS.escape).
    expect(await calls()).toBe(before);
    expect(await page.evaluate(() => CSS.escape('a<b'))).toBe('a<b');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('eavesdropper: reading the page leaves no trace the page can observe (no messages, events or DOM changes)', async () => {
    const { page, rendered } = await openWithPopup(eavesdropperPath(chromium.extension.id));
    expect(rendered.state).toBe('ready');
    expect(rendered.sources).toBeGreaterThan(0);
    expect(await whatThePageSaw(page)).toEqual({ messages: [], mutations: [], events: [] });
    await page.close();
  });

  it('postmessage-flood: 200,000 forged protocol messages never reach the analysis', async () => {
    const { page, popup, rendered } = await openWithPopup(HOSTILE.postMessageFlood);
    expect(rendered.state).toBe('ready');
    expect(rendered.title).toBe('Page that floods postMessage');
    expect(rendered.text).not.toMatch(/Forged analysis|evil\.example/);
    const tabId = await chromium.tabIdOf(popup, page.url());
    const state = await backgroundState(popup, tabId);
    expect(state.state === 'ready' && state.analysis.url).toBe(page.url());
    // The flood did run alongside.
    expect(await page.evaluate(() => (window as unknown as { __sourcelightFloodSent?: number }).__sourcelightFloodSent ?? 0)).toBeGreaterThan(0);
    await page.close();
  });

  it.each(HOSTILE.floods)('%s settles to an answer (never stuck analysing, never failed)', async (file) => {
    const { page, popup, rendered } = await openWithPopup(file);
    expect(['ready', 'not-article', 'too-large']).toContain(rendered.state);
    const state = await backgroundState(popup, await chromium.tabIdOf(popup, page.url()));
    expect(state.state).toBe(rendered.state);
    const size = JSON.stringify(state).length;
    const counts = state.state === 'ready' ? `${state.analysis.attributions.length} attributions, ${state.analysis.claims.length} claims` : state.state;
    console.info(`${file}: ${counts}, ${Math.round(size / 1024)} kB analysis`);
    await page.close();
  });

  it('no payload ever reached the network, and nothing but this machine was contacted by the extension', () => {
    expect(sentinelRequests(chromium.server.requests)).toEqual([]);
    expect(nonLoopback(chromium.cdpRequests)).toEqual([]);
    expect(chromium.workerErrors).toEqual([]);
  });
});
