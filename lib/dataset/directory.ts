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
  /**
   * An open-addressing hash table over the rows' hosts, built at compile time: slot `hostHash(host) & (length - 1)`,
   * then the next slots, hold row + 1 until an empty slot (0). Reading it at start-up is one parse of small numbers,
   * where building a Map of ten thousand hosts cost more than parsing the rows.
   */
  slots: number[];
  /** CRED-1's listing, one "domain<TAB>category" per entry. */
  lowCredibility: string[];
}

export const EMPTY_DIRECTORY: CompiledDirectory = { rows: [], slots: [], lowCredibility: [] };

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
  return { rows, slots: hashSlots(rows), lowCredibility: lowCredibility.map(({ domain, category }) => `${domain}${SEP}${category}`) };
}

/** FNV-1a over the host's characters (hosts are ASCII). */
export function hostHash(host: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < host.length; i++) hash = Math.imul(hash ^ host.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const rowHosts = (row: string) => row.slice(row.lastIndexOf(SEP) + 1).split(LIST);

/** The hash table for `rows`: a power of two at least twice the number of hosts, so probes stay short. */
function hashSlots(rows: readonly string[]): number[] {
  const hosts = rows.flatMap((row, i) => rowHosts(row).map((host) => [host, i] as const));
  if (!hosts.length) return [];
  let size = 1;
  while (size < hosts.length * 2) size *= 2;
  const slots = new Array<number>(size).fill(0);
  for (const [host, row] of hosts) {
    let at = hostHash(host) & (size - 1);
    while (slots[at] !== 0) at = (at + 1) & (size - 1);
    slots[at] = row + 1;
  }
  return slots;
}

/** The row that lists `host`, or -1: a few probes of the compiled table, whatever the number of rows. */
export function findDirectoryRow(directory: CompiledDirectory, host: string): number {
  const { slots, rows } = directory;
  if (!slots.length) return -1;
  const mask = slots.length - 1;
  for (let at = hostHash(host) & mask; slots[at] !== 0; at = (at + 1) & mask) {
    const row = slots[at]! - 1;
    const hosts = rows[row]!.slice(rows[row]!.lastIndexOf(SEP) + 1);
    if (hosts === host || (hosts.includes(LIST) && hosts.split(LIST).includes(host))) return row;
  }
  return -1;
}

/** True when `has` holds the host or a domain above it ("news.example.co.uk" -> "example.co.uk", "co.uk", "uk"). */
export function hostOrParentIn(host: string, has: (key: string) => boolean): boolean {
  for (let at = -1; ; ) {
    if (has(host.slice(at + 1))) return true;
    at = host.indexOf('.', at + 1);
    if (at === -1) return false;
  }
}

export function lowCredibilityTable(entries: readonly string[]): Map<string, LowCredibilityCategory> {
  const table = new Map<string, LowCredibilityCategory>();
  for (const entry of entries) {
    const tab = entry.indexOf(SEP);
    table.set(entry.slice(0, tab), entry.slice(tab + 1) as LowCredibilityCategory);
  }
  return table;
}
