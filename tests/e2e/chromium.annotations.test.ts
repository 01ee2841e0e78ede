import type { Page, SerializedAXNode } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryPassageHighlighted, expectNoHighlights, expectNothingNewFromAxe, firstInReadingOrder, flipSwitch, readHighlights, readyAnalysis, SWITCH, switchIsOn, tabToControl, waitForAnnotations, type Analysis } from './annotations';
import { axeRuleTargets } from './a11y';
import { DEMO, outputPath, readPopup } from './common';
import { backgroundState, launchChromium, type ChromiumHarness } from './chromium-harness';

/**
 * Inline annotations in Debian Chromium (headless), driven the way a reader does it: the toolbar popup's
 * "Annotate this site" switch, then the keyboard in the page.
 *
 * Site access: the switch calls `permissions.request` for the site, which headless Chromium shows as a dialog no
 * test can answer. So the test first grants the site the way a reader can in chrome://extensions
 * (`grantSiteAccess`). The switch's `permissions.request` then resolves at once without a prompt, and the rest
 * of the path is the real one.
 */

let chromium: ChromiumHarness;

const openArticle = () => chromium.openPage(DEMO.file, { viewport: { width: 1100, height: 800 } });

/** The accessibility tree's dialog (the details card), read through the shadow root page scripts cannot open. */
async function openCard(page: Page): Promise<SerializedAXNode | null> {
  const find = (node: SerializedAXNode | null): SerializedAXNode | null =>
    !node ? null : node.role === 'dialog' ? node : (node.children ?? []).map(find).find(Boolean) ?? null;
  return find(await page.accessibility.snapshot({ interestingOnly: false }));
}
const textOf = (node: SerializedAXNode): string => [node.name ?? '', ...(node.children ?? []).map(textOf)].join(' ');

describe('Chromium: inline annotations', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  let page: Page;
  let popup: Page;
  let analysis: Analysis;
  let baseline: string[] = [];

  it('is off by default, even with site access: the popup shows the switch off and the page has no highlights', async () => {
    // The reader grants the site in chrome://extensions (see above); that alone turns nothing on.
    await chromium.grantSiteAccess(`${new URL(DEMO.address).origin}/*`);

    page = await openArticle();
    popup = await chromium.clickAction(page);
    expect((await readPopup(popup)).state).toBe('ready');
    await popup.waitForSelector(`${SWITCH}:not([disabled])`);
    expect(await switchIsOn(popup)).toBe(false);
    analysis = readyAnalysis(await backgroundState(popup, await chromium.tabIdOf(popup, page.url())));
    await expectNoHighlights(page);
    baseline = await axeRuleTargets(page); // the article's own findings, before any annotation
  });

  it('the switch turns annotations on: one highlight range per source and per claim, one host element', async () => {
    const markupBefore = await page.evaluate(() => document.body.outerHTML);
    await popup.bringToFront();
    await flipSwitch(popup, true);

    const drawn = await expectEveryPassageHighlighted(page, analysis);
    expect(drawn.claim.some((text) => text.includes('446'))).toBe(true);
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
    expect(card!.name).toBe(firstInReadingOrder(analysis).speaker);
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
    await expectNothingNewFromAxe(page, baseline);
  });

  it('a page of the site opened later is annotated on load, without a click', async () => {
    const later = await openArticle();
    await waitForAnnotations(later, true);
    expect((await readHighlights(later)).source).toHaveLength(analysis.attributions.length);
    await later.close();
  });

  it('turning the switch off removes the highlights and the host', async () => {
    popup = await chromium.clickAction(page);
    await popup.waitForSelector(`${SWITCH}:checked:not([disabled])`, { timeout: 15_000 });
    await flipSwitch(popup, false);
    await waitForAnnotations(page, false);
    await expectNoHighlights(page);
  });
});
