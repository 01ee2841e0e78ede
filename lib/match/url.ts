import { parse } from 'tldts';

/** Splits a dataset domain pattern ("voanews.com/polygraph") into host and path prefix. */
export function hostAndPathOf(pattern: string): { host: string; path: string } {
  const slash = pattern.indexOf('/');
  if (slash === -1) return { host: pattern, path: '' };
  return { host: pattern.slice(0, slash), path: pattern.slice(slash).replace(/\/+$/, '') };
}

export interface PageLocation {
  /** Lower-case hostname without a trailing dot (punycode for IDNs). */
  hostname: string;
  /** The registrable domain (eTLD+1) per the Public Suffix List, or null for IPs and bare suffixes. */
  domain: string | null;
  pathname: string;
}

const AMP_CACHE = /(^|\.)cdn\.ampproject\.org$/;

/**
 * Parses a page URL for outlet look-up. Pages served from the Google AMP cache
 * (`www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/a/...`) resolve to the publisher's own URL.
 */
export function locatePage(rawUrl: string): PageLocation | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const hostname = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (AMP_CACHE.test(hostname)) {
    const inner = /^\/(?:[a-z]\/)+(?:s\/)?([^/]+)(\/.*)?$/.exec(url.pathname);
    if (inner?.[1]) return locatePage(`https://${inner[1]}${inner[2] ?? '/'}`);
  }
  const parsed = parse(hostname, { allowPrivateDomains: false });
  if (parsed.isIp) return { hostname, domain: null, pathname: url.pathname };
  return { hostname, domain: parsed.domain ?? null, pathname: url.pathname };
}

/**
 * Hosts to try, most specific first: "edition.cnn.com" -> ["edition.cnn.com", "cnn.com"].
 * Never goes above the registrable domain, so "deviantart.com" can never reach "rt.com".
 */
export function candidateHosts(location: PageLocation): string[] {
  const { hostname, domain } = location;
  if (!domain) return [hostname];
  const hosts: string[] = [];
  let host = hostname;
  while (host.length > domain.length && host.endsWith(`.${domain}`)) {
    hosts.push(host);
    host = host.slice(host.indexOf('.') + 1);
  }
  hosts.push(domain);
  return hosts;
}

/** True when `pathname` is `prefix` or lies under it at a segment boundary. */
export function pathHasPrefix(pathname: string, prefix: string): boolean {
  if (!prefix) return true;
  const lowerPath = pathname.toLowerCase();
  const lowerPrefix = prefix.toLowerCase();
  return lowerPath === lowerPrefix || lowerPath.startsWith(`${lowerPrefix}/`);
}
