import * as v from 'valibot';
import { OriginSchema, type Settings } from './settings';

/**
 * The options page's edits of the annotation settings, as pure functions: each returns new settings and leaves
 * its input untouched. Also the origin a reader types into "add a site", and the host-permission patterns.
 */

/** The optional host permission that lets Sourcelight annotate every site (manifest `optional_host_permissions`). */
export const ALL_SITES_PATTERN = '*://*/*';

export type OriginInputError = 'empty' | 'not-web' | 'invalid';
export type OriginInput = { ok: true; origin: string } | { ok: false; error: OriginInputError };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_WITH_PORT = /^[^/:]+:\d+(?:[/?#]|$)/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A name with a dot and a top-level label of letters (or an IDN `xn--` label), as `URL` normalises it. */
const DOMAIN_NAME = /^(?:[a-z0-9-]+\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * A host a site can have: a domain name, an IP address or localhost. `URL` has already refused malformed names
 * and normalised the rest (lower case, punycode). The public-suffix list (tldts, used by the background) would
 * also refuse a bare suffix such as "co.uk", but it would add about 117 kB gzipped to this page; such an entry
 * is harmless, as no page has that origin.
 */
function isSiteHost(hostname: string): boolean {
  return hostname === 'localhost' || IPV4.test(hostname) || hostname.startsWith('[') || DOMAIN_NAME.test(hostname);
}

/**
 * "www.rferl.org", "https://www.rferl.org/a/1.html" or "localhost:8080" → the origin ("https://www.rferl.org").
 * Without a scheme, https is assumed. Only http(s) sites with a real domain, an IP address or localhost pass.
 */
export function originFromInput(input: string): OriginInput {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  const withScheme = HAS_SCHEME.test(text) && !HOST_WITH_PORT.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'not-web' };
  if (!isSiteHost(url.hostname)) return { ok: false, error: 'invalid' };
  return v.is(OriginSchema, url.origin) ? { ok: true, origin: url.origin } : { ok: false, error: 'invalid' };
}

/** The host permission an origin needs (match patterns take no port). */
export function originPermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function withEverywhere(settings: Settings, everywhere: boolean): Settings {
  return { ...settings, annotations: { ...settings.annotations, everywhere } };
}

export function withSite(settings: Settings, origin: string, annotate: boolean): Settings {
  return { ...settings, annotations: { ...settings.annotations, sites: { ...settings.annotations.sites, [origin]: annotate } } };
}

export function withoutSite(settings: Settings, origin: string): Settings {
  const sites = Object.fromEntries(Object.entries(settings.annotations.sites).filter(([key]) => key !== origin));
  return { ...settings, annotations: { ...settings.annotations, sites } };
}

export interface SiteRow {
  origin: string;
  annotate: boolean;
}

/** The per-site choices in a stable order: by host name, then scheme. */
export function siteRows(settings: Settings): SiteRow[] {
  const host = (origin: string) => origin.replace(/^https?:\/\//, '');
  return Object.entries(settings.annotations.sites)
    .map(([origin, annotate]) => ({ origin, annotate }))
    .sort((a, b) => host(a.origin).localeCompare(host(b.origin)) || a.origin.localeCompare(b.origin));
}
