import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focusableControls, tabThrough } from './a11y';
import { DEMO, FIXTURES, NOT_ARTICLE_FILE, outputPath, readPopup } from './common';
import { launchFirefoxWithExtension, openExtensionPage, openTab, type PageGlobals } from './firefox-launch';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Firefox ESR: the options page's switch really asks for access to all sites (a trusted click; the permission
 * doorhanger is accepted by pref) and saves it; with that access the popup analyses the demo article; axe-core finds
 * no violation in the options page and the popup (article and status message); the Tab key reaches every option in order;
 * and clicking a source in the popup flashes it in the article. Puppeteer's BiDi pages have no `prefers-color-scheme`
 * emulation, so the dark theme gets a Firefox of its own, started with the content colour-scheme pref set to dark.
 */

let server: FixtureServer;
let firefox: Browser;
let options: Page;

/** `layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light. */
const colourScheme = (scheme: 'light' | 'dark') => ({ 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });

/** The user turns inline annotations on in the options page: a trusted click on the switch. */
async function turnAnnotationsOn(page: Page): Promise<void> {
  await page.bringToFront();
  await page.click('[data-testid="annotate-everywhere"]');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="annotate-everywhere"]')?.checked === true, { timeout: 10_000 });
}

async function openOptions(firefox: Browser): Promise<Page> {
  const page = (await firefox.pages())[0] ?? (await firefox.newPage());
  await openExtensionPage(page, 'options.html');
  await page.waitForSelector('[data-testid="annotate-everywhere"]:not([disabled])');
  return page;
}

async function openPopup(firefox: Browser, tabId: number): Promise<Page> {
  const popup = await firefox.newPage();
  await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

const settingsStored = () =>
  options.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.storage.local.get('settings')).settings as { annotations: { everywhere: boolean } } | undefined);
const allSitesGranted = () => options.evaluate(() => (globalThis as unknown as PageGlobals).browser.permissions.contains({ origins: ['*://*/*'] }));

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES);
});

afterAll(async () => {
  await server?.close();
});

describe('Firefox: options page, accessibility and reveal', () => {
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension(colourScheme('light'));
    options = await openOptions(firefox);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  // Headless Firefox's window never has system focus (document.hasFocus() is false), so :focus and
  // :focus-visible never match there; focus rings are checked in Chromium.
  it('the options page has no axe violation, and Tab reaches each control in order', async () => {
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: outputPath('firefox-options.png'), fullPage: true });
    const stops = await tabThrough(options);
    expect(stops.map((s) => s.name)).toEqual(await focusableControls(options));
    expect(stops.length).toBeGreaterThanOrEqual(4);
  });

  it('turning inline annotations on asks for access to all sites in the click, and saves the switch once granted', async () => {
    expect(await allSitesGranted()).toBe(false);
    await turnAnnotationsOn(options); // a trusted click: the user gesture permissions.request needs
    await expect.poll(settingsStored).toMatchObject({ annotations: { everywhere: true } });
    expect(await allSitesGranted()).toBe(true);
  });

  let article: { page: Page; tabId: number };
  let popup: Page;

  it('with that access the popup analyses the demo article and the badge shows the funding model, with no axe violation', async () => {
    article = await openTab(firefox, options, server.url(DEMO.file));
    popup = await openPopup(firefox, article.tabId);
    const rendered = await readPopup(popup);
    expect(rendered.state).toBe('ready');
    expect(rendered.outletId).toBe(DEMO.outletId);
    // The toolbar badge for that tab: RFE/RL is government-funded behind a legal firewall.
    const badge = await popup.evaluate(async (tabId) => {
      const action = (globalThis as unknown as PageGlobals).browser.action;
      return { text: await action.getBadgeText({ tabId }), colour: await action.getBadgeTextColor({ tabId }) };
    }, article.tabId);
    expect(badge).toEqual({ text: 'GOV', colour: [255, 255, 255, 255] });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: outputPath('firefox-popup-light.png'), fullPage: true });
  });

  it('clicking a source in the popup flashes that passage in the article, without changing its DOM', async () => {
    const markupBefore = await article.page.evaluate(() => document.body.outerHTML);
    const speaker = (await popup.$eval('.source-list .source .speaker', (el) => el.textContent ?? '')).trim();
    const said = await popup.evaluate(
      async (tabId) => {
        const state = await (globalThis as unknown as PageGlobals).browser.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId, wait: true });
        return (state as { analysis: { attributions: { speaker: string; text: string }[] } }).analysis.attributions;
      },
      article.tabId,
    );
    await popup.click('.source-list .reveal');
    await article.page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000 });
    const flashed = await article.page.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString()));
    expect(flashed).toHaveLength(1);
    expect(said.filter((a) => a.speaker === speaker).map((a) => a.text)).toContain(flashed[0]!.replace(/\s+/g, ' ').trim());
    expect(await article.page.evaluate(() => document.body.outerHTML)).toBe(markupBefore);
  });

  it('a status message in the popup (not an article) has no axe violation', async () => {
    const { tabId } = await openTab(firefox, options, server.url(NOT_ARTICLE_FILE));
    const status = await openPopup(firefox, tabId);
    expect((await readPopup(status)).state).toBe('not-article');
    expect(await axeViolations(status)).toEqual([]);
    await status.close();
  });

  it('turning inline annotations off saves off and gives the access back', async () => {
    await options.bringToFront();
    await options.click('[data-testid="annotate-everywhere"]');
    await expect.poll(settingsStored).toMatchObject({ annotations: { everywhere: false } });
    await expect.poll(allSitesGranted).toBe(false);
  });
});

describe('Firefox, dark theme: the options page and the popup', () => {
  let dark: Browser;

  beforeAll(async () => {
    dark = await launchFirefoxWithExtension(colourScheme('dark'));
  });

  afterAll(async () => {
    await dark?.close();
  });

  it('have no axe violation', async () => {
    const page = await openOptions(dark);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: outputPath('firefox-options-dark.png'), fullPage: true });
    await turnAnnotationsOn(page);
    const { tabId } = await openTab(dark, page, server.url(DEMO.file));
    const popup = await openPopup(dark, tabId);
    expect((await readPopup(popup)).state).toBe('ready');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: outputPath('firefox-popup-dark.png'), fullPage: true });
  });
});
