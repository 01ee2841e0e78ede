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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const content = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');
      if (content?.trim()) return clip(content);
    }
  }
  return null;
}

/** Page metadata from the live or parsed document head. Reads only attributes and text; never throws on bad markup. */
export function collectMetadata(doc: Document, pageUrl: string): PageMetadata {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = readJsonLd(scripts);
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return {
    canonicalUrl: absoluteUrl(canonicalHref, pageUrl),
    siteName: meta(doc, 'og:site_name', 'application-name'),
    publisher: jsonLd.publisher,
    publishedTime: meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date') ?? jsonLd.publishedTime,
    lang: clip(doc.documentElement?.getAttribute('lang')) ?? meta(doc, 'og:locale', 'language'),
    claimReviews: jsonLd.claimReviews,
  };
}
