import type { Dataset, DirectoryRecord, LowCredibilityRecord } from './schema';
import { compileDirectory, EMPTY_DIRECTORY, hostOrParentIn, type CompiledDirectory } from './directory';
import { normalizeName, tokenize } from '../text/normalize';
import { hostAndPathOf } from '../match/url';

/** A reference from a name to a dataset record. */
export type RecordRef = { type: 'outlet' | 'entity'; index: number };

/** What the background loads: the records plus prebuilt look-up tables. Plain JSON. */
export interface CompiledDataset {
  version: string;
  outlets: Dataset['outlets'];
  entities: Dataset['entities'];
  claims: Dataset['claims'];
  /** host (registrable domain or full host) -> [path prefix, outlet index][] (longest prefix first). */
  hosts: Record<string, [string, number][]>;
  /** normalised name or alias -> records. */
  names: Record<string, RecordRef[]>;
  /** normalised keyword token -> claim indexes. */
  claimTerms: Record<string, number[]>;
  /** The imported outlets, compact, reached by host only (their names are not indexed: see directory.ts). */
  directory: CompiledDirectory;
}

export function compileDataset(dataset: Dataset, directory: CompiledDirectory = EMPTY_DIRECTORY): CompiledDataset {
  // Null-prototype tables: a name such as "constructor" must be an ordinary key, not Object.prototype's.
  const hosts: CompiledDataset['hosts'] = Object.create(null);
  dataset.outlets.forEach((outlet, index) => {
    for (const domain of outlet.domains) {
      const { host, path } = hostAndPathOf(domain);
      (hosts[host] ??= []).push([path, index]);
    }
  });
  for (const entries of Object.values(hosts)) entries.sort((a, b) => b[0].length - a[0].length);

  const names: CompiledDataset['names'] = Object.create(null);
  const addName = (name: string, ref: RecordRef) => {
    const key = normalizeName(name);
    if (!key) return;
    const refs = (names[key] ??= []);
    if (!refs.some((r) => r.type === ref.type && r.index === ref.index)) refs.push(ref);
  };
  dataset.outlets.forEach((outlet, index) => {
    for (const name of [outlet.name, ...outlet.aliases]) addName(name, { type: 'outlet', index });
  });
  dataset.entities.forEach((entity, index) => {
    for (const name of [entity.name, ...entity.aliases]) addName(name, { type: 'entity', index });
  });

  const claimTerms: CompiledDataset['claimTerms'] = Object.create(null);
  dataset.claims.forEach((claim, index) => {
    const terms = new Set(claim.keywords.flatMap(tokenize));
    for (const term of terms) (claimTerms[term] ??= []).push(index);
  });

  return { ...dataset, hosts, names, claimTerms, directory };
}

/** The curated dataset with the directory tier beside it, minus every host a curated outlet claims. */
export function compileWithDirectory(
  dataset: Dataset,
  directory: { records: readonly DirectoryRecord[]; lowCredibility: readonly LowCredibilityRecord[] },
): CompiledDataset {
  const curated = compileDataset(dataset);
  // A curated outlet wins over an imported record for its host, and for any host below its domain.
  const claimed = (host: string) => hostOrParentIn(host, (key) => key in curated.hosts);
  return { ...curated, directory: compileDirectory(directory.records, directory.lowCredibility, claimed) };
}
