import type { ClaimRecord, Entity, Outlet } from '../schema';
import { findConflicts } from '../conflicts';

/** Records an importer produced, by type. */
export interface ImportRecords {
  outlets: Outlet[];
  entities: Entity[];
  claims: ClaimRecord[];
}

/** What every importer returns. Importers are pure and never throw. */
export interface ImportResult {
  records: ImportRecords;
  /** Problems that make the import unusable; each names the record/row and field. */
  errors: string[];
  /** Things skipped or assumed on purpose. */
  warnings: string[];
}

/** Largest file an importer reads (characters). */
export const MAX_IMPORT_CHARS = 8_000_000;
/** Most records one import may hold. */
export const MAX_IMPORT_RECORDS = 20_000;
/** Most records the overlay may hold after several imports. */
export const MAX_OVERLAY_RECORDS = 50_000;
/** Most errors listed; the rest are counted. */
export const MAX_LISTED_ERRORS = 200;

export const emptyRecords = (): ImportRecords => ({ outlets: [], entities: [], claims: [] });

export const countRecords = (records: ImportRecords): number =>
  records.outlets.length + records.entities.length + records.claims.length;

/** Caps a list of messages, with a last line that counts the rest. */
export function capMessages(messages: string[], max = MAX_LISTED_ERRORS): string[] {
  if (messages.length <= max) return messages;
  return [...messages.slice(0, max), `... and ${messages.length - max} more`];
}

/** The message of an unknown thrown value, short. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 300);
}

/** Checks the size of an input text; returns an error line or null. */
export function sizeError(text: string): string | null {
  if (typeof text !== 'string') return 'input: not text';
  if (text.length > MAX_IMPORT_CHARS)
    return `input: the file is ${(text.length / 1_000_000).toFixed(1)} MB; the largest file Sourcelight imports is ${MAX_IMPORT_CHARS / 1_000_000} MB`;
  return null;
}

/**
 * Cross-checks records of one import: ids unique across types, and no two outlets claiming the same domain.
 */
export function crossCheckImport(records: ImportRecords): string[] {
  const { duplicateIds, sharedDomains } = findConflicts(records);
  return [
    ...duplicateIds.map(({ id, first, second }) => `id "${id}": used twice in this file (${first} and ${second})`),
    ...sharedDomains.map(({ domain, owner, outlet }) => `outlet "${outlet}": domains: "${domain}" is also claimed by "${owner}" in this file`),
  ];
}
