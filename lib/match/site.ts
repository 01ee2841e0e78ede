import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import type { Site } from '../model/analysis';
import type { ExtractedPage } from '../model/page';
import { looksLike } from './look-alike';
import { outletNamed } from './named-outlet';
import { outletForUrl } from './outlet';
import { isGenericName, isJunkSiteName } from './site-name';
import { locatePage, type PageLocation } from './url';
import { creditedWire } from './wire-credit';

type SitePage = Pick<ExtractedPage, 'url' | 'canonicalUrl' | 'siteName' | 'publisher' | 'byline' | 'paragraphs'>;
interface NamedClaim {
  name: string;
  outlet: Outlet | null;
  /** `site`: the name the site gives itself (og:site_name, application-name); `publisher`: the article's JSON-LD publisher. */
  by: 'site' | 'publisher';
}

/**
 * What the page's address and its own metadata say about the site. `hostOutlet` is the outlet matched by the
 * page's address, if any. Names (og:site_name or application-name, JSON-LD publisher) and the canonical link are
 * the page's word: when they name an outlet whose domains the page is not on, the page either impersonates it
 * or carries its copy (a news agency's, or any outlet's on an aggregator).
 */
export function describeSite(page: SitePage, hostOutlet: Outlet | null, index: DatasetIndex): Site {
  const location = locatePage(page.url);
  const claims: NamedClaim[] = [
    { name: page.siteName, by: 'site' as const },
    { name: page.publisher?.name, by: 'publisher' as const },
  ].flatMap(({ name, by }) => (name?.trim() ? [{ name: name.trim(), outlet: outletNamed(name, index), by }] : []));
  const canonical = page.canonicalUrl ? (outletForUrl(page.canonicalUrl, index)?.outlet ?? null) : null;
  const { impersonates, origin } = hostOutlet
    ? { impersonates: null, origin: originOnOutlet(hostOutlet, claims, canonical) }
    : weighClaims(location, claims, canonical);
  const wire = creditedWire(page.byline, page.paragraphs[0] ?? null, index);
  const syndicatedFrom = origin ?? (wire && wire.id !== hostOutlet?.id ? wire : null);
  const ownName = claims.find(({ name, outlet }) => !isJunkSiteName(name) && (!outlet || outlet === hostOutlet || outlet === impersonates));
  return {
    ...siteOfAddress(location),
    claimedName: ownName?.name ?? null,
    impersonates: impersonates && {
      id: impersonates.id,
      name: impersonates.name,
      domains: [...impersonates.domains],
      claimedAs: claims.find((claim) => claim.outlet === impersonates)?.name ?? impersonates.name,
    },
    syndicatedFrom: syndicatedFrom?.name ?? null,
  };
}

/** The site as its address alone describes it (for a page with no article, or before its metadata is weighed). */
export function siteOfAddress(location: PageLocation | string | null): Site {
  const where = typeof location === 'string' ? locatePage(location) : location;
  return { host: where?.hostname ?? '', registrableDomain: where?.domain ?? null, claimedName: null, impersonates: null, syndicatedFrom: null };
}

/**
 * On an unknown host: any outlet name or canonical link on a host dressed in that outlet's domain
 * ("bbc.co.uk.news-today.example") is impersonation, and so is a site calling itself by a distinctive outlet name
 * ("BBC News" as og:site_name). On a plain host, an article's JSON-LD publisher, a news agency's name or a
 * canonical link elsewhere says where the copy comes from (syndication sites credit their partners that way).
 * A generic name ("The Times") on a plain host names no one.
 */
function weighClaims(location: PageLocation | null, claims: NamedClaim[], canonical: Outlet | null) {
  let origin: Outlet | null = null;
  if (!location) return { impersonates: null, origin };
  for (const { name, outlet, by } of claims) {
    if (!outlet) continue;
    const dressed = looksLike(location, outlet.domains);
    if (dressed || (by === 'site' && outlet.kind !== 'wire' && !isGenericName(name))) return { impersonates: outlet, origin: null };
    if (outlet.kind === 'wire' || by === 'publisher') origin ??= outlet;
  }
  if (canonical && looksLike(location, canonical.domains)) return { impersonates: canonical, origin: null };
  return { impersonates: null, origin: origin ?? canonical };
}

/** On a known outlet's own domain, another outlet in its metadata is the origin of a wire copy or of an aggregated story. */
function originOnOutlet(host: Outlet, claims: NamedClaim[], canonical: Outlet | null): Outlet | null {
  const others = [...claims.map((claim) => claim.outlet), canonical].filter((o): o is Outlet => !!o && o.id !== host.id);
  return others.find((o) => o.kind === 'wire' || host.kind === 'aggregator') ?? null;
}
