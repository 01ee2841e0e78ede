import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { LIMITS } from '../model/limits';
import type { ExtractResult } from '../model/page';
import { collectMetadata } from './metadata';
import { countWords, normalizeWhitespace, paragraphsOf } from './paragraphs';
import { forEachElement } from './walk';

const clip = (value: string | null | undefined) => {
  const text = value ? normalizeWhitespace(value) : '';
  return text ? text.slice(0, LIMITS.maxShortString) : null;
};

/** Why a page is refused before it is even cloned (element count, nesting), or null when it is within bounds. */
export function oversizeReason(doc: Document): string | null {
  const { elements, depth } = measureTree(doc, LIMITS.maxElements, LIMITS.maxDepth);
  if (elements > LIMITS.maxElements) return `page has more than ${LIMITS.maxElements} elements`;
  if (depth > LIMITS.maxDepth) return `page nests elements more than ${LIMITS.maxDepth} deep`;
  return null;
}

/** Counts the elements and the deepest nesting in one walk, stopping as soon as either passes its limit. */
function measureTree(doc: Document, maxElements: number, maxDepth: number): { elements: number; depth: number } {
  let elements = 0;
  let deepest = 0;
  forEachElement(doc.documentElement, (_, depth) => {
    elements++;
    deepest = Math.max(deepest, depth + 1);
    return elements <= maxElements && deepest <= maxDepth;
  });
  return { elements, depth: deepest };
}

/**
 * Drops scripts and styles from the clone (Readability would drop them first thing) and refuses it when the text
 * left is too long to parse: counting on the clone keeps inline scripts out of the count and of the cost. JSON-LD
 * scripts stay, for Readability's metadata. Found in one walk: a third of the cost of tag-name queries in a JS DOM.
 */
function prepareClone(clone: Document): string | null {
  const notText: Element[] = [];
  forEachElement(clone.documentElement, (element) => {
    const name = element.localName;
    if (name === 'style' || (name === 'script' && element.getAttribute('type') !== 'application/ld+json')) notText.push(element);
  });
  for (const element of notText) element.remove();
  const chars = clone.body?.textContent?.length ?? 0;
  return chars > LIMITS.maxPageChars ? `page has ${chars} characters of text (limit ${LIMITS.maxPageChars})` : null;
}

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Readability's own visibility test for `isProbablyReaderable`, read from the attributes: its default goes through
 * `node.style`, which builds a style declaration per paragraph (30 times slower in a JS DOM; the same answers on
 * every corpus page).
 */
export function visibleByAttributes(node: Node): boolean {
  const element = node as Element;
  if (typeof element.getAttribute !== 'function') return true;
  if (DISPLAY_NONE.test(element.getAttribute('style') ?? '') || element.hasAttribute('hidden')) return false;
  const ariaHidden = element.getAttribute('aria-hidden');
  return ariaHidden === null || ariaHidden === 'true' || String(element.className).includes('fallback-image');
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
    if (!isProbablyReaderable(doc, { visibilityChecker: visibleByAttributes })) return { status: 'not-article', url: safeUrl, title };
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
