/** Bounds that keep work on hostile or huge pages finite. Shared by extraction, validation and analysis. */
export const LIMITS = {
  /** Above this many elements the page is not cloned or parsed at all. */
  maxElements: 60_000,
  /** Above this element nesting depth the page is "too large" (browsers' parsers stop nesting at 512; deeper trees are script-built or hostile). */
  maxDepth: 400,
  /** Above this many characters of body text the page is "too large". */
  maxPageChars: 2_000_000,
  /** Extracted article text is cut to this length before it is sent to the background. */
  maxArticleChars: 300_000,
  maxParagraphs: 2_000,
  maxParagraphChars: 20_000,
  maxShortString: 2_000,
  maxUrl: 4_096,
  maxClaimReviews: 50,
  /** Annotations drawn in one page (sources + claims); a flood page gets the first ones, in reading order. */
  maxAnnotations: 400,
  /** Analysis caps: a flood page keeps the first ones in reading order, and the analysis says it was capped. */
  maxAttributions: 300,
  maxClaims: 60,
  maxNumbersPerClaim: 30,
  /**
   * Budget for the time extraction works in the page, summed over its steps (size checks and readerable test,
   * clone, parse, paragraphs). Readability cannot be interrupted mid-parse, so the budget is checked after each
   * step: past it, extraction stops with "too-large" instead of starting the next step.
   */
  extractBudgetMs: 1_500,
  /** Each extraction step waits for idle time, but never longer than this (a busy page still gets its analysis). */
  extractIdleTimeoutMs: 500,
} as const;
