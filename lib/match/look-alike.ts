import { parse } from 'tldts';
import { isGenericName } from './site-name';
import { hostAndPathOf, type PageLocation } from './url';

/** The registrable label of a host: "bbc" for "www.bbc.co.uk", "spiegel" for "spiegel.ltd". */
function brandLabel(host: string): string | null {
  const { domainWithoutSuffix } = parse(host, { allowPrivateDomains: false });
  return domainWithoutSuffix || null;
}

/**
 * True when the page's host dresses itself in one of an outlet's domains without being on it: the whole domain
 * inside the host ("bbc.co.uk.news-today.example"), or the outlet's brand label as the host's own label or one
 * of its dashed parts ("spiegel.ltd", "bbc-news.example"), the patterns of cloned-outlet campaigns.
 */
export function looksLike(location: PageLocation, domains: readonly string[]): boolean {
  const hostParts = location.hostname.split(/[.-]/);
  return domains.some((pattern) => {
    const { host } = hostAndPathOf(pattern);
    if (`.${location.hostname}`.includes(`.${host}.`)) return true;
    const label = brandLabel(host);
    return !!label && label.length >= 3 && !isGenericName(label) && hostParts.includes(label);
  });
}
