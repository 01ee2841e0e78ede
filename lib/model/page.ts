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

/** What the content script extracts from a page: plain data, no DOM. */
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

/** The content script's answer: an article, or a clear reason why there is none. */
export const ExtractResultSchema = v.variant('status', [
  v.object({ status: v.literal('ok'), page: ExtractedPageSchema }),
  v.object({ status: v.literal('not-article'), url, title: shortText }),
  v.object({ status: v.literal('too-large'), url, reason: shortText }),
  v.object({ status: v.literal('failed'), url, reason: shortText }),
]);
export type ExtractResult = v.InferOutput<typeof ExtractResultSchema>;
