import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { LINK_PRESETS } from '@/lib/settings/link-marks';
import { ADDRESSES } from './common';
import { isLoopbackHost, type FixtureServer, type RecordedRequest, type ServerOptions } from './server';

/** Shared checks for the link-mark tests (Chromium and Firefox): fixtures at real sites' addresses, and probes. */

export const LINK_PAGES = {
  search: { file: 'links/google-search.html', address: 'http://www.google.com/search' },
  feed: { file: 'links/feed.html', address: 'http://mastodon.example/home' },
  aggregator: { file: 'links/aggregator.html', address: 'http://news.google.com/topstories' },
} as const;

export const LINK_SERVER: ServerOptions = {
  addresses: { ...ADDRESSES, ...Object.fromEntries(Object.values(LINK_PAGES).map((p) => [p.address, p.file])) },
};

/** Every host the three presets ask for. */
export const PRESET_HOSTS: string[] = Object.values(LINK_PRESETS).flat();
/**
 * The feed is served at a Mastodon instance's address the reader adds by hand: the social sites of the preset
 * (and msn.com) are on the browsers' HSTS preload lists, so their http addresses never reach the test server.
 */
export const MASTODON_HOST = 'mastodon.example';
export const HOST_TAG = 'SOURCELIGHT-LINKS';

/** Results (by the id of their container) whose link goes to a known outlet, and those whose link does not. */
export const SEARCH_MARKED = ['r-bbc', 'r-rferl', 'r-reuters', 'r-herald'];
export const SEARCH_UNMARKED = ['r-blog', 'r-shop', 'r-google'];
export const AGGREGATOR_MARKED = ['t-guardian', 't-dw', 't-cgtn', 't-yahoo'];
export const AGGREGATOR_UNMARKED = ['t-unknown', 't-own'];

export function hostCount(page: Page): Promise<number> {
  return page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST_TAG);
}

/** The point at the middle of where the mark beside the first link in the element with this id goes. */
export function markPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((containerId) => {
    const link = document.querySelector(`#${containerId} a`)!;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.nodeValue?.trim()) node = walker.nextNode();
    const range = document.createRange();
    range.selectNodeContents(node!);
    const line = range.getClientRects()[0]!;
    return { x: line.right + 12, y: line.top + line.height / 2 };
  }, id);
}

/**
 * Whether a mark is drawn beside the first link in the element with this id: the point just after the end of
 * the link's first line of text is covered by the marks' host (the shadow root is closed, so a page, and a test,
 * sees only the host there). Scrolls the link into view first.
 */
export async function markBeside(page: Page, id: string): Promise<boolean> {
  await page.evaluate((containerId) => document.querySelector(`#${containerId} a`)!.scrollIntoView({ block: 'center', behavior: 'instant' }), id);
  const { x, y } = await markPoint(page, id);
  return page.evaluate((px, py, tag) => document.elementFromPoint(px, py)?.tagName === tag, x, y, HOST_TAG);
}

/** Waits until a mark is drawn beside the link of each of `ids` (they are looked up once in view). */
export async function expectMarks(page: Page, marked: readonly string[], unmarked: readonly string[]): Promise<void> {
  for (const id of marked) await expect.poll(() => markBeside(page, id), { timeout: 10_000 }).toBe(true);
  for (const id of unmarked) expect(await markBeside(page, id), id).toBe(false);
}

/** Whether the outlet card is open beside the link in the element with this id (below it, or above it). */
export function cardBeside(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (containerId, tag) => {
      const box = document.querySelector(`#${containerId} a`)!.getBoundingClientRect();
      const points = [
        [box.left + 40, box.bottom + 30],
        [box.left + 40, box.top - 30],
      ];
      return points.some(([x, y]) => document.elementFromPoint(x!, y!)?.tagName === tag);
    },
    id,
    HOST_TAG,
  );
}

