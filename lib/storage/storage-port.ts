/**
 * Extension storage behind a small port, so the options page and the background (browser.storage.local), the CLI
 * (a file) and tests (fake-browser, or a port that fails) share one implementation. Kept apart from the overlay
 * store so that the popup, which only reads settings, does not load the dataset importers.
 */

export interface StoragePort {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The subset of a WebExtension storage area the port needs. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** A port over `browser.storage.local` (or any storage area). */
export function storageAreaPort(area: StorageAreaLike): StoragePort {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}

const QUOTA = /quota|exceed|QUOTA_BYTES|storage is full|disk is full|NS_ERROR_DOM_QUOTA|ENOSPC/i;

/** Whether a storage error's message says the storage is full (Chrome, Firefox and Node word it differently). */
export function isStorageFull(message: string): boolean {
  return QUOTA.test(message);
}
