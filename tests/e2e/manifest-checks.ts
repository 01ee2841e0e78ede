import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './common';

/** Checks on a built manifest, shared by the Chromium and Firefox manifest tests. */

/** The toolbar popup's suggested shortcut, as the README documents it. */
export const POPUP_SHORTCUT = 'Alt+Shift+S';

interface BuiltManifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string; open_at_install?: boolean };
}

export function builtManifest(buildDir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** A message of the build's catalogue for `lang`. */
export function builtMessage(buildDir: string, lang: string, key: string): string | undefined {
  const catalogue = JSON.parse(readFileSync(join(buildDir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return catalogue[key]?.message;
}

/**
 * Minimal permissions: no host access up front, all sites only as an optional permission asked on a click.
 * Chromium also gets `offscreen` (no install warning): its service worker has no DOM to read page snapshots in;
 * and `sidePanel` (no install warning) for the side panel, which Firefox's sidebar_action gets without one.
 */
export function expectMinimalPermissions(manifest: BuiltManifest, browser: 'chromium' | 'firefox'): void {
  const extra = browser === 'chromium' ? ['offscreen', 'sidePanel'] : [];
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage', ...extra].sort());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
}

/** The popup's keyboard shortcut: declared with a translated description, and the one the README gives. */
export function expectPopupShortcut(manifest: BuiltManifest, buildDir: string): void {
  const command = manifest.commands?._execute_action;
  expect(command?.suggested_key).toEqual({ default: POPUP_SHORTCUT });
  const key = /^__MSG_(\w+)__$/.exec(command?.description ?? '')?.[1];
  expect(key, 'the description goes through i18n').toBeDefined();
  for (const lang of ['en', 'fr']) expect(builtMessage(buildDir, lang, key!), `${lang}: ${key}`).toBeTruthy();
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(POPUP_SHORTCUT);
}

/** The side panel: Chromium's side_panel, Firefox's sidebar (which must not open by itself at install). */
export function expectSidePanel(manifest: BuiltManifest, browser: 'chromium' | 'firefox'): void {
  if (browser === 'chromium') {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.sidebar_action).toBeUndefined();
  } else {
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.sidebar_action?.open_at_install).toBe(false);
    expect(manifest.side_panel).toBeUndefined();
  }
}
