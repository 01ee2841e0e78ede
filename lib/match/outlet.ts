import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import type { OutletSummary } from '../model/analysis';
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

export function summarizeOutlet(outlet: Outlet, domain: string, lowCredibility: OutletSummary['lowCredibility'] = null): OutletSummary {
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
    matchedBy: 'domain',
    citations: outlet.sources.map(({ url, title }) => ({ url, title })),
    reviewed: outlet.reviewed,
    tier: outlet.tier ?? 'curated',
    origin: outlet.origin ?? null,
    lowCredibility,
  };
}

/**
 * The page's outlet, by the address it was really loaded from and nothing else: a name or canonical link in the
 * page's metadata is the page's word and could claim any outlet (lib/match/site.ts weighs those claims).
 */
export function matchOutlet(url: string, index: DatasetIndex): { outlet: Outlet; summary: OutletSummary } | null {
  const byUrl = outletForUrl(url, index);
  if (!byUrl) return null;
  const lowCredibility = index.lowCredibilityFor(hostAndPathOf(byUrl.domain).host);
  return { outlet: byUrl.outlet, summary: summarizeOutlet(byUrl.outlet, byUrl.domain, lowCredibility) };
}
