import { claimsOf, decodeRecord, entitiesOf, hostEntriesOf, numbersOf, refsOf, type CompiledDataset, type RecordRef } from './compile';
import { hasKey, lookUpKey } from './key-table';
import { decodeRow, EMPTY_DIRECTORY, findDirectoryRow, hostOrParentIn, lowCredibilityTable } from './directory';
import { CRED1_CITATION, directoryOutlet, type LowCredibility } from './directory-record';
import type { ClaimRecord, Entity, Outlet } from './schema';
import { normalizeName } from '../text/normalize';
import { parse } from 'tldts';

/** Read-only look-ups over a compiled dataset (bundled, or bundled plus the user's overlay). */
export interface DatasetIndex {
  version: string;
  /** How many curated outlets (and the overlay's) there are: indexes below it are theirs (`outletAt`). */
  curatedCount: number;
  entities: readonly Entity[];
  claims: readonly ClaimRecord[];
  /** [path prefix, outlet index][] for a host, longest prefix first; read each outlet with `outletAt`. */
  outletsForHost(host: string): readonly [string, number][];
  /** A curated outlet (index below `curatedCount`) or a directory outlet, decoded on first use. */
  outletAt(index: number): Outlet | undefined;
  /** A curated outlet by its id. */
  outletById(id: string): Outlet | undefined;
  recordsNamed(name: string): readonly RecordRef[];
  claimsWithTerm(term: string): readonly number[];
  /** CRED-1's listing of the host or its registrable domain, or null. */
  lowCredibilityFor(host: string): LowCredibility | null;
  /** How many outlets the directory tier holds. */
  directorySize: number;
}

const EMPTY: readonly never[] = Object.freeze([]);
const registrable = (host: string) => parse(host, { allowPrivateDomains: false }).domain ?? null;

export function createDatasetIndex(compiled: CompiledDataset): DatasetIndex {
  // Nothing is built here: the tables are compiled key tables read in place, the records decoded when found.
  const { hosts, names, claimTerms, outletRows, recordKeys, outletIds } = compiled;
  let entities: Entity[] | undefined;
  let claims: ClaimRecord[] | undefined;
  const directory = compiled.directory ?? EMPTY_DIRECTORY; // a file compiled before the directory tier has none
  const lowCredibility = lowCredibilityTable(directory.lowCredibility);
  const curatedCount = outletRows.length;
  const decoded = new Map<number, Outlet>();
  let rowOfId: Map<string, number> | undefined;
  const outletAt = (index: number): Outlet | undefined => {
    let outlet = decoded.get(index);
    if (outlet) return outlet;
    const row = index < curatedCount ? outletRows[index] : directory.rows[index - curatedCount];
    if (row === undefined || index < 0) return undefined;
    outlet = index < curatedCount ? decodeRecord<Outlet>(row, recordKeys) : directoryOutlet(decodeRow(row));
    decoded.set(index, outlet);
    return outlet;
  };
  return {
    version: compiled.version,
    curatedCount,
    get entities() {
      return (entities ??= entitiesOf(compiled));
    },
    get claims() {
      return (claims ??= claimsOf(compiled));
    },
    outletsForHost: (host) => {
      const curated = lookUpKey(hosts, host);
      if (curated !== undefined) return hostEntriesOf(curated);
      const row = findDirectoryRow(directory, host);
      // The bundled compile left out hosts curated outlets claim; this check keeps the overlay's outlets first too.
      if (row === -1 || hostOrParentIn(host, (key) => hasKey(hosts, key))) return EMPTY;
      return [['', curatedCount + row]];
    },
    outletAt,
    outletById: (id) => {
      rowOfId ??= new Map(outletIds.map((outletId, row) => [outletId, row]));
      const row = rowOfId.get(id);
      return row === undefined ? undefined : outletAt(row);
    },
    recordsNamed: (name) => {
      const refs = lookUpKey(names, normalizeName(name));
      return refs === undefined ? EMPTY : refsOf(refs);
    },
    claimsWithTerm: (term) => {
      const claims = lookUpKey(claimTerms, term);
      return claims === undefined ? EMPTY : numbersOf(claims);
    },
    lowCredibilityFor: (host) => {
      const category = lowCredibility.get(host) ?? lowCredibility.get(registrable(host) ?? host);
      return category ? { category, citation: CRED1_CITATION } : null;
    },
    directorySize: directory.rows.length,
  };
}
