import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { axeRuleTargets } from './a11y';

/** Helpers for the inline-annotation tests, shared by the Chromium and Firefox files. */

export const HIGHLIGHT_NAMES = { source: 'sourcelight-source', claim: 'sourcelight-claim', flash: 'sourcelight-flash' } as const;
/** The one element annotations add to the page (its content is in a closed shadow root). */
export const HOST_TAG = 'SOURCELIGHT-ANNOTATIONS';
export const SWITCH = '.annotate-site input[role="switch"]';

export interface DrawnHighlights {
  source: string[];
  claim: string[];
  flash: string[];
  hosts: number;
}

/** What the page's highlight registry holds (the same registry the content script writes to). */
export function readHighlights(page: Page): Promise<DrawnHighlights> {
  return page.evaluate((names, tag) => {
    const texts = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    return {
      source: texts(names.source),
      claim: texts(names.claim),
      flash: texts(names.flash),
      hosts: document.getElementsByTagName(tag).length,
    };
  }, HIGHLIGHT_NAMES, HOST_TAG);
}

export function waitForAnnotations(page: Page, present: boolean): Promise<unknown> {
  return page.waitForFunction(
    (name, want) => CSS.highlights.has(name) === want,
    { timeout: 15_000 },
    HIGHLIGHT_NAMES.source,
    present,
  );
}

/** Presses Tab until the annotations' control has focus (it is the last thing in the page's tab order). */
export async function tabToControl(page: Page, maxPresses = 300): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((tag) => document.activeElement?.tagName === tag, HOST_TAG)) return presses;
  }
  throw new Error(`The annotations control was not reached in ${maxPresses} presses of Tab`);
}

export const NO_HIGHLIGHTS: DrawnHighlights = { source: [], claim: [], flash: [], hosts: 0 };

export type Analysis = Extract<TabState, { state: 'ready' }>['analysis'];

/** The analysis of a ready tab state; anything else fails the test. */
export function readyAnalysis(state: TabState): Analysis {
  if (state.state !== 'ready') throw new Error(`no analysis: ${state.state}`);
  return state.analysis;
}

/** The attribution a reader meets first in the article. */
export function firstInReadingOrder(analysis: Analysis): Analysis['attributions'][number] {
  return analysis.attributions.reduce((a, b) => (b.paragraph < a.paragraph || (b.paragraph === a.paragraph && b.start < a.start) ? b : a));
}

/** Clicks the popup's "Annotate this site" switch and waits until it has settled in the new position. */
export async function flipSwitch(popup: Page, on: boolean): Promise<void> {
  await popup.click(SWITCH);
  await popup.waitForSelector(on ? `${SWITCH}:checked:not([disabled])` : `${SWITCH}:not(:checked):not([disabled])`, { timeout: 10_000 });
  if (on) expect(await popup.$('.annotate-error')).toBeNull();
}

export async function switchIsOn(popup: Page): Promise<boolean> {
  return popup.$eval(SWITCH, (el) => (el as HTMLInputElement).checked);
}

/** Waits for the annotations and checks one highlight range per source and per claim, and one host element. */
export async function expectEveryPassageHighlighted(page: Page, analysis: Analysis): Promise<DrawnHighlights> {
  await waitForAnnotations(page, true);
  const drawn = await readHighlights(page);
  expect(drawn.source).toHaveLength(analysis.attributions.length);
  expect(drawn.claim).toHaveLength(analysis.claims.length);
  expect(drawn.source.some((text) => text.includes('Antonov'))).toBe(true);
  expect(drawn.hosts).toBe(1);
  return drawn;
}

export async function expectNoHighlights(page: Page): Promise<void> {
  expect(await readHighlights(page)).toEqual(NO_HIGHLIGHTS);
}

/** axe finds nothing beyond the article's own findings (`baseline`), and nothing on the annotations host. */
export async function expectNothingNewFromAxe(page: Page, baseline: string[]): Promise<void> {
  expect(baseline.length).toBeGreaterThan(0); // the fixture's own findings prove axe ran
  expect(await axeRuleTargets(page)).toEqual(baseline);
  expect(await axeRuleTargets(page, 'sourcelight-annotations')).toEqual([]);
}
