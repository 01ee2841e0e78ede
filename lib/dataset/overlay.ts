import { importOwnJsonValue } from './importers/own-json';
import { countRecords, emptyRecords, MAX_OVERLAY_RECORDS, type ImportRecords, type ImportResult } from './importers/types';
import type { Dataset } from './schema';

/**
 * The user's overlay: records imported on this machine that override or add to the bundled dataset. Stored in
 * extension storage (`browser.storage.local`, which survives extension updates) or, for the CLI, in a file.
 */

export const OVERLAY_SCHEMA_VERSION = 1;
export const OVERLAY_STORAGE_KEY = 'datasetOverlay';
/** Largest overlay stored, as JSON (Chrome's storage.local holds 10 MB without `unlimitedStorage`). */
export const MAX_OVERLAY_BYTES = 8_000_000;

export interface Overlay {
  schemaVersion: typeof OVERLAY_SCHEMA_VERSION;
  /** When the last import was applied (ISO date-time). */
  importedAt: string;
  records: ImportRecords;
}

/**
 * Version 0, the first prototype's shape: a bare array of records of any type (the `data/<type>/*.json` array
 * format, mixed), with no version and no date. Upgraded by `migrateOverlay`.
 */
export type OverlayV0 = unknown[];

export type RecordType = keyof ImportRecords;
export const RECORD_TYPES: readonly RecordType[] = ['outlets', 'entities', 'claims'];
export type Counts = Record<RecordType, number>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function emptyOverlay(now: Date = new Date()): Overlay {
  return { schemaVersion: OVERLAY_SCHEMA_VERSION, importedAt: now.toISOString(), records: emptyRecords() };
}

export function overlayCounts(overlay: Overlay | null): Counts {
  const records = overlay?.records ?? emptyRecords();
  return { outlets: records.outlets.length, entities: records.entities.length, claims: records.claims.length };
}

export interface MigrationResult {
  /** The overlay in the current shape; null when nothing is stored or it cannot be read. */
  overlay: Overlay | null;
  /** The stored version when it was older than the current one (and so was upgraded). */
  migratedFrom: number | null;
  /** Why the stored value cannot be used (it is left as it is). */
  errors: string[];
  /** Records dropped because they no longer pass the schema. */
  warnings: string[];
}

function fromRecords(validated: ImportResult, importedAt: string): Overlay {
  return { schemaVersion: OVERLAY_SCHEMA_VERSION, importedAt, records: validated.records };
}

/**
 * Reads a stored overlay of any version into the current shape, re-validating every record with the schema
 * (stored data is as untrusted as imported data: invalid records are dropped with a warning). Never throws.
 */
export function migrateOverlay(stored: unknown, now: Date = new Date()): MigrationResult {
  const none = (errors: string[] = []): MigrationResult => ({ overlay: null, migratedFrom: null, errors, warnings: [] });
  try {
    if (stored === undefined || stored === null) return none();
    if (Array.isArray(stored)) {
      // v0: a bare array of records.
      const validated = importOwnJsonValue(stored, MAX_OVERLAY_RECORDS);
      return { overlay: fromRecords(validated, now.toISOString()), migratedFrom: 0, errors: [], warnings: dropped(validated) };
    }
    if (!isObject(stored)) return none([`stored overlay: expected an object, found ${typeof stored}`]);
    const version = stored.schemaVersion;
    if (typeof version === 'number' && version > OVERLAY_SCHEMA_VERSION) {
      return none([`stored overlay: schemaVersion ${version} is newer than this version of Sourcelight reads (${OVERLAY_SCHEMA_VERSION}); left as it is`]);
    }
    if (version !== OVERLAY_SCHEMA_VERSION || !isObject(stored.records)) {
      return none([`stored overlay: not a Sourcelight overlay (schemaVersion ${JSON.stringify(version) ?? 'missing'}); clear it to import again`]);
    }
    const body = stored.records;
    const validated = importOwnJsonValue({
      outlets: Array.isArray(body.outlets) ? body.outlets : [],
      entities: Array.isArray(body.entities) ? body.entities : [],
      claims: Array.isArray(body.claims) ? body.claims : [],
    }, MAX_OVERLAY_RECORDS);
    const importedAt = typeof stored.importedAt === 'string' && !Number.isNaN(Date.parse(stored.importedAt)) ? stored.importedAt : now.toISOString();
    return { overlay: fromRecords(validated, importedAt), migratedFrom: null, errors: [], warnings: dropped(validated) };
  } catch (error) {
    return none([`stored overlay: could not be read (${String(error).slice(0, 200)})`]);
  }
}

function dropped(validated: ImportResult): string[] {
  return validated.errors.map((line) => `stored overlay: record dropped: ${line}`);
}

export interface MergeSummary {
  /** Records whose id was new. */
  added: Counts;
  /** Records that replaced a record with the same id. */
  overridden: Counts;
  addedIds: string[];
  overriddenIds: string[];
  /** "domain "x" moves from outlet a to outlet b". */
  domainMoves: string[];
}

