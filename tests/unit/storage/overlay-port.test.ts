import { describe, expect, it } from 'vitest';
import { OVERLAY_REVISION_KEY, overlayStoragePort } from '../../../lib/storage/overlay-port';
import type { StorageAreaLike } from '../../../lib/storage/storage-port';
import { fakeIndexedDb } from './fake-indexeddb';

function fakeArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

describe('the overlay port (IndexedDB, with a revision in storage.local)', () => {
  it('stores the overlay in IndexedDB, not storage.local, and bumps the revision other pages listen to', async () => {
    const idb = fakeIndexedDb();
    const area = fakeArea();
    const port = overlayStoragePort(idb, area);
    const overlay = { schemaVersion: 1, records: { claims: Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}` })) } };
    await port.set('datasetOverlay', overlay);
    expect(await port.get('datasetOverlay')).toEqual(overlay);
    expect(idb.stores.get('kv')?.has('datasetOverlay')).toBe(true);
    expect('datasetOverlay' in area.data).toBe(false);
    const first = area.data[OVERLAY_REVISION_KEY];
    expect(typeof first).toBe('number');
    await port.remove('datasetOverlay');
    expect(await port.get('datasetOverlay')).toBeUndefined();
    expect(area.data[OVERLAY_REVISION_KEY]).toBeGreaterThanOrEqual(first as number);
  });

  it('reads an overlay an earlier version left in storage.local, and moves it on the next write', async () => {
    const legacy = { schemaVersion: 1, records: { claims: [{ id: 'old' }] } };
    const area = fakeArea({ datasetOverlay: legacy });
    const idb = fakeIndexedDb();
    const port = overlayStoragePort(idb, area);
    expect(await port.get('datasetOverlay')).toEqual(legacy);
    await port.set('datasetOverlay', legacy);
    expect('datasetOverlay' in area.data).toBe(false);
    expect(idb.stores.get('kv')?.get('datasetOverlay')).toEqual(legacy);
  });
});
