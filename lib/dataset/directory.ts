import { DIRECTORY_ORIGINS, type DirectoryRecord, type LowCredibilityCategory, type LowCredibilityRecord } from './schema';

/**
 * The directory tier in the compiled dataset, kept compact: one tab-separated string per record, decoded only when
 * a page's host finds it, and a host -> row table. Parsing ten thousand short strings and one flat table costs a
 * fraction of parsing ten thousand outlet objects, and the heap holds strings instead of objects.
 */
export interface CompiledDirectory {
  /**
   * One record per row: origin, ref, name, kind, country, languages, owner, parent, place, ownerSource, domains (last,
   * so the index reads a row's hosts without splitting the rest). Hosts a curated outlet claims are left out.
   */
  rows: string[];
  /** CRED-1's listing, one "domain<TAB>category" per entry. */
  lowCredibility: string[];
}

export const EMPTY_DIRECTORY: CompiledDirectory = { rows: [], lowCredibility: [] };

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
  const taken = new Set<string>();
  for (const record of records) {
    const free = record.domains.filter((host) => !taken.has(host) && !claimedByCurated(host));
    if (!free.length) continue;
    rows.push(encodeRow({ ...record, domains: free }));
    for (const host of free) taken.add(host);
  }
  return { rows, lowCredibility: lowCredibility.map(({ domain, category }) => `${domain}${SEP}${category}`) };
}

/** True when `has` holds the host or a domain above it ("news.example.co.uk" -> "example.co.uk", "co.uk", "uk"). */
export function hostOrParentIn(host: string, has: (key: string) => boolean): boolean {
  for (let at = -1; ; ) {
    if (has(host.slice(at + 1))) return true;
    at = host.indexOf('.', at + 1);
    if (at === -1) return false;
  }
}

/** host -> row, read from each row's last field. Strings split on demand cost less to parse than a JSON object. */
export function directoryHosts(rows: readonly string[]): Map<string, number> {
  const hosts = new Map<string, number>();
  rows.forEach((row, i) => {
    const domains = row.slice(row.lastIndexOf(SEP) + 1);
    if (!domains.includes(LIST)) hosts.set(domains, i);
    else for (const host of domains.split(LIST)) hosts.set(host, i);
  });
  return hosts;
}

export function lowCredibilityTable(entries: readonly string[]): Map<string, LowCredibilityCategory> {
  const table = new Map<string, LowCredibilityCategory>();
  for (const entry of entries) {
    const tab = entry.indexOf(SEP);
    table.set(entry.slice(0, tab), entry.slice(tab + 1) as LowCredibilityCategory);
  }
  return table;
}
