import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../lib/dataset/validate';

const DIRECTORY_DIR = join(import.meta.dirname, '..', 'data', 'directory');

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

/** Reads the importers' files under data/directory/ (a missing folder is an empty directory tier). */
export function readDirectoryFiles(): { files: { name: string; json: unknown }[]; errors: string[] } {
  const files: { name: string; json: unknown }[] = [];
  const errors: string[] = [];
  if (!existsSync(DIRECTORY_DIR)) return { files, errors };
  for (const name of readdirSync(DIRECTORY_DIR).filter((n) => n.endsWith('.json')).sort()) {
    try {
      files.push({ name, json: JSON.parse(readFileSync(join(DIRECTORY_DIR, name), 'utf8')) });
    } catch (error) {
      errors.push(`data/directory/${name}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return { files, errors };
}

/** The dataset index as the extension would build it, compiled fresh from data/ (curated and directory tiers). */
export async function loadDatasetIndexFromSources() {
  const { validateDirectoryFiles, validateSourceFiles } = await import('../lib/dataset/validate');
  const { compileWithDirectory } = await import('../lib/dataset/compile');
  const { createDatasetIndex } = await import('../lib/dataset/dataset-index');
  const { files, errors: readErrors } = readSourceFiles();
  const { dataset, errors } = validateSourceFiles(files, 'source');
  const directoryFiles = readDirectoryFiles();
  const { directory, errors: directoryErrors } = validateDirectoryFiles(directoryFiles.files);
  const all = [...readErrors, ...errors, ...directoryFiles.errors, ...directoryErrors];
  if (all.length) throw new Error(all.join('\n'));
  return createDatasetIndex(compileWithDirectory(dataset, directory));
}
