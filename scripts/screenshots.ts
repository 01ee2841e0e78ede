/**
 * Screenshots of every surface, light and dark, for docs/screenshots/ (referenced from the README):
 *   npm run build:chrome && npx tsx scripts/screenshots.ts
 * The built extension in headless Chromium (the e2e harness: fixture pages at their real addresses through the local
 * proxy, nothing fetched from the network), `prefers-color-scheme` emulated. For each surface and theme it also checks
 * that the theme applies (the page's background differs between the two) and that axe-core finds no violation in the
 * extension's pages, and nothing on the annotated article beyond the article's own findings. Any failure is printed
 * and makes the exit code non-zero.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { axeRuleTargets, axeViolations, setColourScheme } from '../tests/e2e/a11y';
import { launchChromium, type ChromiumHarness } from '../tests/e2e/chromium-harness';
import { busyInSyncRequest, DEMO, LOOKALIKE, ROOT, SETTLED } from '../tests/e2e/common';

const OUT = join(ROOT, 'docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;
const HOLD = '/navigation/hold';
const problems: string[] = [];

type Shot = { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } };

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Both themes of one extension page: the background must change, axe must find nothing. */
async function shootBoth(page: Page, name: string, shot: Shot = {}): Promise<void> {
  const seen = new Map<string, string>();
  for (const scheme of SCHEMES) {
    await setColourScheme(page, scheme);
    seen.set(scheme, await background(page));
    for (const v of await axeViolations(page)) problems.push(`${name} (${scheme}): axe ${v.id} on ${v.targets.join(', ')}`);
    await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`), ...shot });
  }
  if (seen.get('light') === seen.get('dark')) problems.push(`${name}: the same background in both themes (${seen.get('light')})`);
  await setColourScheme(page, 'light');
}

/** The popup as a page for a tab, in a popup-sized window. */
async function popupFor(chromium: ChromiumHarness, tabId: number, height = 900): Promise<Page> {
  const popup = await chromium.browser.newPage();
  await popup.setViewport({ width: 400, height });
  await popup.goto(`chrome-extension://${chromium.extension.id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector(SETTLED, { timeout: 60_000 });
  return popup;
}

async function popupAndPanel(chromium: ChromiumHarness): Promise<void> {
  const article = await chromium.openPage(DEMO.file);
  const clicked = await chromium.clickAction(article); // activeTab for the article's tab
  await clicked.waitForSelector('section.outlet-card', { timeout: 60_000 });
  const tabId = await chromium.tabIdOf(clicked, article.url());
  await clicked.close();

  const popup = await popupFor(chromium, tabId, 1000);
  await shootBoth(popup, 'popup');
  // The claims come after the sources: their own picture. A window as tall as the page keeps the clip inside it
  // (Chromium repeats the page when a clip goes beyond the window).
  await popup.setViewport({ width: 400, height: await popup.evaluate(() => document.documentElement.scrollHeight) });
  const box = (await (await popup.$('section.claims'))!.boundingBox())!;
  await shootBoth(popup, 'popup-claims', { clip: { x: 0, y: box.y - 8, width: 400, height: Math.min(box.height + 16, 1000) } });
  await popup.close();

  const panel = await chromium.browser.newPage();
  await panel.setViewport({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${chromium.extension.id}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('section.outlet-card', { timeout: 60_000 });
  await shootBoth(panel, 'sidepanel');
  await Promise.all([panel.close(), article.close()]);
}

async function options(chromium: ChromiumHarness): Promise<void> {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${chromium.extension.id}/options.html`);
  await page.waitForSelector('[data-testid="toolbar-panel"]:not([disabled])');
  await shootBoth(page, 'options', { fullPage: true });
  await page.close();
}

async function lookalike(chromium: ChromiumHarness): Promise<void> {
  const article = await chromium.openPage(LOOKALIKE.file);
  const popup = await chromium.clickAction(article);
  await popup.waitForSelector('.site-warning', { timeout: 60_000 });
  const tabId = await chromium.tabIdOf(popup, article.url());
  await popup.close();
  const page = await popupFor(chromium, tabId, 600);
  await shootBoth(page, 'lookalike-warning');
  await Promise.all([page.close(), article.close()]);
}

/** The article held in a synchronous request, so the analysis cannot finish: the popup says it is taking too long. */
async function tooSlow(chromium: ChromiumHarness): Promise<void> {
  const release = chromium.server.hold(HOLD);
  const article = await chromium.openPage(DEMO.file);
  busyInSyncRequest(article, HOLD);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const popup = await chromium.clickAction(article);
  await popup.waitForSelector('section.status[data-state="too-slow"]', { timeout: 60_000 });
  await shootBoth(popup, 'too-slow');
  release();
  await Promise.all([popup.close(), article.close()]);
}

/** Annotations on the demo article, the card of the first annotation opened from the keyboard. */
async function annotations(chromium: ChromiumHarness): Promise<void> {
  const origin = new URL(DEMO.address).origin;
  const control = await chromium.popupPage(0);
  await chromium.allowSites(control, [`${origin}/*`]);
  await control.evaluate((site) => chrome.storage.local.set({ settings: { version: 1, annotations: { everywhere: false, sites: { [site]: true } } } }), origin);
  await control.waitForFunction(async () => (await chrome.scripting.getRegisteredContentScripts()).length === 1, { timeout: 10_000 });
  await control.close();

  const page = await chromium.openPage(DEMO.file, { viewport: { width: 1100, height: 800 } });
  await page.waitForFunction(() => CSS.highlights.has('sourcelight-source'), { timeout: 60_000 });
  await page.bringToFront();
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'SOURCELIGHT-ANNOTATIONS')) break;
  }
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 10_000 });
  for (const scheme of SCHEMES) {
    await setColourScheme(page, scheme);
    const found = await axeRuleTargets(page, 'sourcelight-annotations');
    for (const finding of found) problems.push(`annotations (${scheme}): axe ${finding}`);
    await page.screenshot({ path: join(OUT, `annotations-${scheme}.png`) });
  }
  await page.close();
}

declare const chrome: typeof browser;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const chromium = await launchChromium();
  try {
    await popupAndPanel(chromium);
    await options(chromium);
    await lookalike(chromium);
    await tooSlow(chromium);
    await annotations(chromium); // last: it allows the demo's site, which the surfaces above are shown without
  } finally {
    await chromium.close();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`screenshots written to ${OUT}`);
}

void main();
