import type { CompiledDataset, RecordRef } from './compile';
import { decodeRow, EMPTY_DIRECTORY, findDirectoryRow, hostOrParentIn, lowCredibilityTable } from './directory';
import { CRED1_CITATION, directoryOutlet, type LowCredibility } from './directory-record';
import type { ClaimRecord, Entity, Outlet } from './schema';
import { normalizeName } from '../text/normalize';
import { parse } from 'tldts';

/** Read-only look-ups over a compiled dataset (bundled, or bundled plus the user's overlay). */
export interface DatasetIndex {
  version: string;
  /** The curated outlets (and the overlay's). Directory outlets are not listed: they are reached by host only. */
  outlets: readonly Outlet[];
  entities: readonly Entity[];
  claims: readonly ClaimRecord[];
  /** [path prefix, outlet index][] for a host, longest prefix first; read each outlet with `outletAt`. */
  outletsForHost(host: string): readonly [string, number][];
  /** A curated outlet (index below `outlets.length`) or a directory outlet, decoded on first use. */
  outletAt(index: number): Outlet | undefined;
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
  // Maps hold only the tables' own keys, so keys such as "constructor" or "__proto__" coming from page text find
  // nothing; and one look-up in a Map is cheaper than a property check then a read on a large object.
  const hosts = new Map(Object.entries(compiled.hosts));
  const names = new Map(Object.entries(compiled.names));
  const claimTerms = new Map(Object.entries(compiled.claimTerms));
  const directory = compiled.directory ?? EMPTY_DIRECTORY; // a file compiled before the directory tier has none
  const lowCredibility = lowCredibilityTable(directory.lowCredibility);
  const curatedCount = compiled.outlets.length;
  const decoded = new Map<number, Outlet>();
  return {
    version: compiled.version,
    outlets: compiled.outlets,
    entities: compiled.entities,
    claims: compiled.claims,
    outletsForHost: (host) => {
      const curated = hosts.get(host);
      if (curated) return curated;
      const row = findDirectoryRow(directory, host);
      // The bundled compile left out hosts curated outlets claim; this check keeps the overlay's outlets first too.
      if (row === -1 || hostOrParentIn(host, (key) => hosts.has(key))) return EMPTY;
      return [['', curatedCount + row]];
    },
    outletAt: (index) => {
      if (index < curatedCount) return compiled.outlets[index];
      let outlet = decoded.get(index);
      const row = directory.rows[index - curatedCount];
      if (!outlet && row !== undefined) decoded.set(index, (outlet = directoryOutlet(decodeRow(row))));
      return outlet;
    },
    recordsNamed: (name) => names.get(normalizeName(name)) ?? EMPTY,
    claimsWithTerm: (term) => claimTerms.get(term) ?? EMPTY,
    lowCredibilityFor: (host) => {
      const category = lowCredibility.get(host) ?? lowCredibility.get(registrable(host) ?? host);
      return category ? { category, citation: CRED1_CITATION } : null;
    },
    directorySize: directory.rows.length,
  };
}
