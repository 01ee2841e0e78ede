/**
 * What the content script asks the background about a link: its host and the start of its path, never the
 * query or fragment. Outlets are matched by host and, for a few sections ("apnews.com/ap-fact-check"), by a path
 * prefix; the dataset's prefixes are at most three segments deep, so links to one section share one look-up.
 */

export const ADDRESS_SEGMENTS = 3;
export const MAX_ADDRESS_LENGTH = 300;

/** "https://www.bbc.co.uk/news/world-europe-1?x=1" → "www.bbc.co.uk/news/world-europe-1"; null when not http(s). */
export function lookupAddress(target: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  const segments = url.pathname.split('/').filter(Boolean).slice(0, ADDRESS_SEGMENTS);
  const address = [host, ...segments].join('/').toLowerCase();
  return address.length <= MAX_ADDRESS_LENGTH ? address : host;
}

/** The background's side: the look-up address as a URL `matchOutlet` reads (https is assumed; it is not used). */
export function addressUrl(address: string): string | null {
  if (!/^[a-z0-9.-]+(?:\/[^?#\s]*)?$/i.test(address)) return null;
  try {
    return new URL(`https://${address}`).href;
  } catch {
    return null;
  }
}
