import type { ClaimRecord, Entity, Outlet } from './schema';

export interface RecordSet {
  outlets: readonly Outlet[];
  entities: readonly Entity[];
  claims: readonly ClaimRecord[];
}

export interface Conflicts {
  /** An id used by two records; `first` and `second` are their record types. */
  duplicateIds: { id: string; first: string; second: string }[];
  /** A domain claimed by two outlets. */
  sharedDomains: { domain: string; owner: string; outlet: string }[];
}

/** Ids used twice and domains claimed by two outlets: checked on the bundled data and on every import. */
export function findConflicts(records: RecordSet): Conflicts {
  const conflicts: Conflicts = { duplicateIds: [], sharedDomains: [] };
  const ids = new Map<string, string>();
  for (const [type, list] of [['outlet', records.outlets], ['entity', records.entities], ['claim', records.claims]] as const) {
    for (const record of list) {
      const first = ids.get(record.id);
      if (first) conflicts.duplicateIds.push({ id: record.id, first, second: type });
      else ids.set(record.id, type);
    }
  }
  const domains = new Map<string, string>();
  for (const outlet of records.outlets) {
    for (const domain of outlet.domains) {
      const owner = domains.get(domain);
      if (owner && owner !== outlet.id) conflicts.sharedDomains.push({ domain, owner, outlet: outlet.id });
      domains.set(domain, outlet.id);
    }
  }
  return conflicts;
}
