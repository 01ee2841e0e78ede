import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { groupSources } from '@/lib/present/sources';
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
  // One row per source, grouped by what it is; every attribution is one statement under its source's row.
  const groups = groupSources(state.analysis.attributions);
  expect(rendered.groups).toEqual(groups.map((g) => g.group));
  expect(rendered.sources).toBe(groups.reduce((sum, g) => sum + g.sources.length, 0));
  expect(rendered.statements).toBe(state.analysis.attributions.length);
  // The demo article quotes the deputy defence minister six times: one row, not six.
  expect(rendered.sources).toBeLessThan(state.analysis.attributions.length);
  expect(rendered.groups).toEqual(expect.arrayContaining(['officials', 'ngos', 'media']));
}

/**
 * "Show in the article" on the first source with several statements flashes, in the article, its first statement,
 * then its second on the next click (one highlight each time), without changing the page's DOM.
 */
export async function expectRevealStepsThroughSource(popup: Page, article: Page, attributions: readonly { speaker: string; text: string }[]): Promise<void> {
  const markupBefore = await article.evaluate(() => document.body.outerHTML);
  const row = await popup.evaluate(() => {
    const source = [...document.querySelectorAll('.source-list .source')].find((li) => li.querySelectorAll('.statement').length > 1);
    return source ? { id: source.id, indexes: [...source.querySelectorAll('.statement')].map((li) => Number(li.getAttribute('data-index'))) } : null;
  });
  expect(row).not.toBeNull();
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const index of row!.indexes.slice(0, 2)) {
    await popup.click(`[id="${row!.id}"] button.reveal`);
    const want = flat(attributions[index]!.text);
    await article.waitForFunction(
      (text) => [...(CSS.highlights.get('sourcelight-flash') ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join('|') === text,
      { timeout: 5_000 },
      want,
    );
    expect(await popup.$eval(`[id="${row!.id}"] .statement[aria-current="step"]`, (li) => Number(li.getAttribute('data-index')))).toBe(index);
  }
  expect(await article.evaluate(() => document.body.outerHTML)).toBe(markupBefore);
}
