import { parse } from 'tldts';

/**
 * Which websites listed by an open dataset can stand for one outlet. A website that is really a platform's, an
 * archive's, an e-paper host's or a group's shared site would give every page there the wrong card, so it is dropped.
 */

/** Registrable domains that host many publications or only copies of them: social networks, blog platforms,
 * e-paper and archive services, library portals, the directories the datasets were compiled from. */
const PLATFORMS = new Set([
  'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'linkedin.com', 'tiktok.com',
  'google.com', 'blogspot.com', 'wordpress.com', 'wix.com', 'wixsite.com', 'squarespace.com', 'weebly.com',
  'medium.com', 'substack.com', 'tumblr.com', 'myspace.com', 'flickr.com', 'apple.com', 'amazon.com',
  'issuu.com', 'pressreader.com', 'pressdisplay.com', 'newspaperdirect.com', 'yumpu.com', 'calameo.com',
  'pagesuite.com', 'pagesuite-professional.co.uk', 'tecnavia.com', 'zinio.com', 'magzter.com', 'readly.com',
  'archive.org', 'loc.gov', 'newsbank.com', 'proquest.com', 'ebscohost.com', 'epnet.com', 'lexisnexis.com',
  'lexis-nexis.com', 'serialssolutions.com', 'oclc.org', 'galegroup.com', 'gale.com', 'bnf.fr', 'nla.gov.au',
  'natlib.govt.nz', 'crl.edu', 'umi.com', 'retronews.fr', 'newspapers.com', 'newspaperarchive.com',
  'wikipedia.org', 'wikidata.org', 'usnpl.com', 'stationindex.com', 'worldcat.org', 'hathitrust.org',
  'europeana.eu', 'trove.nla.gov.au', 'delpher.nl', 'anno.onb.ac.at', 'bl.uk', 'britishnewspaperarchive.co.uk',
]);

/** First labels of hosts that serve a print replica, an archive or a search portal rather than the news site. */
const NON_SITE_LABEL = /^(?:e-?paper|epaper\d*|e-?edition|enewspaper|replica|digital(?:edition)?|archives?|lib|library|libraries|search|gateway|infoweb|catalog(?:ue)?|dds|collections?)$/;

/** Lower-case host without "www." and port, or null when the value is no usable web address. */
export function normalizeHost(raw: string): string | null {
  const trimmed = raw.trim();
  // Another scheme ("mailto:") or user-info ("desk@…") is no website address.
  if (!trimmed || trimmed.includes('@') || (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) && !/^https?:\/\//i.test(trimmed))) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.+$/, '').replace(/^www\d*\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !/^\d+(\.\d+){3}$/.test(host) ? host : null;
}

/** True when the address points below the site's home page ("group.com/papers/the-herald"): a page on someone
 * else's site, not the outlet's own. */
export function hasDeepPath(raw: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `http://${raw.trim()}`);
    // The home page, or a language's home page ("/ru/"), is the site itself.
    const home = /^\/?(?:(?:index|default|home)\.(?:html?|php|aspx?)|[a-z]{2}(?:-[a-z]{2})?\/?)?$/i;
    return !home.test(url.pathname) || url.search !== '';
  } catch {
    return false;
  }
}

export function registrableDomain(host: string): string | null {
  return parse(host, { allowPrivateDomains: false }).domain ?? null;
}

/** Why a host cannot stand for one outlet, or null when it can. */
export function platformReason(host: string): string | null {
  const domain = registrableDomain(host);
  if (!domain) return 'not a registrable domain';
  if (PLATFORMS.has(domain) || PLATFORMS.has(host)) return `a shared platform (${domain})`;
  const first = host.slice(0, host.length - domain.length).split('.').filter(Boolean);
  if (first.some((label) => NON_SITE_LABEL.test(label))) return 'an e-paper, archive or library host';
  // A university's or a government's own domain is the institution's, not its newspaper's.
  if (host === domain && /\.(?:edu|gov|mil)$/.test(domain)) return 'an institution’s own domain';
  return null;
}

const compact = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const WEAK_WORDS = new Set(['the', 'news', 'daily', 'media', 'group', 'inc', 'llc', 'company', 'corporation', 'co', 'ltd', 'publishing', 'publications', 'newspapers', 'of', 'and', 'la', 'le', 'el', 'di', 'de', 'der', 'die']);

/** Words of a name that can identify it in a domain ("everett", "herald" for "The Everett Herald"). */
function strongWords(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .map(compact)
    .filter((word) => word.length >= 3 && !WEAK_WORDS.has(word));
}

/**
 * True when the domain names the owner and none of the outlet's own names: the group's corporate site
 * ("blackpress.ca" given as the website of "The Everett Herald", owned by Black Press).
 */
export function looksLikeOwnerSite(host: string, names: readonly string[], owners: readonly string[]): boolean {
  const domain = registrableDomain(host) ?? host;
  const label = compact(domain.slice(0, domain.indexOf('.')));
  if (label.length < 4) return false;
  const namesOwner = owners.some((owner) => {
    const whole = compact(owner);
    return whole.length >= 4 && (label.includes(whole) || whole.includes(label));
  });
  if (!namesOwner) return false;
  return !names.some((name) => {
    const whole = compact(name);
    return (whole.length >= 4 && label.includes(whole)) || strongWords(name).some((word) => label.includes(word));
  });
}

/** Nouns many titles share ("Times", "Herald"): a domain holding one of them does not name a particular title. */
const GENERIC_WORDS = new Set([
  'times', 'herald', 'post', 'journal', 'tribune', 'gazette', 'press', 'star', 'sun', 'observer', 'record', 'courier',
  'chronicle', 'register', 'leader', 'review', 'sentinel', 'standard', 'independent', 'express', 'weekly', 'county',
  'city', 'mail', 'telegraph', 'mirror', 'globe', 'world', 'examiner', 'enterprise', 'advocate', 'democrat', 'republican',
  'citizen', 'reporter', 'dispatch', 'bulletin', 'ledger', 'messenger', 'monitor', 'journalnews', 'today', 'local', 'free',
]);

/**
 * True when the domain spells the outlet's own name or a distinctive word of it ("ktvo.com" for KTVO,
 * "janathavani.com" for Janathavani). Used to keep a website given as a page of the outlet's own site.
 */
export function domainNamesOutlet(host: string, names: readonly string[]): boolean {
  const domain = registrableDomain(host) ?? host;
  const label = compact(domain.slice(0, domain.indexOf('.')));
  if (label.length < 3) return false;
  return names.some((name) => {
    const whole = compact(name);
    if (whole.length >= 3 && label.includes(whole)) return true;
    return strongWords(name).some((word) => word.length >= 4 && !GENERIC_WORDS.has(word) && label.includes(word));
  });
}
