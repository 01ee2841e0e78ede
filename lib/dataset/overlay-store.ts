import { isStorageFull, type StoragePort } from '../storage/storage-port';
import { importFile, type ImportFormat, type ImportOptions } from './importers';
import {
  applyImport,
  migrateOverlay,
  overlayCounts,
  OVERLAY_STORAGE_KEY,
  serializeOverlay,
  type Counts,
  type MergeSummary,
  type Overlay,
} from './overlay';

/**
 * The overlay in storage, behind a small port so the options page (browser.storage.local), the CLI (a file) and
 * tests (fake-browser, or a port that fails) share one implementation. No method throws.
 */

/** A storage failure in words a user can act on. */
export function storageErrorMessage(
  error: unknown,
  action: 'save' | 'read' | 'clear',
  bytes?: number,
  where = 'extension storage',
): string {
  const raw = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  if (isStorageFull(raw)) {
    const size = bytes ? ` (the overlay is about ${(bytes / 1_000_000).toFixed(1)} MB)` : '';
    return `Not enough storage space to ${action} the overlay${size}: the browser said "${raw}". Nothing was changed; import a smaller file or clear the overlay first.`;
  }
  const tail = action === 'save' ? ' Nothing was changed.' : '';
  return `Could not ${action} the overlay in ${where}: ${raw}.${tail}`;
}

export interface LoadResult {
  overlay: Overlay | null;
  counts: Counts;
  errors: string[];
  warnings: string[];
}

export type StoreImportResult =
  | {
      ok: true;
      format: ImportFormat | null;
      summary: MergeSummary;
      overridesBundled: string[];
      counts: Counts;
      warnings: string[];
    }
  | { ok: false; format: ImportFormat | null; errors: string[]; warnings: string[] };

export class OverlayStore {
  constructor(
    private readonly port: StoragePort,
    private readonly key: string = OVERLAY_STORAGE_KEY,
    private readonly clock: () => Date = () => new Date(),
    /** Where the overlay lives, for error messages ("extension storage", "/home/me/.config/sourcelight/overlay.json"). */
    private readonly where = 'extension storage',
  ) {}

  /** Reads and (if older) upgrades the stored overlay. An upgraded overlay is written back, best effort. */
  async load(): Promise<LoadResult> {
    let stored: unknown;
    try {
      stored = await this.port.get(this.key);
    } catch (error) {
      return { overlay: null, counts: overlayCounts(null), errors: [storageErrorMessage(error, 'read', undefined, this.where)], warnings: [] };
    }
    const migrated = migrateOverlay(stored, this.clock());
    const warnings = [...migrated.warnings];
    if (migrated.overlay && migrated.migratedFrom !== null) {
      try {
        await this.port.set(this.key, migrated.overlay);
        warnings.push(`stored overlay upgraded from schema version ${migrated.migratedFrom} to ${migrated.overlay.schemaVersion}`);
      } catch (error) {
        warnings.push(storageErrorMessage(error, 'save', undefined, this.where));
      }
    }
    return { overlay: migrated.overlay, counts: overlayCounts(migrated.overlay), errors: migrated.errors, warnings };
  }

  /**
   * Imports a file's text into the overlay, all or nothing: on any error (malformed file, invalid record, unreadable
   * stored overlay, storage full) the stored overlay is left as it was.
   */
  async importText(text: string, options: ImportOptions & { bundledIds?: ReadonlySet<string> } = {}): Promise<StoreImportResult> {
    const result = importFile(text, options);
    if (result.errors.length) return { ok: false, format: result.format, errors: result.errors, warnings: result.warnings };
    const current = await this.load();
    if (current.errors.length) {
      return { ok: false, format: result.format, errors: [...current.errors, 'The stored overlay was not changed; clear it to import again.'], warnings: result.warnings };
    }
    const applied = applyImport(current.overlay, result, this.clock(), options.bundledIds);
    if (!applied.ok) return { ok: false, format: result.format, errors: applied.errors, warnings: result.warnings };
    try {
      await this.port.set(this.key, applied.overlay);
    } catch (error) {
      return {
        ok: false,
        format: result.format,
        errors: [storageErrorMessage(error, 'save', serializeOverlay(applied.overlay).length, this.where)],
        warnings: result.warnings,
      };
    }
    return {
      ok: true,
      format: result.format,
      summary: applied.summary,
      overridesBundled: applied.overridesBundled,
      counts: overlayCounts(applied.overlay),
      warnings: [...current.warnings, ...result.warnings],
    };
  }

  /** The overlay as pretty JSON (an empty overlay when none is stored). */
  async exportJson(): Promise<{ json: string; counts: Counts } | { error: string }> {
    const loaded = await this.load();
    if (loaded.errors.length) return { error: loaded.errors.join('\n') };
    return { json: serializeOverlay(loaded.overlay, true), counts: loaded.counts };
  }

  /** Removes the overlay; the bundled dataset is used alone again. */
  async clear(): Promise<{ ok: true } | { ok: false; error: string }> {
    try {
      await this.port.remove(this.key);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: storageErrorMessage(error, 'clear', undefined, this.where) };
    }
  }
}