/** Presses Tab until the link in the element with this id has focus. */
export async function tabTo(page: Page, id: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((containerId) => document.activeElement === document.querySelector(`#${containerId} a`), id)) return;
  }
  throw new Error(`#${id} a was not reached with Tab`);
}

/**
 * Long-task probes in the page: tasks over 50 ms seen by the Long Tasks API (Chromium), and gaps over 50 ms
 * between timer turns (both browsers: a task that long keeps the next timer waiting).
 */
export function startLongTaskProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = { tasks: [] as number[], gaps: [] as number[], stop: false };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    try {
      new PerformanceObserver((list) => probe.tasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    } catch {
      // Firefox has no Long Tasks API: the gaps below still show a long task.
    }
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - last > 50) probe.gaps.push(Math.round(now - last));
      last = now;
      if (!probe.stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
}

export function stopLongTaskProbe(page: Page): Promise<{ tasks: number[]; gaps: number[] }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { tasks: number[]; gaps: number[]; stop: boolean } }).__probe;
    probe.stop = true;
    return { tasks: probe.tasks, gaps: probe.gaps };
  });
}

/** Grows the feed to `links` outbound links in batches (as a real feed loads), then scrolls through all of it. */
export async function growAndScrollFeed(page: Page, links: number): Promise<void> {
  await page.evaluate((n) => (window as unknown as { grow(n: number): void }).grow(n), links);
  await page.waitForFunction(() => (window as unknown as { feedDone: boolean }).feedDone, { timeout: 30_000 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 1500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((r) => setTimeout(r, 60));
  }
}

/** Requests that left this machine: not loopback, and not a site the fixture server answers for. */
export function offMachine(server: FixtureServer, requests: readonly RecordedRequest[] = server.requests): RecordedRequest[] {
  return requests.filter((r) => !isLoopbackHost(r.host) && !server.addressedHosts.has(r.host));
}

/** The reader turns the three presets on in the options page, then adds a Mastodon instance by hand. */
export async function turnOnFromOptions(options: Page): Promise<void> {
  await options.waitForSelector('[data-testid="links-search"]:not([disabled])', { timeout: 10_000 });
  for (const preset of ['search', 'social', 'news']) {
    await options.click(`[data-testid="links-${preset}"]`);
    await options.waitForSelector(`[data-testid="links-${preset}"]:checked`, { timeout: 10_000 });
  }
  await options.type('[data-testid="links-add-input"]', MASTODON_HOST);
  await options.click('[data-testid="links-add"]');
  await options.waitForSelector('[data-testid="links-others"]', { timeout: 10_000 });
  expect(await options.$('.links-panel [role="alert"]')).toBeNull();
}

/**
 * The feed grown to 1,000 links and scrolled through, with the long-task probes on; then a link to a known outlet
 * near the end (post 992, BBC) is marked and an unknown one (post 994) is not. Returns the probes' findings.
 */
export async function checkGrowingFeed(page: Page): Promise<{ tasks: number[]; gaps: number[] }> {
  await expect.poll(() => hostCount(page), { timeout: 10_000 }).toBe(1);
  const probe = await probeFeedGrowth(page);
  expect(await page.evaluate(() => document.querySelectorAll('article h2 a').length)).toBe(1000);
  const ids = await page.evaluate(() => {
    const posts = [...document.querySelectorAll('article')];
    const idOf = (n: number) => (posts[n]!.id = `post-${n}`);
    return { known: idOf(992), unknown: idOf(994) };
  });
  await expectMarks(page, [ids.known], [ids.unknown]);
  expect(await hostCount(page)).toBe(1);
  return probe;
}

/** The long-task probes while the feed grows to 1,000 links and is scrolled through. */
export async function probeFeedGrowth(page: Page): Promise<{ tasks: number[]; gaps: number[] }> {
  await startLongTaskProbe(page);
  await growAndScrollFeed(page, 1000);
  await new Promise((r) => setTimeout(r, 500));
  return stopLongTaskProbe(page);
}
