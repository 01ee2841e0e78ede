import { Readability } from '@mozilla/readability';
import { LIMITS } from '../model/limits';
import type { ExtractResult, PageSnapshot } from '../model/page';
import { collectMetadata } from './metadata';
import { countWords, paragraphsOf } from './paragraphs';
import { clipShort, prepareOwnedDocument, refusalFor, runToEnd, snapshotSteps } from './snapshot';
import { OUT_OF_TIME, workBudget, type ExtractOptions, type WorkBudget } from './work-budget';

export { OUT_OF_TIME, type ExtractOptions } from './work-budget';

/** Turns HTML into an inert document: `DOMParser` (no scripts run, nothing loads) in a browser or in happy-dom. */
export type HtmlParser = (html: string) => Document;

/**
 * Reads the article out of a page's snapshot, off the page's thread (the extension's background or offscreen
 * document): Readability on the parsed copy, then the paragraphs and the page's metadata. The copy is private, so
 * Readability works on it directly. Returns a clear status for what is not an article; never throws.
 */
export function extractSnapshot(snapshot: PageSnapshot, parseHtml: HtmlParser, options: ExtractOptions = {}): ExtractResult {
  const url = snapshot.url.slice(0, LIMITS.maxUrl);
  const budget = workBudget(options);
  try {
    return readDocument(parseHtml(snapshot.html), url, budget);
  } catch (error) {
    return refusalFor(error, url);
  }
}

/**
 * For Node callers that own the document and give it up (the CLI): the same bounds and the same reading as the
 * extension, without the copy and the second parse that a live page needs. Never throws.
 */
export function extractOwnedDocument(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const safeUrl = url.slice(0, LIMITS.maxUrl);
  const budget = workBudget(options);
  const refused = prepareOwnedDocument(doc, safeUrl, budget);
  if (refused) return refused;
  budget.start();
  try {
    return readDocument(doc, safeUrl, budget);
  } catch (error) {
    return refusalFor(error, safeUrl);
  }
}

/** Readability on a document nobody else uses, then the paragraphs and the page's metadata. */
function readDocument(copy: Document, url: string, budget: WorkBudget): ExtractResult {
  const title = clipShort(copy.title) ?? '';
  // Before Readability, which removes every script from the copy, JSON-LD included.
  const metadata = collectMetadata(copy, url);
  const article = new Readability<Node>(copy, {
    maxElemsToParse: LIMITS.maxElements,
    serializer: (node) => node,
  }).parse();
  const content = article?.content;
  if (!article || !content || !('querySelectorAll' in content)) return { status: 'not-article', url, title };
  if (!budget.withinBudget()) return { status: 'too-large', url, reason: OUT_OF_TIME };

  const paragraphs = paragraphsOf(content as Element);
  return {
    status: 'ok',
    page: {
      url,
      canonicalUrl: metadata.canonicalUrl,
      title: clipShort(article.title) ?? title,
      byline: clipShort(article.byline),
      siteName: metadata.siteName ?? clipShort(article.siteName),
      lang: metadata.lang ?? clipShort(article.lang),
      publishedTime: metadata.publishedTime ?? clipShort(article.publishedTime),
      publisher: metadata.publisher,
      paragraphs,
      wordCount: countWords(paragraphs),
      readerable: true,
      claimReviews: metadata.claimReviews,
    },
  };
}

/** An HtmlParser over a DOMParser class: the extension's own document's, or happy-dom's in Node. */
export function htmlParserWith(Parser: typeof DOMParser): HtmlParser {
  return (html) => new Parser().parseFromString(html, 'text/html');
}

/** The DOMParser of the window a document belongs to (happy-dom in Node, the page's own in a browser). */
export function parserOf(doc: Document): HtmlParser {
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) throw new Error('no DOMParser to read the snapshot with');
  return htmlParserWith(Parser);
}

/**
 * The whole extraction at once, as the extension does it in two places: the page's snapshot, then the article read
 * from it. For Node callers (CLI, tests, bench, fuzz), which have no page thread to spare.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const snapshot = runToEnd(snapshotSteps(doc, url, options));
  if (snapshot.status !== 'ok') return snapshot;
  try {
    return extractSnapshot(snapshot.snapshot, parserOf(doc), options);
  } catch (error) {
    return refusalFor(error, snapshot.snapshot.url);
  }
}
