import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileDataset } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import { importOwnJson } from '@/lib/dataset/importers';
import { indexWithOverlay } from '@/lib/dataset/overlay-index';
import {
  applyImport,
  mergeOverlay,
  migrateOverlay,
  OVERLAY_STORAGE_KEY,
  serializeOverlay,
  type Overlay,
} from '@/lib/dataset/overlay';
import { OverlayStore, storageErrorMessage } from '@/lib/dataset/overlay-store';
import { storageAreaPort, type StoragePort } from '@/lib/storage/storage-port';
import type { Dataset } from '@/lib/dataset/schema';
import { claim, claimReview, entity, outlet, SMM_CSV } from './importers.samples';

const NOW = new Date('2026-11-25T12:00:00.000Z');

/** Valid records through the importer, so tests work with schema outputs. */
function records(json: unknown) {
  const result = importOwnJson(JSON.stringify(json));
  expect(result.errors).toEqual([]);
  return result.records;
}

const bundled = (): Dataset => ({
  version: '0.1.0',
  ...records({
    outlets: [outlet('bundled-a', ['a.example', 'shared.example']), outlet('bundled-b', ['b.example'])],
    entities: [entity('entity-a')],
    claims: [claim('claim-a')],
  }),
});

const overlayOf = (json: unknown): Overlay => ({ schemaVersion: 1, importedAt: NOW.toISOString(), records: records(json) });

describe('mergeOverlay', () => {
  it('overrides records with the same id in place and adds new ones', () => {
    const overlay = overlayOf({
      outlets: [outlet('bundled-b', ['b.example'], { name: 'Renamed B' }), outlet('new-c', ['c.example'])],
      claims: [claim('claim-b')],
    });
    const merged = mergeOverlay(bundled(), overlay);
    expect(merged.version).toBe('0.1.0+overlay');
    expect(merged.outlets.map((o) => [o.id, o.name])).toEqual([
      ['bundled-a', 'Outlet bundled-a'],
      ['bundled-b', 'Renamed B'],
      ['new-c', 'Outlet new-c'],
    ]);
    expect(merged.entities.map((e) => e.id)).toEqual(['entity-a']);
    expect(merged.claims.map((c) => c.id)).toEqual(['claim-a', 'claim-b']);
  });

  it("gives an overlay outlet's domain precedence over a bundled outlet's same domain", () => {
    const merged = mergeOverlay(bundled(), overlayOf({ outlets: [outlet('mine', ['shared.example'])] }));
    expect(merged.outlets.find((o) => o.id === 'bundled-a')!.domains).toEqual(['a.example']);
    const index = createDatasetIndex(compileDataset(merged));
    const hits = index.outletsForHost('shared.example');
    expect(hits.map(([, at]) => index.outletAt(at)!.id)).toEqual(['mine']);
  });

  it('returns the bundled dataset unchanged for no overlay or an empty one', () => {
    const data = bundled();
    expect(mergeOverlay(data, null)).toBe(data);
    expect(mergeOverlay(data, overlayOf({ outlets: [] }))).toBe(data);
  });
});

describe('background index with the overlay', () => {
  it('finds an overlay outlet by domain and an overridden bundled one by its new name', () => {
    const compiled = compileDataset(bundled());
    const overlay = overlayOf({ outlets: [outlet('overlay-x', ['x.example'], { name: 'Overlay X' }), outlet('bundled-a', ['a.example'], { name: 'New A' })] });
    const index = indexWithOverlay(compiled, overlay);
    const hit = index.outletsForHost('x.example')[0]!;
    expect(index.outletAt(hit[1])!.name).toBe('Overlay X');
    expect(index.recordsNamed('Overlay X')).toHaveLength(1);
    expect(index.outletAt(index.outletsForHost('a.example')[0]![1])!.name).toBe('New A');
    expect(indexWithOverlay(compiled, null).outletsForHost('x.example')).toEqual([]);
  });

  it('falls back to the bundled index when the merged dataset cannot be compiled', () => {
    const compiled = compileDataset(bundled());
    // Not reachable through the importer (it validates), but user data must never take the background down.
    const broken = { schemaVersion: 1, importedAt: NOW.toISOString(), records: { outlets: [{ id: 'x', name: 'X', aliases: [], domains: null }], entities: [], claims: [] } };
    const errors: unknown[] = [];
    const index = indexWithOverlay(compiled, broken as unknown as Overlay, (error) => errors.push(error));
    expect(Array.from({ length: index.curatedCount }, (_, i) => index.outletAt(i)!.id)).toEqual(['bundled-a', 'bundled-b']);
    expect(errors).toHaveLength(1);
  });
});

