import { DIRECTORY_ORIGINS, type DirectoryRecord, type LowCredibilityCategory, type LowCredibilityRecord } from './schema';

/**
 * The directory tier in the compiled dataset, kept compact: one tab-separated string per record, decoded only when
 * a page's host finds it, and a host -> row table. Parsing ten thousand short strings and one flat table costs a
 * fraction of parsing ten thousand outlet objects, and the heap holds strings instead of objects.
 */
export interface CompiledDirectory {
  /** One record per row: origin, ref, name, kind, country, languages, owner, parent, place, ownerSource, domains. */
  rows: string[];
  /** host -> row. Hosts a curated outlet claims (the host or its registrable domain) are left out. */
  hosts: Record<string, number>;
  /** host -> CRED-1 category. */
  lowCredibility: Record<string, LowCredibilityCategory>;
}

export const EMPTY_DIRECTORY: CompiledDirectory = { rows: [], hosts: {}, lowCredibility: {} };

const SEP = '\t';
const LIST = ' ';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function encodeRow(record: DirectoryRecord): string {
  return [
    DIRECTORY_ORIGINS.indexOf(record.origin),
    record.ref ?? '',
    clean(record.name),
    record.kind,
    record.country ?? '',
    record.languages.join(LIST),
    clean(record.owner),
    clean(record.parent),
    clean(record.place),
    record.ownerSource ?? '',
    record.domains.join(LIST),
  ].join(SEP);
}

export function decodeRow(row: string): DirectoryRecord {
  const [origin, ref, name, kind, country, languages, owner, parent, place, ownerSource, domains] = row.split(SEP) as string[];
  const list = (text: string | undefined) => (text ? text.split(LIST) : []);
  return {
    origin: DIRECTORY_ORIGINS[Number(origin)]!,
    ref: ref || null,
    name: name!,
    kind: kind as DirectoryRecord['kind'],
    country: country || null,
    languages: list(languages),
    owner: owner || null,
    parent: parent || null,
    place: place || null,
    ownerSource: ownerSource || null,
    domains: list(domains),
  };
}

/**
 * Builds the compact directory. `records` come in order of precedence (the first record to give a host keeps it);
 * `claimedByCurated` says whether a curated outlet already claims a host, which then never reaches the directory.
 */
export function compileDirectory(
  records: readonly DirectoryRecord[],
  lowCredibility: readonly LowCredibilityRecord[],
  claimedByCurated: (host: string) => boolean,
): CompiledDirectory {
  const rows: string[] = [];
  const hosts: Record<string, number> = Object.create(null);
  for (const record of records) {
    const free = record.domains.filter((host) => !(host in hosts) && !claimedByCurated(host));
    if (!free.length) continue;
    const row = rows.push(encodeRow({ ...record, domains: free })) - 1;
    for (const host of free) hosts[host] = row;
  }
  const lowCred: Record<string, LowCredibilityCategory> = Object.create(null);
  for (const { domain, category } of lowCredibility) lowCred[domain] = category;
  return { rows, hosts, lowCredibility: lowCred };
}
