/** Which site a page belongs to for the annotation settings, and the host permission that covers it. */

/** The page's origin ("https://www.rferl.org") when it is an http(s) page, else null. */
export function siteOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The match pattern for an origin's pages: scheme and host, no port. Firefox rejects match patterns with a port,
 * and a pattern without one matches every port in both browsers.
 */
export function hostPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