describe('migrateOverlay', () => {
  it('upgrades a v0 overlay (a bare array of records) to the current version', () => {
    const v0 = [outlet('old-a', ['old.example']), entity('old-e'), claim('old-c')];
    const { overlay, migratedFrom, errors } = migrateOverlay(v0, NOW);
    expect(errors).toEqual([]);
    expect(migratedFrom).toBe(0);
    expect(overlay).toMatchObject({ schemaVersion: 1, importedAt: NOW.toISOString() });
    expect(overlay!.records.outlets.map((o) => o.id)).toEqual(['old-a']);
    expect(overlay!.records.entities.map((e) => e.id)).toEqual(['old-e']);
    expect(overlay!.records.claims.map((c) => c.id)).toEqual(['old-c']);
  });

  it('drops stored records that no longer pass the schema, with a warning', () => {
    const stored = { schemaVersion: 1, importedAt: 'x', records: { outlets: [outlet('ok', ['ok.example']), { id: 'broken' }] } };
    const { overlay, warnings } = migrateOverlay(stored, NOW);
    expect(overlay!.records.outlets.map((o) => o.id)).toEqual(['ok']);
    expect(overlay!.importedAt).toBe(NOW.toISOString());
    expect(warnings[0]).toMatch(/^stored overlay: record dropped: outlets\[1\] "broken"/);
  });

  it('leaves a newer or unknown stored value alone with an error', () => {
    expect(migrateOverlay({ schemaVersion: 2, records: {} }).errors[0]).toMatch(/schemaVersion 2 is newer/);
    expect(migrateOverlay({ hello: 1 }).errors[0]).toMatch(/not a Sourcelight overlay/);
    expect(migrateOverlay('text').errors[0]).toMatch(/expected an object/);
    expect(migrateOverlay(undefined)).toMatchObject({ overlay: null, errors: [] });
  });
});

describe('applyImport', () => {
  it('is all or nothing: an import with errors or no records changes nothing', () => {
    const existing = overlayOf({ outlets: [outlet('kept', ['kept.example'])] });
    expect(applyImport(existing, { records: records({ outlets: [] }), errors: ['x: bad'] })).toEqual({ ok: false, errors: ['x: bad'] });
    expect(applyImport(existing, { records: records({ outlets: [] }), errors: [] })).toMatchObject({ ok: false });
  });

  it('summarises added and overridden records, overrides of bundled ones and domain moves', () => {
    const existing = overlayOf({ outlets: [outlet('mine', ['m.example', 'moved.example'])] });
    const incoming = records({ outlets: [outlet('mine', ['m.example']), outlet('bundled-a', ['a.example']), outlet('taker', ['moved.example'])] });
    const applied = applyImport(existing, { records: incoming, errors: [] }, NOW, new Set(['bundled-a']));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.summary.added).toEqual({ outlets: 2, entities: 0, claims: 0 });
    expect(applied.summary.overridden).toEqual({ outlets: 1, entities: 0, claims: 0 });
    expect(applied.overridesBundled).toEqual(['bundled-a']);
    expect(applied.overlay.records.outlets.map((o) => o.id)).toEqual(['mine', 'bundled-a', 'taker']);
  });
});

