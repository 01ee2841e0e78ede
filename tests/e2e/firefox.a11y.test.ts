import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focusableControls, tabThrough } from './a11y';
import { DEMO, NOT_ARTICLE_FILE, outputPath, readPopup } from './common';
import { expectRevealStepsThroughSource } from './demo-checks';
import { colourScheme, launchFirefox, type FirefoxHarness, type PageGlobals } from './firefox-harness';

/**
 * Firefox ESR: the options page's switch really asks for access to all sites (a trusted click; the permission
 * doorhanger is accepted by pref) and saves it; with that access the popup analyses the demo article; axe-core finds
 * no violation in the options page and the popup (article and status message); the Tab key reaches every option in order;
 * and clicking a source in the popup flashes it in the article. Puppeteer's BiDi pages have no `prefers-color-scheme`
 * emulation, so the dark theme gets a Firefox of its own, started with the content colour-scheme pref set to dark.
 */

let firefox: FirefoxHarness;
let options: Page;

/** The user turns inline annotations on in the options page: a trusted click on the switch. */
async function turnAnnotationsOn(page: Page): Promise<void> {
  await page.bringToFront();
  await page.click('[data-testid="annotate-everywhere"]');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="annotate-everywhere"]')?.checked === true, { timeout: 10_000 });
}

async function openOptions(harness: FirefoxHarness): Promise<Page> {
  const page = await harness.extensionPage('options.html');
  await page.bringToFront();
  await page.waitForSelector('[data-testid="annotate-everywhere"]:not([disabled])');
  return page;
}

const settingsStored = () =>
  options.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.storage.local.get('settings')).settings as { annotations: { everywhere: boolean } } | undefined);
const allSitesGranted = () => options.evaluate(() => (globalThis as unknown as PageGlobals).browser.permissions.contains({ origins: ['*://*/*'] }));

describe('Firefox: options page, accessibility and reveal', () => {
  beforeAll(async () => {
    firefox = await launchFirefox({ prefs: colourScheme('light') });
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
    article = await firefox.openFixture(DEMO.file);
    popup = await firefox.popupFor(article.tabId);
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

  it('"Show in the article" steps through a source’s statements in the article, without changing its DOM', async () => {
    const state = await firefox.backgroundState(article.tabId);
    expect(state.state).toBe('ready');
    await expectRevealStepsThroughSource(popup, article.page, state.state === 'ready' ? state.analysis.attributions : []);
  });

  it('a status message in the popup (not an article) has no axe violation', async () => {
    const { tabId } = await firefox.openFixture(NOT_ARTICLE_FILE);
    const status = await firefox.popupFor(tabId);
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
  let dark: FirefoxHarness;

  beforeAll(async () => {
    dark = await launchFirefox({ prefs: colourScheme('dark') });
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
    const { tabId } = await dark.openFixture(DEMO.file);
    const popup = await dark.popupFor(tabId);
    expect((await readPopup(popup)).state).toBe('ready');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: outputPath('firefox-popup-dark.png'), fullPage: true });
  });
});
