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
  // Object.hasOwn guards against keys such as "constructor" or "__proto__" coming from page text.
  const own = <T>(table: Record<string, T>, key: string): T | undefined =>
    Object.hasOwn(table, key) ? table[key] : undefined;
  return {
    version: compiled.version,
    outlets: compiled.outlets,
    entities: compiled.entities,
    claims: compiled.claims,
    outletsForHost: (host) => own(compiled.hosts, host) ?? EMPTY,
    recordsNamed: (name) => own(compiled.names, normalizeName(name)) ?? EMPTY,
    claimsWithTerm: (term) => own(compiled.claimTerms, term) ?? EMPTY,
  };
}
