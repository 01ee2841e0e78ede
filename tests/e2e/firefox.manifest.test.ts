import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './common';
import { launchFirefox, type FirefoxHarness, type PageGlobals } from './firefox-harness';
import { builtManifest, builtMessage, expectMinimalPermissions, expectPopupShortcut, expectSidePanel, POPUP_SHORTCUT } from './manifest-checks';

/** The built firefox-mv3 manifest, and what Firefox makes of it: permissions and the popup's keyboard shortcut. */

let firefox: FirefoxHarness;

describe('Firefox: the manifest', () => {
  beforeAll(async () => {
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('asks for the minimal permissions, and declares the popup shortcut with a translated description', () => {
    const manifest = builtManifest(FIREFOX_BUILD);
    expectMinimalPermissions(manifest, 'firefox');
    expectSidePanel(manifest, 'firefox');
    expectPopupShortcut(manifest, FIREFOX_BUILD);
  });

  it('Firefox binds the suggested shortcut to the toolbar popup and shows its description in the UI language', async () => {
    const commands = await firefox.control.evaluate(async () => {
      const all = await (globalThis as unknown as PageGlobals).browser.commands.getAll();
      return all.map(({ name, shortcut, description }) => ({ name, shortcut, description }));
    });
    const description = builtMessage(FIREFOX_BUILD, 'en', 'shortcutOpenPopupDescription');
    expect(commands).toContainEqual({ name: '_execute_action', shortcut: POPUP_SHORTCUT, description });
  });
});
