import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../../../lib/dataset/compile';
import { createDatasetIndex, type DatasetIndex } from '../../../lib/dataset/dataset-index';
import { validateSourceFiles, type SourceFile } from '../../../lib/dataset/validate';

const DATA = join(import.meta.dirname, '../../../data');

function read(type: 'entities' | 'claims'): SourceFile[] {
  return readdirSync(join(DATA, type))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: `data/${type}/${name}`, type, json: JSON.parse(readFileSync(join(DATA, type, name), 'utf8')) }));
}

/**
 * The claim records as the extension compiles them, with the entity records for claimant names. Claim files must
 * validate; entity files (another part of the dataset) are used as far as they validate, so these tests do not
 * depend on work in progress elsewhere. Outlets play no part in claim matching.
 */
export function loadClaimsIndex(): DatasetIndex {
  const claims = validateSourceFiles(read('claims'), 'test');
  if (claims.errors.length) throw new Error(claims.errors.join('\n'));
  const entities = validateSourceFiles(read('entities'), 'test').dataset.entities;
  const seen = new Set<string>();
  const unique = entities.filter((e) => !seen.has(e.id) && seen.add(e.id));
  return createDatasetIndex(compileDataset({ version: 'test', outlets: [], entities: unique, claims: claims.dataset.claims }));
}
