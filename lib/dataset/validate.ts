import * as v from 'valibot';
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
  const errors: string[] = [];
  const ids = new Map<string, string>();
  for (const [type, records] of [['outlet', dataset.outlets], ['entity', dataset.entities], ['claim', dataset.claims]] as const) {
    for (const record of records) {
      const previous = ids.get(record.id);
      if (previous) errors.push(`duplicate id "${record.id}" (${previous} and ${type})`);
      ids.set(record.id, type);
    }
  }
  const domains = new Map<string, string>();
  for (const outlet of dataset.outlets) {
    for (const domain of outlet.domains) {
      const owner = domains.get(domain);
      if (owner && owner !== outlet.id) errors.push(`domain "${domain}" claimed by both "${owner}" and "${outlet.id}"`);
      domains.set(domain, outlet.id);
    }
  }
  return errors;
}
