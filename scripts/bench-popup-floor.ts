/**
 * The empty-popup floor for the browser bench: how long Chromium takes to show a popup with nothing in it, measured
 * the way the bench measures Sourcelight's (toolbar click → the popup's target → a selector present in it). A second,
 * minimal extension (one static popup page, no script, no permission) is written for the run and loaded beside
 * Sourcelight, so both are clicked in the same browser, on the same page, in the same run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Extension, Page } from 'puppeteer-core';

export const EMPTY_POPUP_NAME = 'Sourcelight bench: empty popup';
/** What the empty popup shows; present in its HTML, so "shown" is the page's first parse. */
export const EMPTY_POPUP_SHOWN = '#empty-popup';

/** Writes the empty extension to a temporary folder and returns that folder (the caller removes it). */
export function writeEmptyPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-empty-popup-'));
  const manifest = { manifest_version: 3, name: EMPTY_POPUP_NAME, version: '1.0', action: { default_popup: 'popup.html' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>Empty</title><p id="empty-popup" style="width:20rem">Empty</p>');
  return dir;
}

export async function extensionNamed(browser: Browser, name: string): Promise<Extension> {
  const found = [...(await browser.extensions()).values()].find((e) => e.name === name);
  if (!found) throw new Error(`the extension "${name}" did not load`);
  return found;
}

/**
 * Clicks `extension`'s toolbar action for `page` and waits until its popup shows `selector`. Returns the popup (the
 * caller closes it) and the milliseconds from the click to that moment.
 */
export async function clickToShown(browser: Browser, page: Page, extension: Extension, selector: string): Promise<{ popup: Page; ms: number }> {
  const popupUrl = `chrome-extension://${extension.id}/popup.html`;
  const known = new Set(browser.targets().filter((t) => t.url() === popupUrl));
  await page.bringToFront();
  const clicked = performance.now();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === popupUrl && !known.has(t), { timeout: 30_000 });
  const popup = await target.asPage();
  await popup.waitForSelector(selector, { timeout: 60_000 });
  return { popup, ms: performance.now() - clicked };
}

/** The floor for one page: the empty popup clicked on it, then closed. */
export async function emptyPopupMs(browser: Browser, page: Page, empty: Extension): Promise<number> {
  const { popup, ms } = await clickToShown(browser, page, empty, EMPTY_POPUP_SHOWN);
  await popup.close();
  return ms;
}
