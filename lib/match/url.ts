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
const GOOGLE_AMP_VIEWER = /^(www\.)?google\.[a-z.]+$/;
/** A bare host (no user-info, no odd characters) inside an AMP path; anything else is not followed. */
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/i;

/** The publisher URL an AMP cache or viewer address wraps, or null. */
function unwrapAmp(hostname: string, pathname: string): string | null {
  const inner = AMP_CACHE.test(hostname)
    ? /^\/(?:[a-z]\/)+(?:s\/)?([^/]+)(\/.*)?$/.exec(pathname)
    : GOOGLE_AMP_VIEWER.test(hostname)
      ? /^\/amp\/(?:s\/)?([^/]+)(\/.*)?$/.exec(pathname)
      : null;
  if (!inner?.[1] || !PLAIN_HOST.test(inner[1])) return null;
  return `https://${inner[1]}${inner[2] ?? '/'}`;
}

/**
 * Parses a page URL for outlet look-up. Pages served from the Google AMP cache
 * (`www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/a/...`) or Google's AMP viewer (`google.com/amp/s/...`)
 * resolve to the publisher's own URL.
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
  const wrapped = unwrapAmp(hostname, url.pathname);
  if (wrapped) return locatePage(wrapped);
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
