import type { DirectoryRecord } from '../schema';
import { parseCsv } from './csv';
import { domainNamesOutlet, hasDeepPath, looksLikeOwnerSite, normalizeHost, platformReason } from './directory-domains';
import { DropTally } from './drop-tally';
import { US_STATES } from './us-states';

/**
 * The Local News Dataset (Leon Yin, 2018; updated by Will Dinneen, 2023): US local newspapers and TV stations.
 * One record per website; the 2023 row wins over the 2018 one for the same website or the same outlet (name and
 * state), since an outlet that changed address in between must not keep its old one.
 */

interface Row {
  name: string;
  state: string;
  city: string;
  medium: string;
  host: string;
  owner: string;
  source: string;
  year: 2018 | 2023;
  /** The website given lies below a home page. */
  deep: boolean;
}

/** The groups' own station lists the 2023 rows name by domain (Tribune's and the misspelt Meredith's are gone). */
const OWNER_LISTS: Record<string, string> = {
  'sbgi.net': 'https://sbgi.net/',
  'nexstar.tv': 'https://www.nexstar.tv/',
  'hearst.com': 'https://www.hearst.com/',
};

const KINDS: Record<string, DirectoryRecord['kind']> = {
  'tv station': 'broadcaster',
  magazines: 'magazine',
  newspaper: 'newspaper',
  newspapers: 'newspaper',
  'college newspapers': 'newspaper',
};

const outletKey = (name: string, state: string) => `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}|${state}`;

function readRows(text: string, year: Row['year'], tally: DropTally): Row[] {
  const { records } = parseCsv(text);
  const [header, ...body] = records;
  if (!header) return [];
  const column = (fields: string[], name: string) => (fields[header.fields.indexOf(name)] ?? '').replace(/\s+/g, ' ').trim();
  const rows: Row[] = [];
  for (const { fields } of body) {
    const website = column(fields, 'website');
    const host = normalizeHost(website);
    if (!host) {
      tally.add(`${year} row without a usable website`);
      continue;
    }
    const platform = platformReason(host);
    if (platform) {
      tally.add(`${year} row whose website is on ${platform}`);
      continue;
    }
    const name = column(fields, 'name');
    if (!name) {
      tally.add(`${year} row without a name`);
      continue;
    }
    rows.push({
      name,
      state: column(fields, 'state').toUpperCase(),
      city: column(fields, 'city'),
      medium: column(fields, 'medium').toLowerCase(),
      host,
      owner: column(fields, 'owner'),
      source: column(fields, 'source'),
      year,
      deep: hasDeepPath(website),
    });
  }
  return rows;
}

/** Rows whose website no other outlet shares; a site given for several names is a group's. */
function ownSites(rows: Row[], tally: DropTally): Map<string, Row> {
  const byHost = new Map<string, Row[]>();
  for (const row of rows) (byHost.get(row.host) ?? byHost.set(row.host, []).get(row.host)!).push(row);
  const kept = new Map<string, Row>();
  for (const [host, all] of byHost) {
    // Where some row gives the host's home page, rows giving a page below it are sections of that site.
    const home = all.filter((r) => !r.deep);
    const list = home.length ? home : all;
    if (list.length < all.length) tally.add(`${all[0]!.year} website below the home page of another outlet’s site`);
    const names = new Set(list.map((r) => outletKey(r.name, '')));
    if (names.size > 1) tally.add(`${list[0]!.year} website given for several outlets (a group’s site)`);
    else if (list.every((r) => r.deep) && !domainNamesOutlet(host, [list[0]!.name])) {
      tally.add(`${list[0]!.year} website below a home page of a site that does not name the outlet`);
    }
    else if (looksLikeOwnerSite(host, [list[0]!.name], [list[0]!.owner])) tally.add(`${list[0]!.year} website of the owner, not the outlet`);
    else kept.set(host, list[0]!);
  }
  return kept;
}

function ownerSourceOf(row: Row): string | null {
  if (row.year !== 2023) return null;
  if (/^https:\/\/[a-z0-9.-]+\/?$/i.test(row.source)) return row.source;
  return OWNER_LISTS[row.source.toLowerCase()] ?? null;
}

function toRecord(row: Row): DirectoryRecord {
  const stateName = US_STATES[row.state];
  // Some cities carry their state's code already ("Mineola, NY").
  const city = row.city.replace(/,\s*[A-Z]{2}$/, '');
  const place = [city, stateName].filter(Boolean).join(', ') || null;
  return {
    name: row.name,
    kind: KINDS[row.medium] ?? 'newspaper',
    domains: [row.host],
    country: row.state === 'MX' ? 'MX' : 'US',
    languages: [],
    // 2018's owners are five years older than 2023's, and TV groups merged in between (Tribune, Raycom): not shown.
    owner: row.year === 2023 && row.owner ? row.owner : null,
    parent: null,
    origin: row.year === 2023 ? 'local-news-2023' : 'local-news-2018',
    ref: null,
    place,
    ownerSource: row.owner ? ownerSourceOf(row) : null,
  };
}

export function importLocalNews(text2023: string, text2018: string): { records: DirectoryRecord[]; dropped: Record<string, number> } {
  const tally = new DropTally();
  const recent = ownSites(readRows(text2023, 2023, tally), tally);
  const recentOutlets = new Set([...recent.values()].map((r) => outletKey(r.name, r.state)));
  const older = ownSites(readRows(text2018, 2018, tally), tally);
  const records = [...recent.values()].map(toRecord);
  for (const [host, row] of older) {
    if (recent.has(host)) tally.add('2018 row with a 2023 row for the same website');
    else if (recentOutlets.has(outletKey(row.name, row.state))) tally.add('2018 row for an outlet listed in 2023 under another website');
    else records.push(toRecord(row));
  }
  records.sort((a, b) => a.domains[0]!.localeCompare(b.domains[0]!));
  return { records, dropped: tally.counts() };
}
