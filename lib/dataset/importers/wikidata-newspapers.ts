import type { DirectoryRecord } from '../schema';
import { domainNamesOutlet, hasDeepPath, looksLikeOwnerSite, normalizeHost, platformReason } from './directory-domains';
import { DropTally } from './drop-tally';
import { countryCodeOf, languageCodeOf } from './names-to-codes';

/** One line of the Wikidata newspapers export (../shared/data/wikidata-newspapers/newspapers.jsonl). */
export interface WikidataItem {
  qid: string;
  label: string;
  aliases?: string[];
  instanceOf?: Labelled[];
  websites?: string[];
  country?: Labelled[];
  countryOfOrigin?: Labelled[];
  languages?: Labelled[];
  ownedBy?: Labelled[];
  parent?: Labelled[];
  publisher?: Labelled[];
  dissolved?: string[];
}
interface Labelled {
  id: string;
  label: string | null;
}

/** A label Wikidata has not filled in comes back as the bare id. */
const labelled = (values: Labelled[] | undefined) => (values ?? []).map((v) => (v.label ?? '').trim()).filter((l) => l && !/^Q\d+$/.test(l));

const ONLINE_KINDS = new Set(['news website', 'online newspaper', 'online magazine']);

export interface WikidataImport {
  records: DirectoryRecord[];
  dropped: Record<string, number>;
}

/**
 * Maps the export to directory records. Dissolved titles are skipped. A website is dropped when it lies below a
 * home page, is a platform's, an e-paper host's or an archive's, is given for more than one item (a group's or a
 * printer's shared site), or names the owner and not the title (the group's corporate site).
 */
export function importWikidataNewspapers(text: string): WikidataImport {
  const tally = new DropTally();
  const items: { item: WikidataItem; hosts: string[]; deep: Set<string> }[] = [];
  const itemsByHost = new Map<string, Set<string>>();
  const homeItemsByHost = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let item: WikidataItem;
    try {
      item = JSON.parse(line) as WikidataItem;
    } catch {
      tally.add('line that is not JSON');
      continue;
    }
    if (!item.qid || !item.label || /^Q\d+$/.test(item.label)) {
      tally.add('item without a label');
      continue;
    }
    if (item.dissolved?.length) {
      tally.add('dissolved title');
      continue;
    }
    const hosts = new Set<string>();
    const deep = new Set<string>();
    for (const website of item.websites ?? []) {
      const host = normalizeHost(website);
      if (!host) tally.add('website that is not a web address');
      else if (platformReason(host)) tally.add(`website on ${platformReason(host)}`);
      else (hasDeepPath(website) ? deep : hosts).add(host);
    }
    for (const host of hosts) (homeItemsByHost.get(host) ?? homeItemsByHost.set(host, new Set()).get(host)!).add(item.qid);
    for (const host of [...hosts, ...deep]) (itemsByHost.get(host) ?? itemsByHost.set(host, new Set()).get(host)!).add(item.qid);
    items.push({ item, hosts: [...new Set([...hosts, ...deep])], deep: new Set([...deep].filter((h) => !hosts.has(h))) });
  }

  const records: DirectoryRecord[] = [];
  for (const { item, hosts, deep } of items) {
    const owners = labelled(item.ownedBy);
    const parents = labelled(item.parent);
    const names = [item.label, ...(item.aliases ?? [])];
    const kept = hosts.filter((host) => {
      // Where some item gives the host's home page, items giving a page below it are sections of that site.
      const home = homeItemsByHost.get(host);
      if (home && deep.has(host)) return tally.drop('website below the home page of another item’s site');
      if ((home ?? itemsByHost.get(host)!).size > 1) return tally.drop('website given for several items (a group’s or printer’s site)');
      // A page below a home page is someone else's site, unless the domain itself spells the title.
      if (deep.has(host) && !domainNamesOutlet(host, names)) return tally.drop('website below a home page of a site that does not name the title');
      if (looksLikeOwnerSite(host, names, [...owners, ...parents, ...labelled(item.publisher)])) return tally.drop('website of the owner, not the title');
      return true;
    });
    if (!kept.length) {
      tally.add('item left without a usable website');
      continue;
    }
    // The export keeps no start or end dates: several owners are usually past and present ones, and which one owns
    // the title today cannot be told, so none is shown.
    const owner = owners.length === 1 ? owners[0]! : null;
    const parent = parents.find((p) => !owners.includes(p)) ?? null;
    const countryLabel = labelled(item.country)[0] ?? labelled(item.countryOfOrigin)[0];
    const kinds = new Set(labelled(item.instanceOf));
    records.push({
      name: item.label.trim(),
      kind: [...kinds].some((k) => ONLINE_KINDS.has(k)) ? 'news-site' : 'newspaper',
      domains: kept.sort(),
      country: countryLabel === undefined ? null : countryCodeOf(countryLabel),
      languages: [...new Set(labelled(item.languages).map((l) => languageCodeOf(l)).filter((c): c is string => !!c))],
      owner,
      parent,
      origin: 'wikidata',
      ref: item.qid,
      place: null,
      ownerSource: null,
    });
  }
  records.sort((a, b) => Number(a.ref!.slice(1)) - Number(b.ref!.slice(1)));
  return { records, dropped: tally.counts() };
}
