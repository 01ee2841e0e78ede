import { LIMITS } from '../model/limits';
import type { SnapshotResult } from '../model/page';
import { normalizeWhitespace } from './paragraphs';
import { isReaderable } from './readerable';
import { forEachElement } from './walk';
import { isExhaustion, OUT_OF_TIME, workBudget, type ExtractOptions, type WorkBudget } from './work-budget';

export const clipShort = (value: string | null | undefined) => {
  const text = value ? normalizeWhitespace(value) : '';
  return text ? text.slice(0, LIMITS.maxShortString) : null;
};

/** What an error thrown while reading a page means: "too large" for resource exhaustion, otherwise "failed". */
export function refusalFor(error: unknown, url: string): { status: 'too-large' | 'failed'; url: string; reason: string } {
  if (isExhaustion(error)) return { status: 'too-large', url, reason: 'page is too large or too deeply nested to read' };
  return { status: 'failed', url, reason: clipShort(String(error)) ?? 'extraction failed' };
}

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
 * Drops scripts, styles and inline event handlers (`onclick="…"`) from the clone, or from a document the caller
 * owns: Readability would drop scripts and styles first thing, and none of them need cross to the extension, where
 * parsing a handler in the offscreen document logs a CSP refusal for each. Then refuses the page when the text left
 * is too long to read: counting on the clone keeps inline scripts out of the count and of the cost. JSON-LD scripts
 * stay, for the page's metadata. Found in one walk: a third of the cost of tag-name queries in a JS DOM.
 */
function stripScriptsAndStyles(clone: Document): string | null {
  const notText: Element[] = [];
  forEachElement(clone.documentElement, (element) => {
    const name = element.localName;
    if (name === 'style' || (name === 'script' && element.getAttribute('type') !== 'application/ld+json')) notText.push(element);
    else removeEventHandlers(element);
  });
  for (const element of notText) element.remove();
  const chars = clone.body?.textContent?.length ?? 0;
  return chars > LIMITS.maxPageChars ? `page has ${chars} characters of text (limit ${LIMITS.maxPageChars})` : null;
}

const EVENT_HANDLER = /^on./i;

function removeEventHandlers(element: Element): void {
  const { attributes } = element;
  for (let i = attributes.length - 1; i >= 0; i--) {
    const name = attributes[i]!.name;
    if (EVENT_HANDLER.test(name)) element.removeAttribute(name);
  }
}

/** Snapshot as steps; at each `yield` the caller gives the page its thread back before the next step. */
export type SnapshotSteps = Generator<void, SnapshotResult, void>;

type Refusal = Exclude<SnapshotResult, { status: 'ok' }>;

/**
 * The checks every reading starts with, as steps: size (element count, nesting), then the readerable test.
 * Returns the refusal, or null when the page may be read.
 */
function* pageCheckSteps(doc: Document, safeUrl: string, budget: WorkBudget): Generator<void, Refusal | null, void> {
  const tooLarge = oversizeReason(doc);
  if (tooLarge) return { status: 'too-large', url: safeUrl, reason: tooLarge };
  if (!budget.withinBudget()) return outOfTime(safeUrl);

  yield;
  budget.start();
  if (!isReaderable(doc)) {
    return { status: 'not-article', url: safeUrl, title: clipShort(doc.title) ?? '' };
  }
  if (!budget.withinBudget()) return outOfTime(safeUrl);
  return null;
}

const outOfTime = (url: string): Refusal => ({ status: 'too-large', url, reason: OUT_OF_TIME });

/**
 * What the content script does in the page, in four steps so that no task holds more than one: size checks, the
 * readerable test, a clone without scripts and styles (and its text size), the clone as HTML. Readability itself
 * runs off the page's thread, on that HTML. Returns a clear status for pages that are not articles or are too
 * large; never throws.
 */
export function* snapshotSteps(doc: Document, url: string, options: ExtractOptions = {}): SnapshotSteps {
  const safeUrl = url.slice(0, LIMITS.maxUrl);
  const budget = workBudget(options);
  try {
    const refused = yield* pageCheckSteps(doc, safeUrl, budget);
    if (refused) return refused;

    yield;
    budget.start();
    const clone = doc.cloneNode(true) as Document;
    const tooMuchText = stripScriptsAndStyles(clone);
    if (tooMuchText) return { status: 'too-large', url: safeUrl, reason: tooMuchText };
    if (!budget.withinBudget()) return outOfTime(safeUrl);

    yield;
    budget.start();
    const html = clone.documentElement.outerHTML;
    if (html.length > LIMITS.maxSnapshotChars) {
      return { status: 'too-large', url: safeUrl, reason: `page has ${html.length} characters of markup (limit ${LIMITS.maxSnapshotChars})` };
    }
    if (!budget.withinBudget()) return outOfTime(safeUrl);
    return { status: 'ok', snapshot: { url: safeUrl, html } };
  } catch (error) {
    return refusalFor(error, safeUrl);
  }
}

/**
 * The same checks as the snapshot, on a document the caller owns and gives up (Node: the CLI): scripts and styles
 * are stripped from it in place instead of from a copy, and no HTML is made. Returns the refusal, or null when the
 * document is ready to be read.
 */
export function prepareOwnedDocument(doc: Document, safeUrl: string, budget: WorkBudget): Refusal | null {
  try {
    const refused = runToEnd(pageCheckSteps(doc, safeUrl, budget));
    if (refused) return refused;
    budget.start();
    const tooMuchText = stripScriptsAndStyles(doc);
    if (tooMuchText) return { status: 'too-large', url: safeUrl, reason: tooMuchText };
    return budget.withinBudget() ? null : outOfTime(safeUrl);
  } catch (error) {
    return refusalFor(error, safeUrl);
  }
}

/** Runs steps to the end at once (Node callers and tests; the content script runs them in idle time). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
