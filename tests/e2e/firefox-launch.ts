import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_PATH, requireBrowser, requireBuild } from './common';

/**
 * Firefox ESR over WebDriver BiDi with the built firefox-mv3 extension as a temporary add-on (see firefox.test.ts
 * for why each setting is there): a fixed extension UUID so its pages have a known address, system access so BiDi
 * may open them, and the optional-permission doorhanger accepted (headless Firefox cannot show it).
 */

export const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '6f1d5a3e-2b7c-4e8a-9d40-1c5b7e3f9a21';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

/** Inside `evaluate` callbacks the page's WebExtension API is `globalThis.browser` (a bare `browser` is rewritten by WXT). */
export type PageGlobals = { browser: typeof browser };

export async function launchFirefoxWithExtension(prefs: Record<string, unknown> = {}): Promise<Browser> {
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      ...prefs,
    },
  });
  const installed = await firefox.installExtension(FIREFOX_BUILD);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  return firefox;
}

/** BiDi never reports moz-extension navigations as finished: start it, then wait for the DOM. */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`${EXT_ORIGIN}/${path}`, { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 15_000 }, EXT_ORIGIN);
}

/** Every tab's id, asked from an extension page. */
export function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.tabs.query({})).map((t) => t.id ?? -1));
}

/** Opens `url` in a new tab and returns the page with the extension's id for that tab. */
export async function openTab(firefox: Browser, extensionPage: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(extensionPage);
  const page = await firefox.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const added = (await tabIds(extensionPage)).filter((id) => !before.includes(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  return { page, tabId: added[0]! };
}
