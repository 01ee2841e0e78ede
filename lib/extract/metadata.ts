import { LIMITS } from '../model/limits';
import type { PageClaimReview, Publisher } from '../model/page';
import { readJsonLd } from './json-ld';

export interface PageMetadata {
  canonicalUrl: string | null;
  siteName: string | null;
  publisher: Publisher | null;
  publishedTime: string | null;
  lang: string | null;
  claimReviews: PageClaimReview[];
}

const clip = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, LIMITS.maxShortString) : null;
};

function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href.slice(0, LIMITS.maxUrl) : null;
  } catch {
    return null;
  }
}

/**
 * The address the page's relative links resolve against: its <base href> read against the page's own address,
 * as the browser does. The snapshot is read off the page, in a document of the extension's own, whose address
 * would otherwise stand in for the page's.
 */
function documentBase(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** Every <meta> content by its property, name or itemprop key (first one wins), read in one pass. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const element of Array.from(doc.getElementsByTagName('meta'))) {
    const content = element.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attr)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

/** Page metadata from the live or parsed document head. Reads only attributes and text; never throws on bad markup. */
export function collectMetadata(doc: Document, pageUrl: string): PageMetadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const content = table.get(key.toLowerCase());
      if (content) return clip(content);
    }
    return null;
  };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = readJsonLd(scripts);
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta('og:url');
  return {
    canonicalUrl: absoluteUrl(canonicalHref, documentBase(doc, pageUrl)),
    siteName: meta('og:site_name', 'application-name'),
    publisher: jsonLd.publisher,
    publishedTime: meta('article:published_time', 'datePublished', 'date', 'dc.date') ?? jsonLd.publishedTime,
    lang: clip(doc.documentElement?.getAttribute('lang')) ?? meta('og:locale', 'language'),
    claimReviews: jsonLd.claimReviews,
  };
}
