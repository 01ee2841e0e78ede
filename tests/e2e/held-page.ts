import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { busyInSyncRequest, DEMO, readPopup } from './common';
import type { FixtureServer } from './server';

/**
 * Keeps a page's only thread busy in a synchronous request the server holds, until `release()`: nothing (the
 * content script included) runs in it meanwhile. Makes "analysis pending" deterministic.
 */
export async function blockPage(page: Page, server: FixtureServer, path = '/navigation/hold'): Promise<() => void> {
  const release = server.hold(path);
  busyInSyncRequest(page, path);
  const held = new URL(path, page.url()).href; // the page's own origin (the demo is served at its real address)
  await expect.poll(() => server.requests.some((r) => r.url === held), { timeout: 10_000 }).toBe(true);
  return release;
}

/** A popup whose analysis is held: it says "too slow" after its deadline; once released, "Try again" shows the demo. */
export async function expectTooSlowThenRetry(popup: Page, release: () => void): Promise<void> {
  const slow = await readPopup(popup, 30_000);
  expect(slow.state).toBe('too-slow');
  expect(slow.text).toContain('This is taking too long');
  expect(await popup.$eval('.popup', (el) => el.getAttribute('aria-busy'))).toBe('false');
  release();
  await popup.click('.status-action');
  await popup.waitForSelector('section.outlet-card', { timeout: 30_000 });
  const rendered = await readPopup(popup);
  expect(rendered.title).toBe(DEMO.title);
  expect(rendered.outletId).toBe(DEMO.outletId);
}
