import * as v from 'valibot';
import { findConflicts } from './conflicts';
import { ClaimRecordSchema, EntitySchema, formatIssues, OutletSchema, type Dataset } from './schema';

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
