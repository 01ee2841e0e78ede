import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';

/** Checks on the side panel opened as a page (`sidepanel.html`), shared by the Chromium and Firefox tests. */

/** Waits until the panel shows an analysis whose title is the one the background has for that tab. */
export async function expectPanelShows(panel: Page, state: TabState): Promise<void> {
  expect(state.state).toBe('ready');
  const title = state.state === 'ready' ? state.analysis.article.title : '';
  // Polled by interval: the panel is a background tab in these tests, where animation frames do not run.
  await panel.waitForFunction((t) => document.querySelector('.article-title')?.textContent?.trim() === t, { timeout: 30_000, polling: 200 }, title);
  expect(await panel.$eval('.popup', (el) => el.getAttribute('data-surface'))).toBe('panel');
  expect(await panel.$('section.outlet-card')).not.toBeNull();
}

/** The second article of the panel tests: a corpus page with a title of its own. */
export const SECOND_ARTICLE = '/corpus/guardian-1/source.html';

/** Clicking the first source's "Show in the article" in the panel flashes one of the article's attributed passages. */
export async function expectRevealFlashes(panel: Page, article: Page, passages: readonly string[]): Promise<void> {
  await panel.evaluate(() => (document.querySelector('.source-list .reveal') as HTMLElement).click());
  await article.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000, polling: 200 });
  const flashed = await article.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString()));
  expect(flashed).toHaveLength(1);
  expect(passages).toContain(flashed[0]!.replace(/\s+/g, ' ').trim());
}
