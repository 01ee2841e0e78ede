import * as v from 'valibot';
import { ClaimRecordSchema, EntitySchema, formatIssues, OutletSchema } from '../schema';
import {
  capMessages,
  crossCheckImport,
  emptyRecords,
  MAX_IMPORT_RECORDS,
  messageOf,
  sizeError,
  type ImportRecords,
  type ImportResult,
} from './types';

/**
 * Reads Sourcelight's own JSON format:
 * - an object `{ outlets?, entities?, claims? }` (also a compiled/versioned dataset with those keys),
 * - an overlay export `{ schemaVersion, importedAt, records: { outlets?, entities?, claims? } }`,
 * - or the array format of `data/<type>/*.json`, where each record's type is told from its fields.
 * Every record is validated by the one schema. Pure; never throws.
 */

type RecordType = keyof ImportRecords;
const SCHEMAS = { outlets: OutletSchema, entities: EntitySchema, claims: ClaimRecordSchema } as const;
const SINGULAR: Record<RecordType, string> = { outlets: 'outlet', entities: 'entity', claims: 'claim' };
const KNOWN_KEYS = new Set(['outlets', 'entities', 'claims', 'version', 'schemaVersion', 'importedAt', 'records', 'hosts', 'names', 'claimTerms']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record type of an untyped record in the array format, from the fields only that type has. */
export function guessRecordType(record: Record<string, unknown>): RecordType | null {
  if ('domains' in record || 'funding' in record || 'kind' in record) return 'outlets';
  if ('summary' in record || 'claimant' in record || 'keywords' in record) return 'claims';
  if ('type' in record || 'runBy' in record) return 'entities';
  return null;
}

/** Parses JSON text, reporting where it broke. */
export function parseJson(text: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: `input: not valid JSON (${messageOf(error)})` };
  }
}

function labelOf(where: string, record: unknown): string {
  const id = isObject(record) && typeof record.id === 'string' ? ` "${record.id.slice(0, 80)}"` : '';
  return `${where}${id}`;
}

/** Validates already-parsed JSON in the own format. `maxRecords` defaults to MAX_IMPORT_RECORDS. */
export function importOwnJsonValue(json: unknown, maxRecords = MAX_IMPORT_RECORDS): ImportResult {
  const records = emptyRecords();
  const errors: string[] = [];
  const warnings: string[] = [];
  const fail = (message: string): ImportResult => ({ records: emptyRecords(), errors: [message], warnings });

  const validate = (type: RecordType, record: unknown, where: string) => {
    const result = v.safeParse(SCHEMAS[type], record);
    if (result.success) (records[type] as unknown[]).push(result.output);
    else errors.push(...formatIssues(labelOf(where, record), result.issues));
  };

  if (Array.isArray(json)) {
    if (json.length > maxRecords) return fail(`(root): ${json.length} records; at most ${maxRecords} can be imported at once`);
    json.forEach((record, i) => {
      if (!isObject(record)) {
        errors.push(`[${i}]: must be an object (a record), not ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`);
        return;
      }
      const type = guessRecordType(record);
      if (!type) {
        errors.push(`${labelOf(`[${i}]`, record)}: cannot tell whether this is an outlet, entity or claim record (no domains, type or summary field)`);
        return;
      }
      validate(type, record, `[${i}] (${SINGULAR[type]})`);
    });
  } else if (isObject(json)) {
    const body = isObject(json.records) ? json.records : json;
    const present = (['outlets', 'entities', 'claims'] as const).filter((type) => body[type] !== undefined);
    if (!present.length) return fail('(root): expected an array of records or an object with "outlets", "entities" or "claims"');
    for (const key of Object.keys(json)) if (!KNOWN_KEYS.has(key)) warnings.push(`(root): unknown field "${key.slice(0, 40)}" ignored`);
    let total = 0;
    for (const type of present) {
      const list = body[type];
      if (!Array.isArray(list)) {
        errors.push(`${type}: must be an array of ${SINGULAR[type]} records`);
        continue;
      }
      total += list.length;
      if (total > maxRecords) return fail(`${type}: more than ${maxRecords} records in all; at most ${maxRecords} can be imported at once`);
      list.forEach((record, i) => validate(type, record, `${type}[${i}]`));
    }
  } else {
    return fail(`(root): expected an array of records or an object, not ${json === null ? 'null' : typeof json}`);
  }
  errors.push(...crossCheckImport(records));
  return { records, errors: capMessages(errors), warnings: capMessages(warnings) };
}

/** Reads a file in the own JSON format. Never throws. */
export function importOwnJson(text: string): ImportResult {
  try {
    const tooBig = sizeError(text);
    if (tooBig) return { records: emptyRecords(), errors: [tooBig], warnings: [] };
    const parsed = parseJson(text);
    if ('error' in parsed) return { records: emptyRecords(), errors: [parsed.error], warnings: [] };
    return importOwnJsonValue(parsed.json);
  } catch (error) {
    return { records: emptyRecords(), errors: [`input: could not be read (${messageOf(error)})`], warnings: [] };
  }
}
