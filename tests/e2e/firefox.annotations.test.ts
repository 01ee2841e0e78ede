import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryPassageHighlighted, expectNoHighlights, expectNothingNewFromAxe, firstInReadingOrder, flipSwitch, readHighlights, readyAnalysis, SWITCH, switchIsOn, tabToControl, waitForAnnotations, type Analysis } from './annotations';
import { axeRuleTargets } from './a11y';
import { DEMO, outputPath, readPopup } from './common';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * Inline annotations in Firefox ESR over WebDriver BiDi. As in firefox.test.ts, the optional host permission
 * is granted by a trusted click in an extension page (see firefox-harness.ts), and the popup is opened as a
 * page for the article's tab (`popup.html?tab=<id>`), since BiDi cannot click the toolbar button.
 */

let firefox: FirefoxHarness;

const openArticle = () => firefox.openFixture(DEMO.file, { viewport: { width: 1100, height: 800 } });

async function popupFor(tabId: number): Promise<Page> {
  const popup = await firefox.popupFor(tabId);
  expect((await readPopup(popup)).state).toBe('ready');
  await popup.waitForSelector(`${SWITCH}:not([disabled])`);
  return popup;
}

describe('Firefox: inline annotations', () => {
  beforeAll(async () => {
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  let article: { page: Page; tabId: number };
  let analysis: Analysis;
  let baseline: string[] = [];

  it('the reader grants host access; annotations stay off until the switch is used', async () => {
    expect(await firefox.grantHostAccess()).toBe('true');

    article = await openArticle();
    const popup = await popupFor(article.tabId);
    expect(await switchIsOn(popup)).toBe(false);
    analysis = readyAnalysis(await firefox.backgroundState(article.tabId));
    await expectNoHighlights(article.page);
    baseline = await axeRuleTargets(article.page); // the article's own findings, before any annotation

    await flipSwitch(popup, true);
    await popup.close();
  });

  it('highlights every source and claim in the page, with one host element', async () => {
    await expectEveryPassageHighlighted(article.page, analysis);
  });

  it('keyboard: Tab reaches the control and ArrowDown steps to the first annotation in reading order', async () => {
    const { page } = article;
    await page.bringToFront();
    await tabToControl(page);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000 });
    expect((await readHighlights(page)).flash).toEqual([firstInReadingOrder(analysis).text.replace(/\s+/g, ' ').trim()]);
    await page.screenshot({ path: outputPath('firefox-annotated-page.png') });

    // The card's text is not asserted here: it sits in a closed shadow root, and Firefox over BiDi gives no
    // accessibility tree to read it from (the Chromium test reads it). The screenshot shows it.
    await page.keyboard.press('Escape');
  });

  it('axe-core finds nothing new on the annotated page, and nothing on the annotations host', async () => {
    await expectNothingNewFromAxe(article.page, baseline);
  });

  it('a page of the site opened later is annotated on load, without the popup', async () => {
    const later = await openArticle();
    await waitForAnnotations(later.page, true);
    expect((await readHighlights(later.page)).source).toHaveLength(analysis.attributions.length);
    await later.page.close();
  });

  it('turning the switch off removes the highlights and the host', async () => {
    const popup = await popupFor(article.tabId);
    expect(await switchIsOn(popup)).toBe(true);
    await flipSwitch(popup, false);
    await waitForAnnotations(article.page, false);
    await expectNoHighlights(article.page);
    await popup.close();
  });
});
