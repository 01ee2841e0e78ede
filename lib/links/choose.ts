/**
 * Which links get a mark. A link is marked when it leaves the site it is on (links within the site are
 * navigation, and the site's own outlet is the toolbar badge's job), is not in the page's menus, and carries
 * text a reader sees as the link (image-only links sit beside a text link to the same place).
 */

export interface LinkFacts {
  /** The resolved target (lib/links/unwrap.ts); null when it could not be resolved. */
  target: string | null;
  /** The page's own address. */
  page: string;
  /** The link sits in a nav, header, footer or an element with a navigation or banner role. */
  inNavigation: boolean;
  /** The link's visible text. */
  text: string;
}

const MIN_TEXT = 2;

/** "news.bbc.co.uk" → "bbc.co.uk"-like key: the host without "www." and common mobile prefixes. */
function siteKey(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile|amp)\./, '');
}

/**
 * Whether two hosts belong to one site, without the public-suffix list (too large for a content script): one is
 * the other or a subdomain of it, once "www." and the like are dropped. Errs towards "different sites", which only
 * costs a look-up: the background still decides which outlet, if any, a host is.
 */
export function sameSite(a: string, b: string): boolean {
  const x = siteKey(a);
  const y = siteKey(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

export function shouldMark(link: LinkFacts): boolean {
  if (!link.target || link.inNavigation) return false;
  if (link.text.replace(/\s+/g, '').length < MIN_TEXT) return false;
  try {
    return !sameSite(new URL(link.target).hostname, new URL(link.page).hostname);
  } catch {
    return false;
  }
}
