/**
 * The address a link really goes to, through the redirect wrappers search engines, social sites and AMP caches
 * put around it. Pure: an href and the page's address in, an absolute http(s) URL (or null) out.
 */

/** What the page itself says about a link's target (X shows the real address beside its t.co links). */
export interface LinkHints {
  /** The link's visible text. */
  text?: string;
  title?: string | null;
  /** `data-expanded-url` (X), or any attribute the page uses to carry the real address. */
  expanded?: string | null;
}

const MAX_DEPTH = 3;
const GOOGLE_HOST = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
const AMP_CACHE_HOST = /(?:^|\.)cdn\.ampproject\.org$/;
const BING_HOST = /^(?:www\.)?bing\.com$/;
const DUCKDUCKGO_HOST = /^(?:html\.|lite\.)?duckduckgo\.com$/;
const FACEBOOK_REDIRECT_HOST = /^(?:l|lm)\.facebook\.com$/;
const YAHOO_REDIRECT_HOST = /^r\.search\.yahoo\.com$/;
const REDDIT_REDIRECT_HOST = /^out\.reddit\.com$/;
/** A plain host name inside an AMP path (no user-info, no odd characters). */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Bing's `u=a1<base64url>` parameter. */
function decodeBing(value: string | null): string | null {
  if (!value?.startsWith('a1')) return null;
  try {
    const base64 = value.slice(2).replace(/-/g, '+').replace(/_/g, '/');
    return atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  } catch {
    return null;
  }
}

/** Yahoo's `/RU=<percent-encoded target>/RK=…` path segment. */
function decodeYahoo(pathname: string): string | null {
  const match = /\/RU=([^/]+)/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** AMP cache (`<x>.cdn.ampproject.org/c/s/host/path`) and Google AMP viewer (`google.com/amp/s/host/path`) addresses: the publisher's own. */
function unwrapAmp(url: URL): string | null {
  const inner = AMP_CACHE_HOST.test(url.hostname)
    ? /^\/[a-z]\/(s\/)?([^/]+)(\/.*)?$/.exec(url.pathname)
    : GOOGLE_HOST.test(url.hostname)
      ? /^\/amp\/(s\/)?([^/]+)(\/.*)?$/.exec(url.pathname)
      : null;
  if (!inner?.[2] || !PLAIN_HOST.test(inner[2])) return null;
  return `${inner[1] ? 'https' : 'http'}://${inner[2]}${inner[3] ?? '/'}`;
}

/** An address written out in the page: a full URL, or "bbc.co.uk/news/wor…" as X shows it. */
function addressInText(text: string | null | undefined): string | null {
  const trimmed = text?.trim().replace(/^https?:\/\//i, '');
  if (!trimmed || /\s/.test(trimmed) || trimmed.length > 300) return null;
  // A cut-off address ends in an ellipsis: its last path segment may be incomplete, so it is dropped.
  const cut = /(?:…|\.\.\.)$/.test(trimmed);
  const whole = cut ? trimmed.replace(/(?:…|\.\.\.)$/, '').replace(/\/[^/]*$/, '') : trimmed;
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]|$)/i.exec(whole)?.[1];
  return host && /\.[a-z]{2,}$/i.test(host) ? `https://${whole.slice(0, host.length) + whole.slice(host.length).split(/[?#]/)[0]}` : null;
}

/** The target a t.co link stands for, when the page shows it; t.co itself never tells without a request. */
function shortenerTarget(hints: LinkHints): string | null {
  return addressInText(hints.expanded) ?? addressInText(hints.title) ?? addressInText(hints.text);
}

/** One wrapper taken off, or null when `url` is not a known wrapper. */
function unwrapOnce(url: URL, hints: LinkHints): string | null {
  const host = url.hostname.toLowerCase();
  const param = (name: string) => url.searchParams.get(name);
  if (GOOGLE_HOST.test(host) && url.pathname === '/url') return param('q') ?? param('url');
  if (BING_HOST.test(host) && url.pathname === '/ck/a') return decodeBing(param('u'));
  if (DUCKDUCKGO_HOST.test(host) && url.pathname === '/l/') return param('uddg');
  if (FACEBOOK_REDIRECT_HOST.test(host) && url.pathname === '/l.php') return param('u');
  if (YAHOO_REDIRECT_HOST.test(host)) return decodeYahoo(url.pathname);
  if (REDDIT_REDIRECT_HOST.test(host)) return param('url');
  if (host === 't.co') return shortenerTarget(hints);
  return unwrapAmp(url);
}

/**
 * The http(s) address `href` leads to, relative to `base` (the page's address), with known wrappers removed.
 * A wrapper whose target cannot be found (t.co with nothing in the page) gives null: the link is not marked.
 */
export function resolveLink(href: string, base: string, hints: LinkHints = {}): string | null {
  let url = parseHttp(href, base);
  for (let depth = 0; url && depth < MAX_DEPTH; depth++) {
    if (!isWrapperHost(url)) return url.href;
    const wrapped = unwrapOnce(url, hints);
    url = wrapped === null ? null : parseHttp(wrapped);
  }
  return null; // wrappers nested deeper than any real one
}

/** Hosts whose links are redirects: their own address is never the link's real target. */
function isWrapperHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return (
    (GOOGLE_HOST.test(host) && (url.pathname === '/url' || url.pathname.startsWith('/amp/'))) ||
    (BING_HOST.test(host) && url.pathname === '/ck/a') ||
    (DUCKDUCKGO_HOST.test(host) && url.pathname === '/l/') ||
    FACEBOOK_REDIRECT_HOST.test(host) ||
    YAHOO_REDIRECT_HOST.test(host) ||
    REDDIT_REDIRECT_HOST.test(host) ||
    AMP_CACHE_HOST.test(host) ||
    host === 't.co'
  );
}
