import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focusableControls, setColourScheme, tabThrough } from './a11y';
import { DEMO, NOT_ARTICLE_FILE, outputPath, readPopup } from './common';
import { launchChromium, type ChromiumHarness } from './chromium-harness';

/**
 * Accessibility in Debian Chromium: axe-core finds no violation in the popup (an analysed article and a status
 * message) or the options page, in the light and the dark theme; the Tab key reaches every control with a
 * visible focus ring. Also the toolbar badge the analysis sets. Screenshots go to test-output/ (popup-light.png,
 * popup-dark.png, popup-sources-light.png and options-light.png are the ones copied by hand to docs/ for the README).
 */

declare const chrome: typeof browser;

let chromium: ChromiumHarness;

/** axe in both themes, with a screenshot of each. */
async function checkThemes(page: Page, name: string, fullPage = false): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await setColourScheme(page, scheme);
    expect(await axeViolations(page), `${name}, ${scheme}`).toEqual([]);
    await page.screenshot({ path: outputPath(`${name}-${scheme}.png`), fullPage });
  }
  await setColourScheme(page, 'light');
}

describe('Chromium: accessibility of the popup and the options page', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  let articleTabId = -1;

  it('the popup on the demo article has no axe violation, light or dark', async () => {
    const page = await chromium.openPage(DEMO.file);
    const popup = await chromium.clickAction(page);
    expect((await readPopup(popup)).state).toBe('ready');
    articleTabId = await chromium.tabIdOf(popup, page.url());
    expect(articleTabId).toBeGreaterThanOrEqual(0);
    // A source's statements expanded, so axe also reads them.
    expect(await popup.evaluate(() => {
      const many = [...document.querySelectorAll<HTMLDetailsElement>('section.sources details.statements')].find((d) => d.querySelectorAll('.statement').length > 1);
      if (many) many.open = true;
      return !!many;
    })).toBe(true);
    await checkThemes(popup, 'popup');
  });

  it('screenshots the "who is quoted" section, a source with several statements opened (docs/popup-sources.png)', async () => {
    // A tall window, so the whole section is inside it: Chromium repeats the page when a clip goes beyond it.
    const popup = await chromium.browser.newPage();
    await popup.setViewport({ width: 380, height: 2400 });
    await popup.goto(`chrome-extension://${chromium.extension.id}/popup.html?tab=${articleTabId}`);
    expect((await readPopup(popup)).state).toBe('ready');
    await popup.evaluate(() => {
      const many = [...document.querySelectorAll<HTMLDetailsElement>('section.sources details.statements')].find((d) => d.querySelectorAll('.statement').length > 1);
      if (many) many.open = true;
    });
    for (const scheme of ['light', 'dark'] as const) {
      await setColourScheme(popup, scheme);
      const box = (await (await popup.$('section.sources'))!.boundingBox())!;
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 820, 2400 - box.y) };
      await popup.screenshot({ path: outputPath(`popup-sources-${scheme}.png`), clip });
    }
    await popup.close();
  });

  it('the toolbar badge shows the outlet’s funding model for that tab, with its meaning as the tooltip', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`chrome-extension://${chromium.extension.id}/options.html`);
    const badge = await page.evaluate(async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
      colour: await chrome.action.getBadgeBackgroundColor({ tabId }),
      other: await chrome.action.getBadgeText({}),
    }), articleTabId);
    // RFE/RL is funded by the US government behind a legal firewall.
    expect(badge.text).toBe('GOV');
    expect(badge.title).toBe('Sourcelight: Radio Free Europe/Radio Liberty. Funded by the US government; editorially independent by law');
    expect(badge.colour).toEqual([0x8a, 0x4b, 0x00, 255]);
    expect(badge.other).toBe(''); // other tabs keep a plain button
    await page.close();
  });

  it('a status message in the popup (not an article) has no axe violation, light or dark, and clears no other badge', async () => {
    const page = await chromium.openPage(NOT_ARTICLE_FILE);
    const popup = await chromium.clickAction(page);
    expect((await readPopup(popup)).state).toBe('not-article');
    await checkThemes(popup, 'popup-not-article');
    const tabId = await chromium.tabIdOf(popup, page.url());
    expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  });

  it('the Tab key reaches every control of the popup in order, each with a visible focus ring', async () => {
    const popup = await chromium.browser.newPage();
    await popup.setViewport({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${chromium.extension.id}/popup.html?tab=${articleTabId}`);
    expect((await readPopup(popup)).state).toBe('ready');
    const stops = await tabThrough(popup);
    expect(stops.map((s) => s.name)).toEqual(await focusableControls(popup));
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.ringVisible)).toEqual([]);
    await popup.close();
  });

  describe('options page', () => {
    let options: Page;

    beforeAll(async () => {
      options = await chromium.browser.newPage();
      await options.setViewport({ width: 900, height: 900 });
      await options.goto(`chrome-extension://${chromium.extension.id}/options.html`);
      // A reader who has made choices for two sites and imported a small overlay.
      await options.evaluate(async () => {
        await chrome.storage.local.set({
          settings: { version: 1, annotations: { everywhere: false, sites: { 'https://apnews.com': true, 'https://www.rt.com': false } } },
        });
      });
      await options.reload();
      await options.waitForSelector('li.site');
    });

    it('has no axe violation, light or dark', async () => {
      await checkThemes(options, 'options', true);
    });

    it('the Tab key reaches every control in order, each with a visible focus ring', async () => {
      const stops = await tabThrough(options);
      const controls = await focusableControls(options);
      expect(stops.map((s) => s.name)).toEqual(controls);
      // The switch, two sites (switch + remove each), the add-site field and button, the toolbar choice, import and export.
      expect(controls.length).toBeGreaterThanOrEqual(10);
      expect(stops.filter((s) => !s.ringVisible)).toEqual([]);
    });

    it('"add a site" works from the keyboard and ties a refusal to the field', async () => {
      await options.focus('[data-testid="add-site-input"]');
      await options.keyboard.type('not a site');
      await options.keyboard.press('Enter');
      await options.waitForSelector('#add-site-error');
      const field = await options.$eval('[data-testid="add-site-input"]', (el) => ({
        invalid: el.getAttribute('aria-invalid'),
        describedBy: el.getAttribute('aria-describedby'),
        focused: document.activeElement === el,
      }));
      expect(field).toEqual({ invalid: 'true', describedBy: 'add-site-help add-site-error', focused: true });
      expect(await options.$eval('#add-site-error', (el) => el.textContent)).toBe('“not a site” is not a site address.');
      expect(await axeViolations(options)).toEqual([]);
    });

    it('a site is switched off with Space and removed with Enter, and focus stays in the section', async () => {
      const stored = () => options.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { annotations: { sites: Record<string, boolean> } });
      await options.focus('li.site[data-origin="https://apnews.com"] input[role="switch"]');
      await options.keyboard.press('Space');
      await expect.poll(async () => (await stored()).annotations.sites).toEqual({ 'https://apnews.com': false, 'https://www.rt.com': false });
      await options.waitForFunction(() => !document.querySelector('.annotations-panel [aria-disabled="true"]'));
      expect(await options.evaluate(() => document.activeElement?.closest('li.site')?.getAttribute('data-origin'))).toBe('https://apnews.com');

      await options.focus('li.site[data-origin="https://www.rt.com"] button');
      await options.keyboard.press('Enter');
      await options.waitForFunction(() => !document.querySelector('li.site[data-origin="https://www.rt.com"]'));
      expect((await stored()).annotations.sites).toEqual({ 'https://apnews.com': false });
      expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('add-site-input');
    });
  });
});
