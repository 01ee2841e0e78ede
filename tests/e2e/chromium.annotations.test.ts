import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type SerializedAXNode } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { axeViolations, readHighlights, SWITCH, tabToControl, waitForAnnotations } from './annotations';
import { CHROME_BUILD, CHROMIUM_ARGS, CHROMIUM_PATH, DEMO, FIXTURES, outputPath, readPopup, requireBrowser, requireBuild } from './common';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Inline annotations in Debian Chromium (headless), driven the way a reader does it: the toolbar popup's
 * "Annotate this site" switch, then the keyboard in the page.
 *
 * Site access: the switch calls `permissions.request` for the site, which headless Chromium shows as a dialog no
 * test can answer. So the test first grants the site the way a reader can in chrome://extensions (Site access >
 * "On specific sites" > add a site), which is `chrome.developerPrivate.addHostPermission` on that page. The
 * switch's `permissions.request` then resolves at once without a prompt, and the rest of the path is the real one.
 */

declare const chrome: typeof browser & { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };

let server: FixtureServer;
let chromium: Browser;
let extension: Extension;
let userDataDir: string;

async function clickAction(page: Page): Promise<Page> {
  const known = new Set(chromium.targets().filter((t) => t.url().endsWith('/popup.html')));
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await chromium.waitForTarget((t) => t.url() === `chrome-extension://${extension.id}/popup.html` && !known.has(t), { timeout: 10_000 });
  return (await target.asPage())!;
}

async function openArticle(): Promise<Page> {
  const page = await chromium.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  expect((await page.goto(server.url(DEMO.file), { waitUntil: 'load' }))?.status()).toBe(200);
  return page;
}

/** The accessibility tree's dialog (the details card), read through the shadow root page scripts cannot open. */
async function openCard(page: Page): Promise<SerializedAXNode | null> {
  const find = (node: SerializedAXNode | null): SerializedAXNode | null =>
    !node ? null : node.role === 'dialog' ? node : (node.children ?? []).map(find).find(Boolean) ?? null;
  return find(await page.accessibility.snapshot({ interestingOnly: false }));
}
const textOf = (node: SerializedAXNode): string => [node.name ?? '', ...(node.children ?? []).map(textOf)].join(' ');

describe('Chromium: inline annotations', () => {
  beforeAll(async () => {
    requireBrowser(CHROMIUM_PATH, 'chromium');
    requireBuild(CHROME_BUILD, 'npm run build:chrome');
    server = await startFixtureServer(FIXTURES);
    userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-annot-'));
    chromium = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, userDataDir, enableExtensions: [CHROME_BUILD], args: CHROMIUM_ARGS });
    await chromium.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: 15_000 });
    extension = [...(await chromium.extensions()).values()].find((e) => e.name === 'Sourcelight')!;
    expect(extension).toBeDefined();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  let page: Page;
  let popup: Page;
  let analysis: Extract<TabState, { state: 'ready' }>['analysis'];
  let baseline: string[] = [];

  it('is off by default, even with site access: the popup shows the switch off and the page has no highlights', async () => {
    // The reader grants the site in chrome://extensions (see above); that alone turns nothing on.
    const settings = await chromium.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate((id) => chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'), extension.id);
    await settings.close();

    page = await openArticle();
    popup = await clickAction(page);
    expect((await readPopup(popup)).state).toBe('ready');
    await popup.waitForSelector(`${SWITCH}:not([disabled])`);
    expect(await popup.$eval(SWITCH, (el) => (el as HTMLInputElement).checked)).toBe(false);
    const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
    const state = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: id, wait: true }) as Promise<TabState>, tabId);
    if (state.state !== 'ready') throw new Error(`no analysis: ${state.state}`);
    analysis = state.analysis;
    expect(await readHighlights(page)).toEqual({ source: [], claim: [], flash: [], hosts: 0 });
    baseline = await axeViolations(page); // the article's own findings, before any annotation
  });

  it('the switch turns annotations on: one highlight range per source and per claim, one host element', async () => {
    const markupBefore = await page.evaluate(() => document.body.outerHTML);
    await popup.bringToFront();
    await popup.click(SWITCH);
    await popup.waitForSelector(`${SWITCH}:checked:not([disabled])`, { timeout: 10_000 });
    expect(await popup.$('.annotate-error')).toBeNull();
    await waitForAnnotations(page, true);

    const drawn = await readHighlights(page);
    expect(drawn.source).toHaveLength(analysis.attributions.length);
    expect(drawn.claim).toHaveLength(analysis.claims.length);
    expect(drawn.source.some((text) => text.includes('Antonov'))).toBe(true);
    expect(drawn.claim.some((text) => text.includes('446'))).toBe(true);
    expect(drawn.hosts).toBe(1);
    // The page's own DOM is untouched: the only addition is the host after <body>.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(markupBefore);
  });

  it('keyboard: Tab reaches the control, ArrowDown opens the first card, Escape closes it', async () => {
    await page.bringToFront(); // the popup closes, as it does when a reader goes back to the page
    await tabToControl(page);
    expect(await openCard(page)).toBeNull();

    await page.keyboard.press('ArrowDown');
    const card = await openCard(page);
    expect(card).not.toBeNull();
    const first = analysis.attributions.reduce((a, b) => (b.paragraph < a.paragraph || (b.paragraph === a.paragraph && b.start < a.start) ? b : a));
    expect(card!.name).toBe(first.speaker);
    expect(textOf(card!)).toMatch(/reporting verb “said”/);
    expect((await readHighlights(page)).flash).toHaveLength(1);
    await page.screenshot({ path: outputPath('annotated-page.png') });

    await page.keyboard.press('ArrowDown');
    const second = await openCard(page);
    expect(second?.name).not.toBe(card!.name);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();
    // Focus went back to the control, so the reader can go on from where they were.
    await page.keyboard.press('ArrowDown');
    expect(await openCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();

    // Alt+Shift+A reaches the control from anywhere in the page.
    await page.evaluate(() => (document.querySelector('a[href]') as HTMLElement).focus());
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SOURCELIGHT-ANNOTATIONS');
  });

  it('hover: resting the pointer on a highlighted passage opens its card, moving away closes it', async () => {
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-claim') ?? [])][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await openCard(page))?.name, { timeout: 5_000 }).toMatch(/^Claimed by /);
    await page.mouse.move(5, 795);
    await expect.poll(async () => openCard(page), { timeout: 5_000 }).toBeNull();
  });

  it('axe-core finds nothing new on the annotated page, and nothing on the annotations host', async () => {
    expect(baseline.length).toBeGreaterThan(0); // the fixture's own findings prove axe ran
    expect(await axeViolations(page)).toEqual(baseline);
    expect(await axeViolations(page, 'sourcelight-annotations')).toEqual([]);
  });

  it('a page of the site opened later is annotated on load, without a click', async () => {
    const later = await openArticle();
    await waitForAnnotations(later, true);
    expect((await readHighlights(later)).source).toHaveLength(analysis.attributions.length);
    await later.close();
  });

  it('turning the switch off removes the highlights and the host', async () => {
    popup = await clickAction(page);
    await popup.waitForSelector(`${SWITCH}:checked:not([disabled])`, { timeout: 15_000 });
    await popup.click(SWITCH);
    await popup.waitForSelector(`${SWITCH}:not(:checked):not([disabled])`, { timeout: 10_000 });
    await waitForAnnotations(page, false);
    expect(await readHighlights(page)).toEqual({ source: [], claim: [], flash: [], hosts: 0 });
  });
});
