import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { ADDRESSES } from './common';

/**
 * Shared by the Chromium and Firefox "on load" tests: on a site the reader allowed, the toolbar badge comes from
 * the page's address as it loads, and the analysis starts without a click.
 */

/** A single-page app on a known outlet's site: links swap the story and push the new route (no page load). */
export const SPA = {
  file: 'navigation/spa-live.html',
  address: 'http://www.rferl.org/a/spa-live/1.html',
  second: 'http://www.rferl.org/a/spa-live/2.html',
  titles: ['Harbour reopens after the storm', 'Ferries return to the winter timetable'],
} as const;
/**
 * A page at a privately owned newspaper's address (Le Monde), to move between outlets. Not a BBC address: those are
 * on the browsers' HSTS preload list, so they would go out as https, which the test proxy refuses.
 */
export const PRIVATE_PAPER = { file: 'navigation/second-story.html', address: 'http://www.lemonde.fr/international/article/2026/11/21/harbour_1.html' } as const;
export const ONLOAD_ADDRESSES: Record<string, string> = {
  ...ADDRESSES,
  [SPA.address]: SPA.file,
  [SPA.second]: SPA.file,
  [PRIVATE_PAPER.address]: PRIVATE_PAPER.file,
};

export interface ShownBadge {
  text: string;
  title: string;
  /** The background colour as `#rrggbb`. */
  colour: string;
}

/** The toolbar badge the browser shows for a tab, read from an extension page. */
export function readBadge(extensionPage: Page, tabId: number): Promise<ShownBadge> {
  return extensionPage.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
    const action = (g.browser ?? g.chrome).action;
    const [text, title, rgba] = await Promise.all([action.getBadgeText({ tabId: id }), action.getTitle({ tabId: id }), action.getBadgeBackgroundColor({ tabId: id })]);
    const colour = `#${[...rgba].slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    return { text, title, colour };
  }, tabId);
}

/** The badges on load: RFE/RL is state-funded with a legal firewall, Le Monde privately owned. */
export const RFERL_BADGE = { text: 'GOV', colour: '#8a4b00', title: expect.stringContaining('Radio Free Europe/Radio Liberty') };
export const LE_MONDE_BADGE = { text: 'PRV', colour: '#1f5fa8', title: expect.stringContaining('Le Monde') };
export const NO_BADGE = { text: '', title: 'Sourcelight' };

export async function expectBadge(extensionPage: Page, tabId: number, expected: Partial<Record<keyof ShownBadge, unknown>>): Promise<void> {
  await expect.poll(() => readBadge(extensionPage, tabId), { timeout: 15_000, interval: 200 }).toMatchObject(expected);
}

/** Clicks a link of the SPA fixture (a pushState route change) and waits for the page's new address. */
export async function followSpaLink(page: Page, id: 'next-story' | 'first-story', address: string): Promise<void> {
  await page.click(`#${id}`);
  await page.waitForFunction((u) => location.href === u, { timeout: 10_000 }, address);
}
