import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { FORMAT_LABELS, MAX_IMPORT_CHARS } from '../lib/dataset/importers';
import { describeCounts, type MergeSummary } from '../lib/dataset/overlay';
import { OverlayStore } from '../lib/dataset/overlay-store';
import type { StoragePort } from '../lib/storage/storage-port';
import { claimsOf, compileWithDirectory, curatedOutletsOf, entitiesOf, type CompiledDataset } from '../lib/dataset/compile';
import { decodeRow } from '../lib/dataset/directory';
import { validateDirectoryFiles, validateSourceFiles } from '../lib/dataset/validate';
import { COMPILED_PATH, readDirectoryFiles, readSourceFiles } from './dataset-files';
import pkg from '../package.json' with { type: 'json' };

function loadValidated() {
  const { files, errors: readErrors } = readSourceFiles();
  const { dataset, errors } = validateSourceFiles(files, pkg.version);
  const directoryFiles = readDirectoryFiles();
  const { directory, errors: directoryErrors } = validateDirectoryFiles(directoryFiles.files);
  const all = [...readErrors, ...errors, ...directoryFiles.errors, ...directoryErrors];
  if (all.length) {
    for (const line of all) console.error(line);
    console.error(`dataset: ${all.length} error(s); nothing written`);
    process.exit(1);
  }
  return { dataset, directory };
}

/** Outlets and domains by tier, the directory by origin, after curated records took their hosts. */
function tierCounts(compiled: CompiledDataset) {
  const byOrigin: Record<string, number> = {};
  for (const row of compiled.directory.rows) {
    const { origin } = decodeRow(row);
    byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
  }
  const curatedDomains = new Set(curatedOutletsOf(compiled).flatMap((o) => o.domains)).size;
  const directoryDomains = compiled.directory.rows.reduce((n, row) => n + decodeRow(row).domains.length, 0);
  return {
    outlets: { curated: compiled.outletRows.length, directory: compiled.directory.rows.length },
    domains: { curated: curatedDomains, directory: directoryDomains, total: curatedDomains + directoryDomains },
    directoryByOrigin: byOrigin,
    lowCredibilityListings: compiled.directory.lowCredibility.length,
  };
}

function compile() {
  const started = performance.now();
  const { dataset, directory } = loadValidated();
  const compiled = compileWithDirectory(dataset, directory);
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  const json = JSON.stringify(compiled);
  writeFileSync(COMPILED_PATH, json);
  const ms = (performance.now() - started).toFixed(0);
  console.error(
    `dataset: ${compiled.outletRows.length} curated + ${compiled.directory.rows.length} directory outlets, ${compiled.entityRows.length} entities, ${compiled.claimRows.length} claims -> ${COMPILED_PATH.split('/').slice(-4).join('/')} (${(json.length / 1024).toFixed(0)} KB, ${ms} ms)`,
  );
}

function stats(asJson: boolean) {
  const { dataset, directory } = loadValidated();
  const tiers = tierCounts(compileWithDirectory(dataset, directory));
  const records = [...dataset.outlets, ...dataset.entities, ...dataset.claims];
  const countries = new Set([...dataset.outlets, ...dataset.entities].map((r) => r.country).filter(Boolean));
  const result = {
    version: dataset.version,
    counts: { outlets: dataset.outlets.length, entities: dataset.entities.length, claims: dataset.claims.length },
    countries: countries.size,
    countryList: [...countries].sort(),
    citedShare: records.length ? records.filter((r) => r.sources.length > 0).length / records.length : 1,
    tiers,
  };
  if (asJson) console.log(JSON.stringify(result));
  else {
    console.log(`${result.counts.outlets} outlets, ${result.counts.entities} entities, ${result.counts.claims} claims; ${result.countries} countries; ${(result.citedShare * 100).toFixed(1)}% cited`);
    const origins = Object.entries(tiers.directoryByOrigin).map(([origin, n]) => `${n} ${origin}`).join(', ');
    console.log(`tiers: ${tiers.outlets.curated} curated outlets, ${tiers.outlets.directory} directory outlets (${origins}); ${tiers.domains.total} domains (${tiers.domains.curated} curated, ${tiers.domains.directory} directory); ${tiers.lowCredibilityListings} CRED-1 listings`);
  }
}

/** The CLI's overlay file: $SOURCELIGHT_OVERLAY, else ~/.config/sourcelight/overlay.json. */
function overlayPath(): string {
  return resolve(process.env.SOURCELIGHT_OVERLAY || join(homedir(), '.config', 'sourcelight', 'overlay.json'));
}

/** A storage port over one JSON file (holding the overlay object itself); writes go through a temp file and rename. */
function filePort(path: string): StoragePort {
  return {
    get: async () => {
      if (!existsSync(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`not valid JSON (${(error as Error).message})`);
      }
    },
    set: async (_key, value) => {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
        renameSync(temp, path);
      } finally {
        rmSync(temp, { force: true });
      }
    },
    remove: async () => rmSync(path, { force: true }),
  };
}

