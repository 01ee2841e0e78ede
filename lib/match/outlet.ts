import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import type { OutletSummary } from '../model/analysis';
import type { Publisher } from '../model/page';
import { candidateHosts, hostAndPathOf, locatePage, pathHasPrefix } from './url';

/** Finds the outlet that publishes `url` by host and path prefix. */
export function outletForUrl(url: string, index: DatasetIndex): { outlet: Outlet; domain: string } | null {
  const location = locatePage(url);
  if (!location) return null;
  for (const host of candidateHosts(location)) {
    for (const [prefix, outletIndex] of index.outletsForHost(host)) {
      if (!pathHasPrefix(location.pathname, prefix)) continue;
      const outlet = index.outletAt(outletIndex);
      if (outlet) return { outlet, domain: prefix ? `${host}${prefix}` : host };
    }
  }
  return null;
}

/** Falls back to the page's own publisher metadata (JSON-LD publisher, og:site_name) by exact name or alias. */
export function outletForPublisherName(names: readonly string[], index: DatasetIndex): Outlet | null {
  for (const name of names) {
    const ref = index.recordsNamed(name).find((r) => r.type === 'outlet');
    const outlet = ref && index.outlets[ref.index];
    if (outlet) return outlet;
  }
  return null;
}

export function summarizeOutlet(
  outlet: Outlet,
  domain: string,
  matchedBy: OutletSummary['matchedBy'],
  lowCredibility: OutletSummary['lowCredibility'] = null,
): OutletSummary {
  return {
    id: outlet.id,
    name: outlet.name,
    domain,
    kind: outlet.kind,
    country: outlet.country,
    typology: outlet.typology ?? null,
    owner: outlet.owner,
    parent: outlet.parent ?? null,
    funding: outlet.funding,
    note: outlet.note,
    reliability: outlet.reliability?.status ?? null,
    matchedBy,
    citations: outlet.sources.map(({ url, title }) => ({ url, title })),
    reviewed: outlet.reviewed,
    tier: outlet.tier ?? 'curated',
    origin: outlet.origin ?? null,
    lowCredibility,
  };
}

export function matchOutlet(
  url: string,
  publisher: { publisher: Publisher | null; siteName: string | null },
  index: DatasetIndex,
): OutletSummary | null {
  const byUrl = outletForUrl(url, index);
  if (byUrl) return summarizeOutlet(byUrl.outlet, byUrl.domain, 'domain', index.lowCredibilityFor(hostAndPathOf(byUrl.domain).host));
  const names = [publisher.publisher?.name, publisher.siteName].filter((n): n is string => !!n);
  const byName = outletForPublisherName(names, index);
  if (!byName) return null;
  return summarizeOutlet(byName, byName.domains[0] ?? '', 'publisher-metadata');
}
