import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { formatIssues } from '../../lib/dataset/schema';
import { DATA_DIR, ROOT } from '../dataset-files';

/** The pinned open data the importers read by default (never read by the build or the extension). */
export const SHARED_DATA = resolve(ROOT, '../shared/data');

/** The input file: the first command-line argument, else the pinned copy under ../shared/data. */
export function inputPath(position: number, fallback: string): string {
  return resolve(process.argv[2 + position] ?? join(SHARED_DATA, fallback));
}

export const readText = (path: string) => readFileSync(path, 'utf8');

/**
 * Validates the records and writes them as a JSON array with one record per line, so a re-import on a newer
 * export shows up in a diff as the lines that changed.
 */
export function writeDirectoryFile<T>(name: string, schema: v.GenericSchema<unknown, T>, records: readonly T[], dropped: Record<string, number>): void {
  const errors = records.flatMap((record, i) => {
    const result = v.safeParse(schema, record);
    return result.success ? [] : formatIssues(`${name} #${i}`, result.issues);
  });
  if (errors.length) {
    for (const line of errors.slice(0, 20)) console.error(line);
    console.error(`${name}: ${errors.length} invalid record(s); nothing written`);
    process.exit(1);
  }
  mkdirSync(join(DATA_DIR, 'directory'), { recursive: true });
  const path = join(DATA_DIR, 'directory', name);
  writeFileSync(path, `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  console.error(`${name}: ${records.length} records -> data/directory/${name}`);
  for (const [reason, count] of Object.entries(dropped)) console.error(`  left out: ${count} × ${reason}`);
}