function overlayStore(): { store: OverlayStore; path: string } {
  const path = overlayPath();
  return { store: new OverlayStore(filePort(path), 'datasetOverlay', () => new Date(), path), path };
}

/** Ids of the bundled dataset (from the compiled file), so the import can say which records override it. */
function bundledIds(): Set<string> | undefined {
  try {
    const compiled = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as CompiledDataset;
    return new Set([...compiled.outletIds, ...[...entitiesOf(compiled), ...claimsOf(compiled)].map((r) => r.id)]);
  } catch {
    return undefined;
  }
}

function listIds(ids: readonly string[], max = 20): string {
  if (!ids.length) return '';
  const shown = ids.slice(0, max).join(', ');
  return ` (${shown}${ids.length > max ? `, ... ${ids.length - max} more` : ''})`;
}

function printSummary(summary: MergeSummary, overridesBundled: string[]) {
  console.log(`  new in the overlay: ${describeCounts(summary.added)}${listIds(summary.addedIds)}`);
  console.log(`  replaced overlay records with the same id: ${describeCounts(summary.overridden)}${listIds(summary.overriddenIds)}`);
  if (overridesBundled.length) console.log(`  override bundled records with the same id: ${overridesBundled.length}${listIds(overridesBundled)}`);
  for (const move of summary.domainMoves.slice(0, 20)) console.log(`  ${move}`);
  if (summary.domainMoves.length > 20) console.log(`  ... ${summary.domainMoves.length - 20} more domain moves`);
}

/** Files a folder import reads: JSON, JSON-LD, CSV and saved pages (a fact-check's own ClaimReview), sorted. */
function importableFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:json|jsonld|csv|html?)$/i.test(name))
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** `import FILE|FOLDER ...`: every file in turn; a file that fails leaves the overlay as the files before it made it. */
async function importCommand(paths: string[]) {
  if (!paths.length) {
    console.error('usage: npm run --silent dataset -- import FILE|FOLDER [...]');
    process.exit(2);
  }
  const files = paths.flatMap((path) => (existsSync(path) && statSync(path).isDirectory() ? importableFiles(path) : [path]));
  if (!files.length) {
    console.error(`dataset import: no .json, .jsonld, .csv or .html file in ${paths.join(', ')}`);
    process.exit(1);
  }
  let failed = 0;
  for (const file of files) failed += (await importOne(file)) ? 0 : 1;
  if (files.length > 1) console.log(`${files.length - failed} of ${files.length} file(s) imported`);
  if (failed) process.exit(1);
}

async function importOne(file: string): Promise<boolean> {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_CHARS * 4) throw new Error(`the file is ${(size / 1_000_000).toFixed(1)} MB; the largest file Sourcelight imports is ${MAX_IMPORT_CHARS / 1_000_000} MB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`dataset import: ${file}: ${(error as Error).message}; the overlay was not changed`);
    return false;
  }
  const { store, path } = overlayStore();
  const result = await store.importText(text, { fileName: basename(file), bundledIds: bundledIds() });
  for (const line of result.warnings.slice(0, 20)) console.error(`warning: ${line}`);
  if (result.warnings.length > 20) console.error(`warning: ... ${result.warnings.length - 20} more`);
  if (!result.ok) {
    for (const line of result.errors) console.error(`${file}: ${line}`);
    const format = result.format ? ` as ${FORMAT_LABELS[result.format]}` : '';
    console.error(`dataset import: ${result.errors.length} error(s) reading ${file}${format}; the overlay (${path}) was not changed`);
    return false;
  }
  const imported = {
    outlets: result.summary.added.outlets + result.summary.overridden.outlets,
    entities: result.summary.added.entities + result.summary.overridden.entities,
    claims: result.summary.added.claims + result.summary.overridden.claims,
  };
  console.log(`imported ${file}${result.format ? ` (${FORMAT_LABELS[result.format]})` : ''}: ${describeCounts(imported)}`);
  printSummary(result.summary, result.overridesBundled);
  console.log(`overlay now holds ${describeCounts(result.counts)} -> ${path}`);
  return true;
}

async function exportCommand() {
  // `export | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { store } = overlayStore();
  const exported = await store.exportJson();
  if ('error' in exported) {
    console.error(`dataset export: ${exported.error}`);
    process.exit(1);
  }
  console.log(exported.json);
}

async function clearCommand() {
  const { store, path } = overlayStore();
  const cleared = await store.clear();
  if (!cleared.ok) {
    console.error(`dataset clear: ${cleared.error}`);
    process.exit(1);
  }
  console.error(`dataset: overlay cleared (${path})`);
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'compile':
    compile();
    break;
  case 'validate':
    loadValidated();
    console.error('dataset: valid');
    break;
  case 'stats':
    stats(args.includes('--json'));
    break;
  case 'import':
    await importCommand(args);
    break;
  case 'export':
    await exportCommand();
    break;
  case 'clear':
    await clearCommand();
    break;
  default:
    console.error('usage: npm run --silent dataset -- compile | validate | stats [--json] | import FILE|FOLDER [...] | export | clear');
    process.exit(2);
}
