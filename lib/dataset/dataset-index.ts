import type { CompiledDataset, RecordRef } from './compile';
import type { ClaimRecord, Entity, Outlet } from './schema';
import { normalizeName } from '../text/normalize';

/** Read-only look-ups over a compiled dataset (bundled, or bundled plus the user's overlay). */
export interface DatasetIndex {
  version: string;
  outlets: readonly Outlet[];
  entities: readonly Entity[];
  claims: readonly ClaimRecord[];
  outletsForHost(host: string): readonly [string, number][];
  recordsNamed(name: string): readonly RecordRef[];
  claimsWithTerm(term: string): readonly number[];
}

const EMPTY: readonly never[] = Object.freeze([]);

export function createDatasetIndex(compiled: CompiledDataset): DatasetIndex {
  // Maps hold only the tables' own keys, so keys such as "constructor" or "__proto__" coming from page text find
  // nothing; and one look-up in a Map is cheaper than a property check then a read on a large object.
  const hosts = new Map(Object.entries(compiled.hosts));
  const names = new Map(Object.entries(compiled.names));
  const claimTerms = new Map(Object.entries(compiled.claimTerms));
  return {
    version: compiled.version,
    outlets: compiled.outlets,
    entities: compiled.entities,
    claims: compiled.claims,
    outletsForHost: (host) => hosts.get(host) ?? EMPTY,
    recordsNamed: (name) => names.get(normalizeName(name)) ?? EMPTY,
    claimsWithTerm: (term) => claimTerms.get(term) ?? EMPTY,
  };
}
