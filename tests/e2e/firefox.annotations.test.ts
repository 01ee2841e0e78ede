import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { axeViolations, readHighlights, SWITCH, tabToControl, waitForAnnotations } from './annotations';
import { DEMO, FIREFOX_BUILD, FIREFOX_PATH, FIXTURES, outputPath, readPopup, requireBrowser, requireBuild } from './common';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Inline annotations in Firefox ESR over WebDriver BiDi. As in firefox.test.ts, the optional host permission
 * is granted by a trusted click in an extension page (`extensions.webextOptionalPermissionPrompts: false`
 * accepts the prompt headless Firefox cannot show), and the popup is opened as a page for the article's tab
 * (`popup.html?tab=<id>`), since BiDi cannot click the toolbar button.
 */

const GECKO_ID = 'sourcelight@sourcelight.dev';
const UUID = '0d6c2f7e-5a1b-4c39-8e27-3f9b1a6d4c52';
const EXT_ORIGIN = `moz-extension://${UUID}`;
/** Read as `globalThis.browser` in evaluate callbacks: a bare `browser` would be rewritten by WXT's auto-import. */
type PageGlobals = { browser: typeof browser };

let server: FixtureServer;
let firefox: Browser;
let control: Page;

async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`${EXT_ORIGIN}/${path}`, { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 15_000 }, EXT_ORIGIN);
}

const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as PageGlobals).browser.tabs.query({})).map((t) => t.id ?? -1));

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds();
  const page = await firefox.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  expect((await page.goto(server.url(DEMO.file), { waitUntil: 'load' }))?.status()).toBe(200);
  const added = (await tabIds()).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return { page, tabId: added[0]! };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await firefox.newPage();
  await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  expect((await readPopup(popup)).state).toBe('ready');
  await popup.waitForSelector(`${SWITCH}:not([disabled])`);
  return popup;
}

describe('Firefox: inline annotations', () => {
  beforeAll(async () => {
    requireBrowser(FIREFOX_PATH, 'firefox-esr');
    requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
    server = await startFixtureServer(FIXTURES);
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    expect(await firefox.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
    control = (await firefox.pages())[0] ?? (await firefox.newPage());
    await openExtensionPage(control, 'popup.html');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  let article: { page: Page; tabId: number };
  let analysis: Extract<TabState, { state: 'ready' }>['analysis'];
  let baseline: string[] = [];

  it('the reader grants host access; annotations stay off until the switch is used', async () => {
    await control.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'Allow';
      button.addEventListener('click', () => {
        void (globalThis as unknown as PageGlobals).browser.permissions
          .request({ origins: ['*://*/*'] })
          .then((granted) => (document.body.dataset.granted = String(granted)));
      });
      document.body.prepend(button);
    });
    await control.click('#grant');
    await control.waitForFunction(() => document.body.dataset.granted === 'true', { timeout: 10_000 });

    article = await openArticle();
    const popup = await popupFor(article.tabId);
    expect(await popup.$eval(SWITCH, (el) => (el as HTMLInputElement).checked)).toBe(false);
    const state = await popup.evaluate(
      (id) => (globalThis as unknown as PageGlobals).browser.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }) as Promise<TabState>,
      article.tabId,
    );
    if (state.state !== 'ready') throw new Error(`no analysis: ${state.state}`);
    analysis = state.analysis;
    expect(await readHighlights(article.page)).toEqual({ source: [], claim: [], flash: [], hosts: 0 });
    baseline = await axeViolations(article.page); // the article's own findings, before any annotation

    await popup.click(SWITCH);
    await popup.waitForSelector(`${SWITCH}:checked:not([disabled])`, { timeout: 10_000 });
    expect(await popup.$('.annotate-error')).toBeNull();
    await popup.close();
  });

  it('highlights every source and claim in the page, with one host element', async () => {
    await waitForAnnotations(article.page, true);
    const drawn = await readHighlights(article.page);
    expect(drawn.source).toHaveLength(analysis.attributions.length);
    expect(drawn.claim).toHaveLength(analysis.claims.length);
    expect(drawn.source.some((text) => text.includes('Antonov'))).toBe(true);
    expect(drawn.hosts).toBe(1);
  });

  it('keyboard: Tab reaches the control and ArrowDown steps to the first annotation in reading order', async () => {
    const { page } = article;
    await page.bringToFront();
    await tabToControl(page);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000 });
    const first = analysis.attributions.reduce((a, b) => (b.paragraph < a.paragraph || (b.paragraph === a.paragraph && b.start < a.start) ? b : a));
    expect((await readHighlights(page)).flash).toEqual([first.text.replace(/\s+/g, ' ').trim()]);
    await page.screenshot({ path: outputPath('firefox-annotated-page.png') });

    // The card's text is not asserted here: it sits in a closed shadow root, and Firefox over BiDi gives no
    // accessibility tree to read it from (the Chromium test reads it). The screenshot shows it.
    await page.keyboard.press('Escape');
  });

  it('axe-core finds nothing new on the annotated page, and nothing on the annotations host', async () => {
    expect(baseline.length).toBeGreaterThan(0); // the fixture's own findings prove axe ran
    expect(await axeViolations(article.page)).toEqual(baseline);
    expect(await axeViolations(article.page, 'sourcelight-annotations')).toEqual([]);
  });

  it('a page of the site opened later is annotated on load, without the popup', async () => {
    const later = await openArticle();
    await waitForAnnotations(later.page, true);
    expect((await readHighlights(later.page)).source).toHaveLength(analysis.attributions.length);
    await later.page.close();
  });

  it('turning the switch off removes the highlights and the host', async () => {
    const popup = await popupFor(article.tabId);
    expect(await popup.$eval(SWITCH, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await popup.click(SWITCH);
    await popup.waitForSelector(`${SWITCH}:not(:checked):not([disabled])`, { timeout: 10_000 });
    await waitForAnnotations(article.page, false);
    expect(await readHighlights(article.page)).toEqual({ source: [], claim: [], flash: [], hosts: 0 });
    await popup.close();
  });
});
