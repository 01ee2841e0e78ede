import { LIMITS } from '../model/limits';
import type { PageClaimReview, Publisher } from '../model/page';

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 200_000;
const MAX_NODES = 500;
const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'WebPage',
]);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const clip = (value: string) => value.trim().slice(0, LIMITS.maxShortString);

function text(value: unknown): string | null {
  if (typeof value === 'string') return clip(value) || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value['@value']);
  return null;
}

/** The URL as written when it is http(s) (or relative), else null: JSON-LD could say `javascript:` or `data:`. */
function httpUrl(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    const { protocol } = new URL(raw, 'https://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:' ? raw.slice(0, LIMITS.maxUrl) : null;
  } catch {
    return null;
  }
}

function num(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function hasType(node: JsonObject, types: Set<string> | string): boolean {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.some((t) => typeof t === 'string' && (typeof types === 'string' ? t === types : types.has(t)));
}

/** Walks JSON-LD graphs (`@graph`, arrays, DataFeed items) breadth-first, with a hard node budget. */
function* nodesOf(roots: unknown[]): Generator<JsonObject> {
  const queue = [...roots];
  let seen = 0;
  while (queue.length && seen < MAX_NODES) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_NODES));
      continue;
    }
    if (!isObject(item)) continue;
    seen += 1;
    yield item;
    for (const key of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity']) {
      if (key in item) queue.push(item[key]);
    }
  }
}

export interface JsonLdFacts {
  publisher: Publisher | null;
  publishedTime: string | null;
  claimReviews: PageClaimReview[];
}

/** Reads publisher, publication date and ClaimReviews from raw JSON-LD script texts. Never throws. */
export function readJsonLd(scriptTexts: readonly string[]): JsonLdFacts {
  const roots: unknown[] = [];
  for (const raw of scriptTexts.slice(0, MAX_SCRIPTS)) {
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      roots.push(JSON.parse(raw));
    } catch {
      // Broken JSON-LD is common on real pages; skip it.
    }
  }
  const facts: JsonLdFacts = { publisher: null, publishedTime: null, claimReviews: [] };
  for (const node of nodesOf(roots)) {
    if (hasType(node, 'ClaimReview') && facts.claimReviews.length < LIMITS.maxClaimReviews) {
      const rating = isObject(node.reviewRating) ? node.reviewRating : {};
      const reviewed = isObject(node.itemReviewed) ? node.itemReviewed : {};
      facts.claimReviews.push({
        claimReviewed: text(node.claimReviewed) ?? '',
        rating: text(rating.alternateName) ?? text(rating.name),
        ratingValue: num(rating.ratingValue),
        bestRating: num(rating.bestRating),
        worstRating: num(rating.worstRating),
        author: text(node.author),
        claimant: text(reviewed.author),
        datePublished: text(node.datePublished),
        url: httpUrl(node.url),
      });
    } else if (hasType(node, ARTICLE_TYPES)) {
      if (!facts.publisher && isObject(node.publisher)) {
        const name = text(node.publisher.name);
        if (name) facts.publisher = { name, url: httpUrl(node.publisher.url) };
      }
      facts.publishedTime ??= text(node.datePublished);
    }
  }
  return facts;
}
