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
  const all = doc.getElementsByTagName('*');
  const elements = all.length;
  if (elements > LIMITS.maxElements) return `page has ${elements} elements (limit ${LIMITS.maxElements})`;
  const depth = nestingDepth(all, LIMITS.maxDepth);
  if (depth > LIMITS.maxDepth) return `page nests elements more than ${LIMITS.maxDepth} deep`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > LIMITS.maxPageChars) return `page has ${chars} characters of text (limit ${LIMITS.maxPageChars})`;
  return null;
}

/**
 * The deepest element nesting, without recursion (a recursive walk is what overflows on hostile pages).
 * `all` is in document order, so the elements still open above each one form a stack: pop until its parent is on
 * top, push it, and the stack's height is its depth. Stops once past `limit`.
 */
function nestingDepth(all: HTMLCollectionOf<Element>, limit: number): number {
  const open: Element[] = [];
  let max = 0;
  for (const element of Array.from(all)) {
    const parent = element.parentElement;
    while (open.length && open[open.length - 1] !== parent) open.pop();
    open.push(element);
    if (open.length > max) {
      max = open.length;
      if (max > limit) break;
    }
  }
  return max;
}

/** Stack overflow or a string too long to build: resource exhaustion on a hostile page, reported as "too large". */
const isExhaustion = (error: unknown) => error instanceof RangeError || (error as Error | null)?.name === 'RangeError';

export const OUT_OF_TIME = 'page too large to analyse in time';

export interface ExtractOptions {
  /** Milliseconds since some fixed point; `performance.now` unless a test drives time. */
  clock?: () => number;
  /**
   * Wall-clock budget; none by default. The content script passes LIMITS.extractBudgetMs. Node callers (CLI, tests,
   * bench) run a JavaScript DOM several times slower than a browser, where a clock would make results machine-dependent.
   */
  budgetMs?: number;
}

/**
 * Extracts the article from `doc` with Readability, working on a clone so the live page is untouched.
 * Returns a clear status for pages that are not articles or are too large; never throws.
 * Deterministic budgets (elements, depth, text size) are checked first; then a wall-clock budget between steps,
 * since no step (Readability's parse above all) can be interrupted once started.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const safeUrl = url.slice(0, LIMITS.maxUrl);
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const outOfTime = (): ExtractResult | null =>
    clock() - started > (options.budgetMs ?? Number.POSITIVE_INFINITY) ? { status: 'too-large', url: safeUrl, reason: OUT_OF_TIME } : null;
  try {
    const tooLarge = oversizeReason(doc);
    if (tooLarge) return { status: 'too-large', url: safeUrl, reason: tooLarge };
    const title = clip(doc.title) ?? '';
    if (!isProbablyReaderable(doc)) return { status: 'not-article', url: safeUrl, title };

    const beforeClone = outOfTime();
    if (beforeClone) return beforeClone;
    const clone = doc.cloneNode(true) as Document;
    const beforeParse = outOfTime();
    if (beforeParse) return beforeParse;
    const article = new Readability<Node>(clone, {
      maxElemsToParse: LIMITS.maxElements,
      serializer: (node) => node,
    }).parse();
    const content = article?.content;
    if (!article || !content || !('querySelectorAll' in content)) {
      return { status: 'not-article', url: safeUrl, title };
    }
    const afterParse = outOfTime();
    if (afterParse) return afterParse;
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
    if (isExhaustion(error)) return { status: 'too-large', url: safeUrl, reason: 'page is too large or too deeply nested to read' };
    return { status: 'failed', url: safeUrl, reason: clip(String(error)) ?? 'extraction failed' };
  }
}
