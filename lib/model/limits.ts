/** Bounds that keep work on hostile or huge pages finite. Shared by extraction, validation and analysis. */
export const LIMITS = {
  /** Above this many elements the page is not cloned or parsed at all. */
  maxElements: 60_000,
  /** Above this element nesting depth the page is "too large" (browsers' parsers stop nesting at 512; deeper trees are script-built or hostile). */
  maxDepth: 400,
  /** Above this many characters of body text the page is "too large". */
  maxPageChars: 2_000_000,
  /**
   * Above this many characters of HTML (scripts and styles already left out) the page's snapshot is not sent:
   * a little over the text limit's worth of markup, and far below the browsers' 64 MiB message size.
   */
  maxSnapshotChars: 8_000_000,
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
  maxNumbersPerClaim: 30,
  /**
   * Budget for the time extraction works, summed over its steps: in the page (size checks, readerable test, clone,
   * snapshot), then again off the page (Readability's parse, paragraphs). No step can be interrupted once started,
   * so the budget is checked after each: past it, extraction stops with "too-large" instead of starting the next.
   */
  extractBudgetMs: 1_500,
  /** Each extraction step waits for idle time, but never longer than this (a busy page still gets its analysis). */
  extractIdleTimeoutMs: 500,
} as const;