describe('OverlayStore on browser.storage.local (fake-browser)', () => {
  beforeEach(() => fakeBrowser.reset());
  const store = () => new OverlayStore(storageAreaPort(fakeBrowser.storage.local), OVERLAY_STORAGE_KEY, () => NOW);

  it('imports each format, exports JSON that imports back, and clears', async () => {
    const s = store();
    const own = await s.importText(JSON.stringify({ outlets: [outlet('o-a', ['a.example'])] }), { fileName: 'mine.json' });
    expect(own).toMatchObject({ ok: true, format: 'sourcelight-json', counts: { outlets: 1, entities: 0, claims: 0 } });
    const reviews = await s.importText(JSON.stringify([claimReview(1, 'False'), claimReview(2, 'True')]), { today: '2026-11-25' });
    expect(reviews).toMatchObject({ ok: true, format: 'claimreview', counts: { outlets: 1, claims: 2 } });
    const csv = await s.importText(SMM_CSV, { fileName: 'State_Media_Matrix.csv', today: '2026-11-25' });
    expect(csv).toMatchObject({ ok: true, format: 'state-media-matrix-csv', counts: { outlets: 3, claims: 2 } });

    const exported = await s.exportJson();
    if ('error' in exported) throw new Error(exported.error);
    const stored = (await fakeBrowser.storage.local.get(OVERLAY_STORAGE_KEY))[OVERLAY_STORAGE_KEY];
    expect(JSON.parse(exported.json)).toEqual(stored);

    expect(await s.clear()).toEqual({ ok: true });
    expect((await s.load()).overlay).toBeNull();
    const again = await s.importText(exported.json, { fileName: 'sourcelight-overlay.json' });
    expect(again).toMatchObject({ ok: true, counts: { outlets: 3, entities: 0, claims: 2 } });
  });

  it('leaves the stored overlay untouched when an import fails', async () => {
    const s = store();
    await s.importText(JSON.stringify([outlet('o-a', ['a.example'])]));
    const before = await fakeBrowser.storage.local.get(OVERLAY_STORAGE_KEY);
    for (const bad of ['{"outlets": [', JSON.stringify([outlet('o-b', ['b.example']), { id: 'x', domains: 'nope' }]), 'garbage', '[]']) {
      const result = await s.importText(bad, { fileName: 'bad.json' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(await fakeBrowser.storage.local.get(OVERLAY_STORAGE_KEY)).toEqual(before);
  });

  it('upgrades a stored v0 overlay on load and writes the new shape back', async () => {
    await fakeBrowser.storage.local.set({ [OVERLAY_STORAGE_KEY]: [outlet('old-a', ['old.example'])] });
    const loaded = await store().load();
    expect(loaded.counts.outlets).toBe(1);
    expect(loaded.warnings).toContain('stored overlay upgraded from schema version 0 to 1');
    const stored = (await fakeBrowser.storage.local.get(OVERLAY_STORAGE_KEY))[OVERLAY_STORAGE_KEY];
    expect(stored).toMatchObject({ schemaVersion: 1, records: { outlets: [{ id: 'old-a' }] } });
  });

  it('refuses to import over a stored overlay it cannot read, leaving it as it is', async () => {
    await fakeBrowser.storage.local.set({ [OVERLAY_STORAGE_KEY]: { schemaVersion: 9, records: {} } });
    const result = await store().importText(JSON.stringify([outlet('o-a', ['a.example'])]));
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/newer/), expect.stringMatching(/not changed/)] });
    expect((await fakeBrowser.storage.local.get(OVERLAY_STORAGE_KEY))[OVERLAY_STORAGE_KEY]).toEqual({ schemaVersion: 9, records: {} });
  });
});

describe('storage errors', () => {
  const failing = (message: string): StoragePort => {
    let value: unknown = [outlet('kept', ['kept.example'])];
    return {
      get: async () => value,
      set: async () => {
        throw new Error(message);
      },
      remove: async () => {
        value = undefined;
        throw new Error(message);
      },
    };
  };

  it('turns a quota error into a clear message and changes nothing', async () => {
    const s = new OverlayStore(failing('QUOTA_BYTES quota exceeded'));
    const result = await s.importText(JSON.stringify([outlet('o-a', ['a.example'])]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^Not enough storage space to save the overlay \(the overlay is about 0\.0 MB\): the browser said "QUOTA_BYTES quota exceeded"\. Nothing was changed/);
  });

  it('reports other storage failures plainly', async () => {
    expect(storageErrorMessage(new Error('disk on fire'), 'read')).toBe('Could not read the overlay in extension storage: disk on fire.');
    const cleared = await new OverlayStore(failing('locked')).clear();
    expect(cleared).toEqual({ ok: false, error: 'Could not clear the overlay in extension storage: locked.' });
  });

  it('refuses an overlay larger than extension storage holds', () => {
    const batch = (from: number) =>
      records({ outlets: Array.from({ length: 2000 }, (_, i) => outlet(`o-${from + i}`, [`d${from + i}.example`], { note: 'x'.repeat(2500) })) });
    const existing: Overlay = { schemaVersion: 1, importedAt: NOW.toISOString(), records: batch(0) };
    const applied = applyImport(existing, { records: batch(2000), errors: [] }, NOW);
    expect(applied).toMatchObject({ ok: false, errors: [expect.stringMatching(/the overlay would be \d+\.\d MB; at most 8 MB/)] });
  });

  it('serialises no overlay as an empty one', () => {
    expect(JSON.parse(serializeOverlay(null))).toMatchObject({ schemaVersion: 1, records: { outlets: [], entities: [], claims: [] } });
  });
});
