import * as v from 'valibot';
import { findConflicts } from './conflicts';
import {
  ClaimRecordSchema,
  DirectoryRecordSchema,
  EntitySchema,
  formatIssues,
  LowCredibilityRecordSchema,
  OutletSchema,
  type Dataset,
  type DirectoryRecord,
  type LowCredibilityRecord,
} from './schema';

export interface SourceFile {
  /** Path as shown in error messages, e.g. "data/outlets/usagm.json". */
  file: string;
  /** Which record type the file holds, from its folder. */
  type: 'outlets' | 'entities' | 'claims';
  json: unknown;
}

const SCHEMAS = { outlets: OutletSchema, entities: EntitySchema, claims: ClaimRecordSchema } as const;

/** Validates every source file against the one schema and cross-checks ids and domains. */
export function validateSourceFiles(files: readonly SourceFile[], version: string): { dataset: Dataset; errors: string[] } {
  const dataset: Dataset = { version, outlets: [], entities: [], claims: [] };
  const errors: string[] = [];
  for (const { file, type, json } of files) {
    if (!Array.isArray(json)) {
      errors.push(`${file}: (root): must be a JSON array of ${type} records`);
      continue;
    }
    json.forEach((record, i) => {
      const result = v.safeParse(SCHEMAS[type], record);
      if (!result.success) {
        const label = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : `#${i}`;
        errors.push(...formatIssues(`${file} [${label}]`, result.issues));
        return;
      }
      (dataset[type] as unknown[]).push(result.output);
    });
  }
  errors.push(...crossCheck(dataset));
  return { dataset, errors };
}

function crossCheck(dataset: Dataset): string[] {
  const { duplicateIds, sharedDomains } = findConflicts(dataset);
  return [
    ...duplicateIds.map(({ id, first, second }) => `duplicate id "${id}" (${first} and ${second})`),
    ...sharedDomains.map(({ domain, owner, outlet }) => `domain "${domain}" claimed by both "${owner}" and "${outlet}"`),
  ];
}

/** The importers' files under data/directory/, in order of precedence; CRED-1's listing is kept apart. */
export const DIRECTORY_FILES = ['wikidata-newspapers.json', 'local-news.json'] as const;
export const LOW_CREDIBILITY_FILE = 'cred-1.json';

export interface DirectoryInput {
  records: DirectoryRecord[];
  lowCredibility: LowCredibilityRecord[];
}

/** Validates the imported files (`name` is the file's name under data/directory/). */
export function validateDirectoryFiles(files: readonly { name: string; json: unknown }[]): { directory: DirectoryInput; errors: string[] } {
  const directory: DirectoryInput = { records: [], lowCredibility: [] };
  const errors: string[] = [];
  const byName = new Map(files.map((f) => [f.name, f.json]));
  for (const name of byName.keys()) {
    if (name !== LOW_CREDIBILITY_FILE && !(DIRECTORY_FILES as readonly string[]).includes(name)) errors.push(`data/directory/${name}: not a file an importer writes`);
  }
  const read = <T>(name: string, schema: v.GenericSchema<unknown, T>, into: T[]) => {
    const json = byName.get(name);
    if (json === undefined) return;
    if (!Array.isArray(json)) return void errors.push(`data/directory/${name}: (root): must be a JSON array`);
    json.forEach((record, i) => {
      const result = v.safeParse(schema, record);
      if (result.success) into.push(result.output);
      else errors.push(...formatIssues(`data/directory/${name} [#${i}]`, result.issues));
    });
  };
  for (const name of DIRECTORY_FILES) read(name, DirectoryRecordSchema, directory.records);
  read(LOW_CREDIBILITY_FILE, LowCredibilityRecordSchema, directory.lowCredibility);
  return { directory, errors };
}
