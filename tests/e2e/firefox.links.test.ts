import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRuleTargets } from './a11y';
import { outputPath } from './common';
import { launchFirefox, type FirefoxHarness, type PageGlobals } from './firefox-harness';
import {
  AGGREGATOR_MARKED,
  AGGREGATOR_UNMARKED,
  cardBeside,
  checkGrowingFeed,
  expectMarks,
  hostCount,
  LINK_PAGES,
  LINK_SERVER,
  markPoint,
  offMachine,
  PRESET_HOSTS,
  probeFeedGrowth,
  SEARCH_MARKED,
  SEARCH_UNMARKED,
  tabTo,
  turnOnFromOptions,
} from './links';

/**
 * Marks beside links in Firefox ESR over WebDriver BiDi. Access is granted as in the other Firefox tests (a
 * trusted click on an extension page asks for all sites; prompts are accepted by a preference), then the
 * reader's path is the real one: the options page's switches, then the pages. The card sits in a closed shadow
 * root and Firefox over BiDi gives no accessibility tree, so the marks and the card are found by hit-testing
 * the page: the point beside a marked link, or below it, belongs to the marks' host.
 */

let firefox: FirefoxHarness;
const VIEWPORT = { width: 1100, height: 900 };

const registeredMatches = (page: Page) =>
  page.evaluate(async () => {
    const { browser } = globalThis as unknown as PageGlobals;
    return (await browser.scripting.getRegisteredContentScripts({ ids: ['sourcelight-links'] }))[0]?.matches ?? [];
  });

describe('Firefox: marks beside links', () => {
  let search: { page: Page; tabId: number };
  let options: Page;
  let markup = '';
  let baseline: string[] = [];

  beforeAll(async () => {
    firefox = await launchFirefox(LINK_SERVER);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('is off by default, even with host access: no host element on search results', async () => {
    expect(await firefox.grantHostAccess()).toBe('true');
    search = await firefox.openFixture(LINK_PAGES.search.file, { viewport: VIEWPORT });
    await new Promise((r) => setTimeout(r, 500));
    expect(await hostCount(search.page)).toBe(0);
    markup = await search.page.evaluate(() => document.body.outerHTML);
    baseline = await axeRuleTargets(search.page);
  });

  it('the options page turns the presets on and adds a Mastodon instance; the script is registered for them', async () => {
    options = await firefox.extensionPage('options.html');
    await turnOnFromOptions(options);
    await expect.poll(async () => (await registeredMatches(options)).length, { timeout: 10_000 }).toBe(PRESET_HOSTS.length + 1);
  });

  it('search results: marks on links to known outlets, none on the others, and the page untouched', async () => {
    await search.page.bringToFront();
    await search.page.reload({ waitUntil: 'load' });
    await expectMarks(search.page, SEARCH_MARKED, SEARCH_UNMARKED);
    expect(await hostCount(search.page)).toBe(1);
    expect(await search.page.evaluate(() => document.body.outerHTML)).toBe(markup);
  });

  it('mouse: resting on a mark opens the card beside the link, moving away closes it', async () => {
    await search.page.evaluate(() => window.scrollTo(0, 0));
    const point = await markPoint(search.page, 'r-bbc');
    await search.page.mouse.move(point.x, point.y);
    await expect.poll(() => cardBeside(search.page, 'r-bbc'), { timeout: 5_000 }).toBe(true);
    await search.page.screenshot({ path: outputPath('firefox-link-marks.png') });
    await search.page.mouse.move(1000, 880);
    await expect.poll(() => cardBeside(search.page, 'r-bbc'), { timeout: 5_000 }).toBe(false);
  });

  it('keyboard: focusing a marked link opens its card, Escape closes it', async () => {
    await search.page.evaluate(() => window.scrollTo(0, 0));
    await search.page.mouse.click(5, 5);
    await tabTo(search.page, 'r-rferl');
    await expect.poll(() => cardBeside(search.page, 'r-rferl'), { timeout: 5_000 }).toBe(true);
    await search.page.keyboard.press('Escape');
    await expect.poll(() => cardBeside(search.page, 'r-rferl'), { timeout: 5_000 }).toBe(false);
    expect(await search.page.evaluate(() => document.activeElement === document.querySelector('#r-rferl a'))).toBe(true);
  });

  it('axe-core finds nothing new on the marked page, and nothing on the marks host', async () => {
    expect(await axeRuleTargets(search.page)).toEqual(baseline);
    expect(await axeRuleTargets(search.page, 'sourcelight-links')).toEqual([]);
  });

  it('a feed growing to 1,000 links: marks follow it', async () => {
    const plain = await firefox.openUrl(`${firefox.server.origin}/${LINK_PAGES.feed.file}`);
    await plain.page.setViewport(VIEWPORT);
    const withoutMarks = await probeFeedGrowth(plain.page);
    await plain.page.close();
    const feed = await firefox.openFixture(LINK_PAGES.feed.file, { viewport: VIEWPORT });
    const withMarks = await checkGrowingFeed(feed.page);
    // Firefox has no Long Tasks API; the gaps between timer turns (rendering and scheduling included) are written
    // down beside the same run without marks, not asserted (the Chromium test asserts on the Long Tasks API).
    writeFileSync(outputPath('link-marks-feed-firefox.json'), JSON.stringify({ withMarks, withoutMarks }));
    await feed.page.close();
  });

  it('an aggregator: direct, AMP-cache and Yahoo-redirect links to outlets are marked, the site itself is not', async () => {
    const aggregator = await firefox.openFixture(LINK_PAGES.aggregator.file, { viewport: VIEWPORT });
    await expectMarks(aggregator.page, AGGREGATOR_MARKED, AGGREGATOR_UNMARKED);
    await aggregator.page.close();
  });

  it('made no network request off this machine', () => {
    expect(offMachine(firefox.server)).toEqual([]);
  });

  it('turning a preset off unregisters the script for its hosts', async () => {
    await options.bringToFront();
    await options.click('[data-testid="links-search"]');
    await options.waitForSelector('[data-testid="links-search"]:not(:checked)', { timeout: 10_000 });
    await expect.poll(() => registeredMatches(options), { timeout: 10_000 }).not.toContain('*://www.google.com/*');
    await search.page.bringToFront();
    await search.page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    expect(await hostCount(search.page)).toBe(0);
  });
});
