import type { IdbFactoryLike } from '../../../lib/storage/overlay-port';

/** A request that settles on a later tick, as IndexedDB's do. */
function settle<T>(result: () => T) {
  const req: { result?: T; error: null; onsuccess: (() => void) | null; onerror: (() => void) | null; onupgradeneeded?: (() => void) | null } = {
    error: null,
    onsuccess: null,
    onerror: null,
  };
  setTimeout(() => {
    req.onupgradeneeded?.();
    req.result = result();
    req.onsuccess?.();
  });
  return req;
}

/** Just enough of IndexedDB for one key-value object store, values copied as structured clones. */
export function fakeIndexedDb(): IdbFactoryLike & { stores: Map<string, Map<string, unknown>> } {
  const stores = new Map<string, Map<string, unknown>>();
  const db = {
    objectStoreNames: { contains: (name: string) => stores.has(name) },
    createObjectStore: (name: string) => stores.set(name, new Map()),
    transaction: (name: string) => ({
      objectStore: () => {
        const s = stores.get(name)!;
        return {
          get: (key: string) => settle(() => structuredClone(s.get(key))),
          put: (value: unknown, key: string) => settle(() => void s.set(key, structuredClone(value))),
          delete: (key: string) => settle(() => void s.delete(key)),
        };
      },
    }),
  };
  const open = () => {
    const req = settle(() => db);
    // The upgrade runs before success and sees the database as its result.
    Object.defineProperty(req, 'result', { get: () => db, set: () => {}, configurable: true });
    return req;
  };
  return { open: open as unknown as IDBFactory['open'], stores };
}
