import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../lib/dataset/validate';

export const ROOT = join(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, 'data');
export const COMPILED_PATH = join(ROOT, 'lib/dataset/generated/dataset.json');

/** Reads every JSON source file under data/{outlets,entities,claims}/. A file that is not JSON is reported, not thrown. */
export function readSourceFiles(): { files: SourceFile[]; errors: string[] } {
  const files: SourceFile[] = [];
  const errors: string[] = [];
  for (const type of ['outlets', 'entities', 'claims'] as const) {
    const dir = join(DATA_DIR, type);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(dir, name);
      const file = relative(ROOT, path);
      try {
        files.push({ file, type, json: JSON.parse(readFileSync(path, 'utf8')) });
      } catch (error) {
        errors.push(`${file}: not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return { files, errors };
}

/** The dataset index as the extension would build it, compiled fresh from data/ (a few ms). */
export async function loadDatasetIndexFromSources() {
  const { validateSourceFiles } = await import('../lib/dataset/validate');
  const { compileDataset } = await import('../lib/dataset/compile');
  const { createDatasetIndex } = await import('../lib/dataset/dataset-index');
  const { files, errors: readErrors } = readSourceFiles();
  const { dataset, errors } = validateSourceFiles(files, 'source');
  if (readErrors.length || errors.length) throw new Error([...readErrors, ...errors].join('\n'));
  return createDatasetIndex(compileDataset(dataset));
}
