import * as v from 'valibot';
import { LIMITS } from './limits';

const shortText = v.pipe(v.string(), v.maxLength(LIMITS.maxShortString));
const nullableShort = v.nullable(shortText);
const url = v.pipe(v.string(), v.maxLength(LIMITS.maxUrl));

/** A schema.org ClaimReview found in the page's own JSON-LD (fact-check sites). */
export const PageClaimReviewSchema = v.object({
  claimReviewed: shortText,
  rating: nullableShort,
  ratingValue: v.nullable(v.number()),
  bestRating: v.nullable(v.number()),
  worstRating: v.nullable(v.number()),
  author: nullableShort,
  claimant: nullableShort,
  datePublished: nullableShort,
  url: v.nullable(url),
});
export type PageClaimReview = v.InferOutput<typeof PageClaimReviewSchema>;

export const PublisherSchema = v.object({ name: shortText, url: v.nullable(url) });
export type Publisher = v.InferOutput<typeof PublisherSchema>;

/** The article read from a page: plain data, no DOM. */
export const ExtractedPageSchema = v.object({
  url,
  canonicalUrl: v.nullable(url),
  title: shortText,
  byline: nullableShort,
  siteName: nullableShort,
  lang: nullableShort,
  publishedTime: nullableShort,
  publisher: v.nullable(PublisherSchema),
  paragraphs: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(LIMITS.maxParagraphChars))),
    v.maxLength(LIMITS.maxParagraphs),
  ),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  readerable: v.boolean(),
  claimReviews: v.pipe(v.array(PageClaimReviewSchema), v.maxLength(LIMITS.maxClaimReviews)),
});
export type ExtractedPage = v.InferOutput<typeof ExtractedPageSchema>;

/** Why a page has no article: refused by the page-side checks or by the extraction itself. */
const refusals = [
  v.object({ status: v.literal('not-article'), url, title: shortText }),
  v.object({ status: v.literal('too-large'), url, reason: shortText }),
  v.object({ status: v.literal('failed'), url, reason: shortText }),
] as const;

/** Extraction's answer: an article, or a clear reason why there is none. */
export const ExtractResultSchema = v.variant('status', [v.object({ status: v.literal('ok'), page: ExtractedPageSchema }), ...refusals]);
export type ExtractResult = v.InferOutput<typeof ExtractResultSchema>;

/**
 * What the content script takes from the page: a copy of it without scripts and styles, as HTML, read by the
 * extension off the page's thread (Readability's parse alone can hold a large page's thread past 50 ms).
 */
export const PageSnapshotSchema = v.object({
  url,
  html: v.pipe(v.string(), v.maxLength(LIMITS.maxSnapshotChars)),
});
export type PageSnapshot = v.InferOutput<typeof PageSnapshotSchema>;

/** The content script's answer: a snapshot of an article-like page, or why it took none. */
export const SnapshotResultSchema = v.variant('status', [v.object({ status: v.literal('ok'), snapshot: PageSnapshotSchema }), ...refusals]);
export type SnapshotResult = v.InferOutput<typeof SnapshotResultSchema>;
