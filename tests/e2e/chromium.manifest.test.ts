import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './common';
import { launchChromium, type ChromiumHarness } from './chromium-harness';
import { builtManifest, expectMinimalPermissions, expectPopupShortcut, expectSidePanel, POPUP_SHORTCUT } from './manifest-checks';

declare const chrome: typeof browser;

/** The built chrome-mv3 manifest, and what Chromium makes of it: permissions and the popup's keyboard shortcut. */

let chromium: ChromiumHarness;

describe('Chromium: the manifest', () => {
  beforeAll(async () => {
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('asks for the minimal permissions, and declares the popup shortcut with a translated description', () => {
    const manifest = builtManifest(CHROME_BUILD);
    expectMinimalPermissions(manifest, 'chromium');
    expectSidePanel(manifest, 'chromium');
    expectPopupShortcut(manifest, CHROME_BUILD);
  });

  it('Chromium binds the suggested shortcut to the toolbar popup', async () => {
    const page = await chromium.popupPage(0);
    const commands = await page.evaluate(async () => (await chrome.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut })));
    expect(commands).toContainEqual({ name: '_execute_action', shortcut: POPUP_SHORTCUT });
    await page.close();
  });
});
