import * as v from 'valibot';
import type { StoragePort } from '../dataset/overlay-store';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, SettingsSchema, type Settings } from './settings';

export interface SettingsLoad {
  settings: Settings;
  /** Why the stored value was not used as it was (unreadable, invalid, from an older version), for the options page. */
  warnings: string[];
}

/** Reads the settings; anything missing, unreadable or invalid gives the defaults (annotations off). Never throws. */
export async function loadSettings(port: StoragePort): Promise<SettingsLoad> {
  let stored: unknown;
  try {
    stored = await port.get(SETTINGS_STORAGE_KEY);
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, warnings: [`Could not read the settings: ${String(error).slice(0, 300)}`] };
  }
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, warnings: [] };
  const parsed = safeParse(stored);
  if (parsed) return { settings: parsed, warnings: [] };
  return { settings: DEFAULT_SETTINGS, warnings: ['The stored settings were not valid and were reset to the defaults.'] };
}

/** Validates and stores the settings. Returns an error message a user can read, or null. */
export async function saveSettings(port: StoragePort, settings: Settings): Promise<string | null> {
  const parsed = safeParse(settings);
  if (!parsed) return 'These settings are not valid; nothing was saved.';
  try {
    await port.set(SETTINGS_STORAGE_KEY, parsed);
    return null;
  } catch (error) {
    return `Could not save the settings: ${String(error).slice(0, 300)}`;
  }
}

function safeParse(value: unknown): Settings | null {
  try {
    const result = v.safeParse(SettingsSchema, value);
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}
