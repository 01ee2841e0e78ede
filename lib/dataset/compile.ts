import type { Dataset, DirectoryRecord, LowCredibilityRecord, Outlet } from './schema';
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
  /** One curated outlet per row, as JSON text (`decodeOutlet`). */
  outletRows: string[];
  /** The curated outlets' ids, in row order. */
  outletIds: string[];
  entities: Dataset['entities'];
  claims: Dataset['claims'];
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

export const decodeOutlet = (row: string): Outlet => JSON.parse(row) as Outlet;

/** Every curated outlet, decoded (for the compiler's callers and tools; the background reads them one at a time). */
export const curatedOutletsOf = (compiled: Pick<CompiledDataset, 'outletRows'>): Outlet[] => compiled.outletRows.map(decodeOutlet);

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
    outletRows: dataset.outlets.map((outlet) => JSON.stringify(outlet)),
    outletIds: dataset.outlets.map((outlet) => outlet.id),
    entities: dataset.entities,
    claims: dataset.claims,
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
