import { describe, expect, it } from 'vitest';
import type { StoragePort } from '@/lib/storage/storage-port';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, toolbarChoice, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, saveSettingsOutcome } from '@/lib/settings/settings-store';

/** An in-memory storage area; `failSet` makes every write fail the way a browser does. */
function memoryPort(initial: Record<string, unknown> = {}, failSet?: Error): StoragePort & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => data[key],
    set: async (key, value) => {
      if (failSet) throw failSet;
      data[key] = structuredClone(value);
    },
    remove: async (key) => {
      delete data[key];
    },
  };
}

const ON: Settings = { version: 1, annotations: { everywhere: true, sites: { 'https://www.rferl.org': true, 'http://127.0.0.1:8080': false } } };

describe('settings across extension updates', () => {
  it('a fresh install reads the defaults, with annotations off', async () => {
    expect(await loadSettings(memoryPort())).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(DEFAULT_SETTINGS.annotations.everywhere).toBe(false);
  });

  it('saves and reads back what it saved', async () => {
    const port = memoryPort();
    expect(await saveSettings(port, ON)).toBeNull();
    expect(await loadSettings(port)).toEqual({ settings: ON, warnings: [] });
  });

  it.each([
    ['a string', 'annotations=on'],
    ['an array', [1, 2]],
    ['null', null],
    ['an object of another shape', { theme: 'dark' }],
  ])('a stored value that is %s gives the defaults and says so', async (_what, stored) => {
    const loaded = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: stored }));
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warnings).toHaveLength(1);
  });

  it('keeps what is still valid from an older version, and drops the rest', async () => {
    const older = { version: 0, annotations: { everywhere: true, sites: { 'https://apnews.com': true, 'apnews.com': true, 'https://bbc.co.uk': 'yes' } } };
    const loaded = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: older }));
    expect(loaded.settings).toEqual({ version: 1, annotations: { everywhere: true, sites: { 'https://apnews.com': true } } });
    expect(loaded.warnings[0]).toMatch(/not valid/);
  });

  it('keeps the toolbar choice, absent meaning the popup', async () => {
    const panel = { version: 1, annotations: { everywhere: false, sites: {} }, toolbar: 'panel' };
    const loaded = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: panel }));
    expect(toolbarChoice(loaded.settings)).toBe('panel');
    expect(toolbarChoice(DEFAULT_SETTINGS)).toBe('popup');
    const salvaged = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: { ...panel, version: 0 } }));
    expect(toolbarChoice(salvaged.settings)).toBe('panel');
    const unknown = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: { ...panel, toolbar: 'window' } }));
    expect(toolbarChoice(unknown.settings)).toBe('popup');
  });

  it('a damaged switch falls back to off', async () => {
    const damaged = { version: 1, annotations: { everywhere: 'true', sites: [] } };
    const loaded = await loadSettings(memoryPort({ [SETTINGS_STORAGE_KEY]: damaged }));
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a storage area that cannot be read gives the defaults and the reason', async () => {
    const port: StoragePort = { ...memoryPort(), get: () => Promise.reject(new Error('IO error')) };
    const loaded = await loadSettings(port);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warnings[0]).toContain('IO error');
  });
});

describe('saving settings', () => {
  it('a full storage area is reported as such, and nothing is stored', async () => {
    const port = memoryPort({}, new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSettingsOutcome(port, ON)).toEqual({ ok: false, reason: 'storage-full', detail: 'QUOTA_BYTES quota exceeded' });
    expect(await saveSettings(port, ON)).toMatch(/^Not enough storage space to save the settings.*QUOTA_BYTES quota exceeded.*Nothing was changed/);
    expect(port.data).toEqual({});
  });

  it('another storage failure is reported with the browser’s words', async () => {
    const port = memoryPort({}, new Error('Extension context invalidated'));
    expect(await saveSettingsOutcome(port, ON)).toEqual({ ok: false, reason: 'failed', detail: 'Extension context invalidated' });
  });

  it('refuses invalid settings without writing', async () => {
    const port = memoryPort();
    const bad = { version: 1, annotations: { everywhere: true, sites: { 'not an origin': true } } } as Settings;
    expect(await saveSettingsOutcome(port, bad)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(port.data).toEqual({});
  });
});
