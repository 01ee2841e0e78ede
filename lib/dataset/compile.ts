import type { ClaimRecord, Dataset, DirectoryRecord, Entity, LowCredibilityRecord, Outlet } from './schema';
import { compileDirectory, EMPTY_DIRECTORY, hostOrParentIn, type CompiledDirectory } from './directory';
import { normalizeName, tokenize } from '../text/normalize';
import { hostAndPathOf } from '../match/url';
import { compileKeyTable, hasKey, type CompiledKeyTable } from './key-table';

/** A reference from a name to a dataset record. */
export type RecordRef = { type: 'outlet' | 'entity'; index: number };

/**
 * What the background loads: the records plus prebuilt look-up tables. Plain JSON.
 * The curated outlets are kept as one JSON text each and decoded only when a page's address or a name finds one:
 * parsing four thousand outlet objects with their citations at every start of the background cost several times
 * the cold-start budget, and a page needs one or two of them.
 */
export interface CompiledDataset {
  version: string;
  /** One curated outlet per row, as JSON text with short keys (`decodeRecord`). */
  outletRows: string[];
  /** The rows' keys: key `n` (base 36) in a row stands for `recordKeys[n]`. "publisher", "accessed" and the like,
   * written out in every citation of thousands of records, made the background script too large for AMO's
   * linter (5 MB) and a tenth larger to parse. */
  recordKeys: string[];
  /** The curated outlets' ids, in row order. */
  outletIds: string[];
  /** The entities and claim records, one per row like the outlets; the index decodes them on first use. */
  entityRows: string[];
  claimRows: string[];
  /** host (registrable domain or full host) -> [path prefix, outlet index][] (longest prefix first): `hostEntriesOf`. */
  hosts: CompiledKeyTable;
  /** normalised name or alias -> records (`refsOf`). */
  names: CompiledKeyTable;
  /** normalised keyword token -> claim indexes (`numbersOf`). */
  claimTerms: CompiledKeyTable;
  /** The imported outlets, compact, reached by host only (their names are not indexed: see directory.ts). */
  directory: CompiledDirectory;
}

/** A name's record as one number: an outlet's row as it is, an entity's index as -1 - index. */
export const encodeRef = (ref: RecordRef): number => (ref.type === 'outlet' ? ref.index : -1 - ref.index);
export const decodeRef = (code: number): RecordRef => (code >= 0 ? { type: 'outlet', index: code } : { type: 'entity', index: -1 - code });

const numberList = (numbers: readonly number[]) => numbers.join(' ');
/** A key table's value of numbers ("3 17 42") as numbers. */
export const numbersOf = (value: string): number[] => value.split(' ').map(Number);
/** A name's records, from its key table value. */
export const refsOf = (value: string): RecordRef[] => numbersOf(value).map(decodeRef);
/** A host's [path prefix, outlet index] pairs, from its key table value ("12|/news 3|"). */
export const hostEntriesOf = (value: string): [string, number][] =>
  value.split(' ').map((pair) => {
    const bar = pair.indexOf('|');
    return [pair.slice(bar + 1), Number(pair.slice(0, bar))];
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function renameKeys(value: Json, rename: (key: string) => string): Json {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const renamed: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) renamed[rename(key)] = renameKeys(item, rename);
  return renamed;
}

function encodeRecords(dataset: Dataset): Pick<CompiledDataset, 'outletRows' | 'entityRows' | 'claimRows' | 'recordKeys'> {
  const recordKeys: string[] = [];
  const codes = new Map<string, string>();
  const codeOf = (key: string) => codes.get(key) ?? (codes.set(key, (recordKeys.push(key) - 1).toString(36)), codes.get(key)!);
  const rows = (records: readonly object[]) => records.map((record) => JSON.stringify(renameKeys(record as Json, codeOf)));
  return { outletRows: rows(dataset.outlets), entityRows: rows(dataset.entities), claimRows: rows(dataset.claims), recordKeys };
}

export const decodeRecord = <T>(row: string, keys: readonly string[]): T =>
  renameKeys(JSON.parse(row) as Json, (code) => keys[parseInt(code, 36)] ?? code) as unknown as T;

type Rows = Pick<CompiledDataset, 'outletRows' | 'entityRows' | 'claimRows' | 'recordKeys'>;
/** Every record, decoded (for the compiler's callers and tools; the background reads outlets one at a time). */
export const curatedOutletsOf = (compiled: Rows): Outlet[] => compiled.outletRows.map((row) => decodeRecord<Outlet>(row, compiled.recordKeys));
export const entitiesOf = (compiled: Rows): Entity[] => compiled.entityRows.map((row) => decodeRecord<Entity>(row, compiled.recordKeys));
export const claimsOf = (compiled: Rows): ClaimRecord[] => compiled.claimRows.map((row) => decodeRecord<ClaimRecord>(row, compiled.recordKeys));

export function compileDataset(dataset: Dataset, directory: CompiledDirectory = EMPTY_DIRECTORY): CompiledDataset {
  const hosts = new Map<string, [string, number][]>();
  dataset.outlets.forEach((outlet, index) => {
    for (const domain of outlet.domains) {
      const { host, path } = hostAndPathOf(domain);
      hosts.set(host, [...(hosts.get(host) ?? []), [path, index]]);
    }
  });
  for (const entries of hosts.values()) entries.sort((a, b) => b[0].length - a[0].length);

  const names = new Map<string, number[]>();
  const addName = (name: string, ref: RecordRef) => {
    const key = normalizeName(name);
    if (!key || key.includes('\t')) return;
    const refs = names.get(key) ?? names.set(key, []).get(key)!;
    const code = encodeRef(ref);
    if (!refs.includes(code)) refs.push(code);
  };
  dataset.outlets.forEach((outlet, index) => {
    for (const name of [outlet.name, ...outlet.aliases]) addName(name, { type: 'outlet', index });
  });
  dataset.entities.forEach((entity, index) => {
    for (const name of [entity.name, ...entity.aliases]) addName(name, { type: 'entity', index });
  });

  const claimTerms = new Map<string, number[]>();
  dataset.claims.forEach((claim, index) => {
    const terms = new Set(claim.keywords.flatMap(tokenize));
    for (const term of terms) (claimTerms.get(term) ?? claimTerms.set(term, []).get(term)!).push(index);
  });
  const table = <T>(map: Map<string, T>, encode: (value: T) => string) =>
    compileKeyTable(new Map([...map].map(([key, value]) => [key, encode(value)])));

  return {
    version: dataset.version,
    ...encodeRecords(dataset),
    outletIds: dataset.outlets.map((outlet) => outlet.id),
    hosts: table(hosts, (entries) => entries.map(([path, index]) => `${index}|${path}`).join(' ')),
    names: table(names, numberList),
    claimTerms: table(claimTerms, numberList),
    directory,
  };
}

/** The curated dataset with the directory tier beside it, minus every host a curated outlet claims. */
export function compileWithDirectory(
  dataset: Dataset,
  directory: { records: readonly DirectoryRecord[]; lowCredibility: readonly LowCredibilityRecord[] },
): CompiledDataset {
  const curated = compileDataset(dataset);
  // A curated outlet wins over an imported record for its host, and for any host below its domain.
  const claimed = (host: string) => hostOrParentIn(host, (key) => hasKey(curated.hosts, key));
  return { ...curated, directory: compileDirectory(directory.records, directory.lowCredibility, claimed) };
}
