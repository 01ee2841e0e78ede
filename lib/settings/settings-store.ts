import * as v from 'valibot';
import { isStorageFull, type StoragePort } from '../storage/storage-port';
import { DEFAULT_SETTINGS, OriginSchema, SETTINGS_STORAGE_KEY, SettingsSchema, TOOLBAR_CHOICES, type Settings } from './settings';

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
  const salvaged = salvage(stored);
  if (salvaged) return { settings: salvaged, warnings: ['Some stored settings were not valid; the valid ones were kept and the rest reset to the defaults.'] };
  return { settings: DEFAULT_SETTINGS, warnings: ['The stored settings were not valid and were reset to the defaults.'] };
}

export type SaveOutcome = { ok: true } | { ok: false; reason: 'invalid' | 'storage-full' | 'failed'; detail: string };

/** Validates and stores the settings; on failure says why, so the options page can explain it in the reader's language. */
export async function saveSettingsOutcome(port: StoragePort, settings: Settings): Promise<SaveOutcome> {
  const parsed = safeParse(settings);
  if (!parsed) return { ok: false, reason: 'invalid', detail: 'These settings are not valid; nothing was saved.' };
  try {
    await port.set(SETTINGS_STORAGE_KEY, parsed);
    return { ok: true };
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    return { ok: false, reason: isStorageFull(detail) ? 'storage-full' : 'failed', detail };
  }
}

/** Validates and stores the settings. Returns an error message a user can read, or null. */
export async function saveSettings(port: StoragePort, settings: Settings): Promise<string | null> {
  const outcome = await saveSettingsOutcome(port, settings);
  if (outcome.ok) return null;
  if (outcome.reason === 'storage-full') {
    return `Not enough storage space to save the settings: the browser said "${outcome.detail}". Nothing was changed; clearing the dataset overlay frees space.`;
  }
  return outcome.reason === 'invalid' ? outcome.detail : `Could not save the settings: ${outcome.detail}`;
}

/**
 * What can be kept from a stored value that does not validate as a whole (written by another version, or
 * edited by hand): a boolean `everywhere` and the site entries with a valid origin and a boolean choice.
 * Null when nothing of the annotations' shape is left.
 */
function salvage(stored: unknown): Settings | null {
  if (!isRecord(stored)) return null;
  const annotations = isRecord(stored.annotations) ? stored.annotations : null;
  if (!annotations) return null;
  const everywhere = typeof annotations.everywhere === 'boolean' ? annotations.everywhere : DEFAULT_SETTINGS.annotations.everywhere;
  const sites = Object.fromEntries(
    Object.entries(isRecord(annotations.sites) ? annotations.sites : {}).filter(
      ([origin, on]) => typeof on === 'boolean' && v.is(OriginSchema, origin),
    ),
  );
  const toolbar = v.is(v.picklist(TOOLBAR_CHOICES), stored.toolbar) ? { toolbar: stored.toolbar } : {};
  return safeParse({ ...DEFAULT_SETTINGS, annotations: { everywhere, sites }, ...toolbar });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeParse(value: unknown): Settings | null {
  try {
    const result = v.safeParse(SettingsSchema, value);
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}
