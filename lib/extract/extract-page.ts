import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { LIMITS } from '../model/limits';
import type { ExtractResult } from '../model/page';
import { collectMetadata } from './metadata';
import { countWords, normalizeWhitespace, paragraphsOf } from './paragraphs';

const clip = (value: string | null | undefined) => {
  const text = value ? normalizeWhitespace(value) : '';
  return text ? text.slice(0, LIMITS.maxShortString) : null;
};

/** Why a page is refused before any parsing, or null when it is within bounds. */
export function oversizeReason(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > LIMITS.maxElements) return `page has ${elements} elements (limit ${LIMITS.maxElements})`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > LIMITS.maxPageChars) return `page has ${chars} characters of text (limit ${LIMITS.maxPageChars})`;
  return null;
}

/**
 * Extracts the article from `doc` with Readability, working on a clone so the live page is untouched.
 * Returns a clear status for pages that are not articles or are too large; never throws.
 */
export function extractPage(doc: Document, url: string): ExtractResult {
  const safeUrl = url.slice(0, LIMITS.maxUrl);
  try {
    const tooLarge = oversizeReason(doc);
    if (tooLarge) return { status: 'too-large', url: safeUrl, reason: tooLarge };
    const title = clip(doc.title) ?? '';
    if (!isProbablyReaderable(doc)) return { status: 'not-article', url: safeUrl, title };

    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, {
      maxElemsToParse: LIMITS.maxElements,
      serializer: (node) => node,
    }).parse();
    const content = article?.content;
    if (!article || !content || !('querySelectorAll' in content)) {
      return { status: 'not-article', url: safeUrl, title };
    }
    const paragraphs = paragraphsOf(content as Element);
    const metadata = collectMetadata(doc, safeUrl);
    return {
      status: 'ok',
      page: {
        url: safeUrl,
        canonicalUrl: metadata.canonicalUrl,
        title: clip(article.title) ?? title,
        byline: clip(article.byline),
        siteName: metadata.siteName ?? clip(article.siteName),
        lang: metadata.lang ?? clip(article.lang),
        publishedTime: metadata.publishedTime ?? clip(article.publishedTime),
        publisher: metadata.publisher,
        paragraphs,
        wordCount: countWords(paragraphs),
        readerable: true,
        claimReviews: metadata.claimReviews,
      },
    };
  } catch (error) {
    return { status: 'failed', url: safeUrl, reason: clip(String(error)) ?? 'extraction failed' };
  }
}