const zero = (): Counts => ({ outlets: 0, entities: 0, claims: 0 });

/**
 * Puts `incoming` over `base`: a record with an id already present replaces it in place, a new one is appended,
 * and an incoming outlet's domains are taken away from any other outlet in `base` that claimed the same domain.
 */
export function mergeRecords(base: ImportRecords, incoming: ImportRecords): { records: ImportRecords; summary: MergeSummary } {
  const summary: MergeSummary = { added: zero(), overridden: zero(), addedIds: [], overriddenIds: [], domainMoves: [] };
  const merged = emptyRecords();
  for (const type of RECORD_TYPES) {
    const list = [...base[type]] as ImportRecords[typeof type];
    const position = new Map(list.map((record, i) => [record.id, i]));
    for (const record of incoming[type]) {
      const at = position.get(record.id);
      if (at === undefined) {
        position.set(record.id, list.length);
        (list as unknown[]).push(record);
        summary.added[type] += 1;
        summary.addedIds.push(record.id);
      } else {
        (list as unknown[])[at] = record;
        summary.overridden[type] += 1;
        summary.overriddenIds.push(record.id);
      }
    }
    (merged[type] as unknown[]) = list;
  }
  // An incoming outlet's domains take precedence over another outlet's same domain.
  const claimed = new Map<string, string>();
  for (const outlet of incoming.outlets) for (const domain of outlet.domains) claimed.set(domain, outlet.id);
  if (claimed.size) {
    merged.outlets = merged.outlets.map((outlet) => {
      const kept = outlet.domains.filter((domain) => {
        const owner = claimed.get(domain);
        if (owner === undefined || owner === outlet.id) return true;
        summary.domainMoves.push(`domain "${domain}" moves from outlet "${outlet.id}" to "${owner}"`);
        return false;
      });
      return kept.length === outlet.domains.length ? outlet : { ...outlet, domains: kept };
    });
  }
  return { records: merged, summary };
}

/** The bundled dataset with the overlay over it (same id overrides, new ids are added, overlay domains win). */
export function mergeOverlay(bundled: Dataset, overlay: Overlay | null): Dataset {
  if (!overlay || countRecords(overlay.records) === 0) return bundled;
  const { records } = mergeRecords({ outlets: bundled.outlets, entities: bundled.entities, claims: bundled.claims }, overlay.records);
  return { version: `${bundled.version}+overlay`, ...records };
}

export type ApplyResult =
  | { ok: true; overlay: Overlay; summary: MergeSummary; overridesBundled: string[] }
  | { ok: false; errors: string[] };

/**
 * Puts an import's records into the overlay. All or nothing: an import with any error, or with no records, changes
 * nothing. `bundledIds`, when given, lets the summary say which records override bundled ones.
 */
export function applyImport(
  existing: Overlay | null,
  result: Pick<ImportResult, 'records' | 'errors'>,
  now: Date = new Date(),
  bundledIds?: ReadonlySet<string>,
): ApplyResult {
  if (result.errors.length) return { ok: false, errors: result.errors };
  if (countRecords(result.records) === 0) return { ok: false, errors: ['input: the file holds no records to import'] };
  const { records, summary } = mergeRecords(existing?.records ?? emptyRecords(), result.records);
  const total = countRecords(records);
  if (total > MAX_OVERLAY_RECORDS) {
    return { ok: false, errors: [`the overlay would hold ${total} records; at most ${MAX_OVERLAY_RECORDS} are kept. Nothing was changed.`] };
  }
  const overlay: Overlay = { schemaVersion: OVERLAY_SCHEMA_VERSION, importedAt: now.toISOString(), records };
  const size = serializeOverlay(overlay).length;
  if (size > MAX_OVERLAY_BYTES) {
    return {
      ok: false,
      errors: [`the overlay would be ${(size / 1_000_000).toFixed(1)} MB; at most ${MAX_OVERLAY_BYTES / 1_000_000} MB fits in extension storage. Nothing was changed.`],
    };
  }
  const incomingIds = RECORD_TYPES.flatMap((type) => result.records[type].map((r) => r.id));
  const overridesBundled = bundledIds ? incomingIds.filter((id) => bundledIds.has(id)) : [];
  return { ok: true, overlay, summary, overridesBundled };
}

/** The overlay as the JSON the export gives (and the importer reads back). */
export function serializeOverlay(overlay: Overlay | null, pretty = false): string {
  return JSON.stringify(overlay ?? emptyOverlay(new Date(0)), null, pretty ? 2 : undefined);
}

/** "2 outlets, 1 claim" (zero counts left out; "nothing" when all are zero). */
export function describeCounts(counts: Counts): string {
  const parts = [
    counts.outlets ? `${counts.outlets} outlet${counts.outlets === 1 ? '' : 's'}` : '',
    counts.entities ? `${counts.entities} ${counts.entities === 1 ? 'entity' : 'entities'}` : '',
    counts.claims ? `${counts.claims} claim${counts.claims === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}
