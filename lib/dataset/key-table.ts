import { hostHash } from './directory';

/**
 * A string-keyed look-up table compiled ahead of time, for tables the background reads at start-up (hosts, names,
 * claim terms). Parsed as JSON, an object of several thousand keys cost more than every curated record as text, and
 * building a Map of them at start-up as much again; this is one array of short strings and one array of small
 * numbers, which parse in a fraction of that and need no work before the first look-up.
 */
export interface CompiledKeyTable {
  /** "key<TAB>value", one per key. */
  entries: string[];
  /** Open addressing over the keys: slot `hostHash(key) & (length - 1)`, then the next ones, hold entry + 1 until 0. */
  slots: number[];
}

const SEP = '\t';

export const EMPTY_KEY_TABLE: CompiledKeyTable = { entries: [], slots: [] };

/** Keys must not contain a tab; values are kept as given. */
export function compileKeyTable(table: ReadonlyMap<string, string>): CompiledKeyTable {
  const entries = [...table].map(([key, value]) => `${key}${SEP}${value}`);
  if (!entries.length) return EMPTY_KEY_TABLE;
  let size = 1;
  while (size < entries.length * 2) size *= 2;
  const slots = new Array<number>(size).fill(0);
  [...table.keys()].forEach((key, entry) => {
    let at = hostHash(key) & (size - 1);
    while (slots[at] !== 0) at = (at + 1) & (size - 1);
    slots[at] = entry + 1;
  });
  return { entries, slots };
}

/** The value stored for `key`, or undefined: a hash and a probe or two. */
export function lookUpKey({ entries, slots }: CompiledKeyTable, key: string): string | undefined {
  if (!slots.length || key.includes(SEP)) return undefined;
  const mask = slots.length - 1;
  for (let at = hostHash(key) & mask; slots[at] !== 0; at = (at + 1) & mask) {
    const entry = entries[slots[at]! - 1]!;
    if (entry.length > key.length && entry[key.length] === SEP && entry.startsWith(key)) return entry.slice(key.length + 1);
  }
  return undefined;
}

/** Whether the table holds `key`. */
export const hasKey = (table: CompiledKeyTable, key: string) => lookUpKey(table, key) !== undefined;

/** Every key with its value (for tools and the compiler's callers, not the background's hot path). */
export function keyTableEntries({ entries }: CompiledKeyTable): [string, string][] {
  return entries.map((entry) => {
    const tab = entry.indexOf(SEP);
    return [entry.slice(0, tab), entry.slice(tab + 1)];
  });
}
