import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { LIMITS } from '../model/limits';
import type { ExtractResult } from '../model/page';
import { collectMetadata } from './metadata';
import { countWords, normalizeWhitespace, paragraphsOf } from './paragraphs';

const clip = (value: string | null | undefined) => {
  const text = value ? normalizeWhitespace(value) : '';
  return text ? text.slice(0, LIMITS.maxShortString) : null;
};

/** Why a page is refused before it is even cloned (element count, nesting), or null when it is within bounds. */
export function oversizeReason(doc: Document): string | null {
  const all = doc.getElementsByTagName('*');
  const elements = all.length;
  if (elements > LIMITS.maxElements) return `page has ${elements} elements (limit ${LIMITS.maxElements})`;
  const depth = nestingDepth(all, LIMITS.maxDepth);
  if (depth > LIMITS.maxDepth) return `page nests elements more than ${LIMITS.maxDepth} deep`;
  return null;
}

/**
 * Drops scripts and styles from the clone (Readability would drop them first thing) and refuses it when the text
 * left is too long to parse: counting on the clone keeps inline scripts out of the count and of the cost. JSON-LD
 * scripts stay, for Readability's metadata. By tag name rather than a selector: half the cost in a JS DOM.
 */
function prepareClone(clone: Document): string | null {
  for (const script of Array.from(clone.getElementsByTagName('script'))) {
    if (script.getAttribute('type') !== 'application/ld+json') script.remove();
  }
  for (const style of Array.from(clone.getElementsByTagName('style'))) style.remove();
  const chars = clone.body?.textContent?.length ?? 0;
  return chars > LIMITS.maxPageChars ? `page has ${chars} characters of text (limit ${LIMITS.maxPageChars})` : null;
}

/**
 * The deepest element nesting, without recursion (a recursive walk is what overflows on hostile pages).
 * `all` is in document order, so the elements still open above each one form a stack: pop until its parent is on
 * top, push it, and the stack's height is its depth. Stops once past `limit`.
 */
function nestingDepth(all: HTMLCollectionOf<Element>, limit: number): number {
  const open: Element[] = [];
  let max = 0;
  for (let i = 0; i < all.length; i++) {
    const element = all[i]!;
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
   * Budget for the time spent working in the page, summed over the steps (time the page had back between steps
   * does not count); none by default. The content script passes LIMITS.extractBudgetMs. Node callers (CLI, tests,
   * bench) run a JavaScript DOM several times slower than a browser, where a clock would make results machine-dependent.
   */
  budgetMs?: number;
}

/** Extraction as steps; at each `yield` the caller may give the page its thread back before the next step. */
export type ExtractionSteps = Generator<void, ExtractResult, void>;

/**
 * Extracts the article from `doc` with Readability, working on a clone so the live page is untouched.
 * Returns a clear status for pages that are not articles or are too large; never throws.
 * Deterministic budgets (elements and depth, then text size on the clone) come first; the time budget after each step,
 * since no step (Readability's parse above all) can be interrupted once started.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const steps = extractionSteps(doc, url, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same extraction in six steps, so that no task in the page holds more than one of them: size checks, the
 * readerable test, clone (and text size), Readability's parse, the paragraph split, the page's metadata.
 */
export function* extractionSteps(doc: Document, url: string, options: ExtractOptions = {}): ExtractionSteps {
  const safeUrl = url.slice(0, LIMITS.maxUrl);
  const clock = options.clock ?? (() => performance.now());
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY;
  let spent = 0;
  let stepStarted = clock();
  /** Ends the current step: false once the work so far is over budget. */
  const endStep = () => {
    spent += clock() - stepStarted;
    return spent <= budget;
  };
  const outOfTime: ExtractResult = { status: 'too-large', url: safeUrl, reason: OUT_OF_TIME };
  try {
    const tooLarge = oversizeReason(doc);
    if (tooLarge) return { status: 'too-large', url: safeUrl, reason: tooLarge };
    if (!endStep()) return outOfTime;

    yield;
    stepStarted = clock();
    const title = clip(doc.title) ?? '';
    if (!isProbablyReaderable(doc)) return { status: 'not-article', url: safeUrl, title };
    if (!endStep()) return outOfTime;

    yield;
    stepStarted = clock();
    const clone = doc.cloneNode(true) as Document;
    const tooMuchText = prepareClone(clone);
    if (tooMuchText) return { status: 'too-large', url: safeUrl, reason: tooMuchText };
    if (!endStep()) return outOfTime;

    yield;
    stepStarted = clock();
    const article = new Readability<Node>(clone, {
      maxElemsToParse: LIMITS.maxElements,
      serializer: (node) => node,
    }).parse();
    const content = article?.content;
    if (!article || !content || !('querySelectorAll' in content)) {
      return { status: 'not-article', url: safeUrl, title };
    }
    if (!endStep()) return outOfTime;

    yield;
    stepStarted = clock();
    const paragraphs = paragraphsOf(content as Element);
    if (!endStep()) return outOfTime;

    yield;
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
