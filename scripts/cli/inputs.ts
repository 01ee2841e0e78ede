import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_FILE = /\.html?$/i;

/**
 * The files to analyse, in a stable order: each path as given, a folder as every .html/.htm file under it (sorted),
 * then the paths listed one per line in `listFile` ("-" reads standard input). A path that does not exist is kept,
 * so the run reports it as unreadable instead of dropping it silently.
 */
export function listInputs(paths: readonly string[], listFile: string | null): string[] {
  const listed = listFile ? readFileSync(listFile === '-' ? 0 : listFile, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : [];
  return [...paths, ...listed].flatMap((path) => (isFolder(path) ? pagesUnder(path) : [path]));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pagesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return pagesUnder(path);
    return entry.isFile() && PAGE_FILE.test(entry.name) ? [path] : [];
  });
}
