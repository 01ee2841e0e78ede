import type { StorageAreaLike, StoragePort } from './storage-port';

/**
 * Where the dataset overlay lives: IndexedDB in the extension's origin, not storage.local, which holds 10 MB without
 * the `unlimitedStorage` permission (a full fact-checker's feed of 100,000 reviews is about 90 MB as an overlay;
 * `npm run bench`, bench-reviews). IndexedDB has no change events across extension pages, so every write also bumps
 * a small revision in storage.local: its `onChanged` tells the background and other options tabs to reload.
 * An overlay stored by an earlier version under storage.local is read from there until the next write moves it.
 */
export const OVERLAY_REVISION_KEY = 'datasetOverlayRevision';

const DB_NAME = 'sourcelight';
const STORE = 'kv';

/** The subset of IndexedDB the port uses (the browser's `indexedDB`, or a fake in tests). */
export type IdbFactoryLike = Pick<IDBFactory, 'open'>;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(idb: IdbFactoryLike): Promise<IDBDatabase> {
  const req = idb.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** A key-value port over one IndexedDB object store. */
export function indexedDbPort(idb: IdbFactoryLike): StoragePort {
  let db: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => (await (db ??= openDb(idb))).transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (key) => request((await store('readonly')).get(key)),
    set: async (key, value) => {
      await request((await store('readwrite')).put(value, key));
    },
    remove: async (key) => {
      await request((await store('readwrite')).delete(key));
    },
  };
}

/** The overlay's port: IndexedDB, a revision bump in `area` on every change, and the legacy copy in `area` read once. */
export function overlayStoragePort(idb: IdbFactoryLike, area: StorageAreaLike): StoragePort {
  const db = indexedDbPort(idb);
  const bump = () => area.set({ [OVERLAY_REVISION_KEY]: Date.now() });
  return {
    get: async (key) => (await db.get(key)) ?? (await area.get(key))[key],
    set: async (key, value) => {
      await db.set(key, value);
      await area.remove(key);
      await bump();
    },
    remove: async (key) => {
      await db.remove(key);
      await area.remove(key);
      await bump();
    },
  };
}
