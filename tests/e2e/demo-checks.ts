import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { DEMO, type RenderedPopup } from './common';

/** What every browser must show and compute for the demo article (tests/fixtures/rferl-russia-envoys-syria.html). */

/** The popup's outlet card for the demo article. */
export function expectDemoPopup(rendered: RenderedPopup): void {
  expect(rendered.state).toBe('ready');
  expect(rendered.title).toBe(DEMO.title);
  expect(rendered.outletId).toBe(DEMO.outletId);
  expect(rendered.outletName).toBe(DEMO.outletName);
  expect(rendered.text).toContain(`(${DEMO.typology})`);
}

/** The background's analysis of the demo article served at `url`, and the popup rendered from it. */
export function expectDemoAnalysis(state: TabState, url: string, rendered: RenderedPopup): void {
  expect(state.state).toBe('ready');
  if (state.state !== 'ready') return;
  // The URL and title come from the content script running in the tab.
  expect(state.analysis.url).toBe(url);
  expect(state.analysis.article.title).toBe(DEMO.title);
  expect(state.analysis.article.wordCount).toBeGreaterThan(200);
  expect(state.analysis.outlet?.id).toBe(DEMO.outletId);
  expect(state.analysis.outlet?.name).toBe(DEMO.outletName);
  expect(state.analysis.outlet?.typology).toBe(DEMO.typology);
  expect(rendered.sources).toBe(state.analysis.attributions.length);
}

/**
 * Clicking the first source in the popup flashes, in the article, what that source is reported to have said
 * (one highlight, found among the background's attributions for that speaker), without changing the page's DOM.
 */
export async function expectRevealFlashesFirstSource(popup: Page, article: Page, attributions: readonly { speaker: string; text: string }[]): Promise<void> {
  const markupBefore = await article.evaluate(() => document.body.outerHTML);
  const speaker = (await popup.$eval('.source-list .source .speaker', (el) => el.textContent ?? '')).trim();
  await popup.click('.source-list .reveal');
  await article.waitForFunction(() => CSS.highlights.has('sourcelight-flash'), { timeout: 5_000 });
  const flashed = await article.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString()));
  expect(flashed).toHaveLength(1);
  expect(attributions.filter((a) => a.speaker === speaker).map((a) => a.text)).toContain(flashed[0]!.replace(/\s+/g, ' ').trim());
  expect(await article.evaluate(() => document.body.outerHTML)).toBe(markupBefore);
}
