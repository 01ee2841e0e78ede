export interface ExtractOptions {
  /** Milliseconds since some fixed point; `performance.now` unless a test drives time. */
  clock?: () => number;
  /**
   * Budget for the working time, summed over the steps (time the page had back between steps does not count);
   * none by default. The extension passes LIMITS.extractBudgetMs. Node callers (CLI, tests, bench) run a JavaScript
   * DOM several times slower than a browser, where a clock would make results machine-dependent.
   */
  budgetMs?: number;
}

export const OUT_OF_TIME = 'page too large to analyse in time';

/** Work time summed over steps: `start()` when a step begins, `withinBudget()` when it ends. */
export interface WorkBudget {
  start(): void;
  withinBudget(): boolean;
}

export function workBudget(options: ExtractOptions): WorkBudget {
  const clock = options.clock ?? (() => performance.now());
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY;
  let spent = 0;
  let stepStarted = clock();
  return {
    start: () => {
      stepStarted = clock();
    },
    withinBudget: () => {
      spent += clock() - stepStarted;
      return spent <= budget;
    },
  };
}

/** Stack overflow or a string too long to build: resource exhaustion on a hostile page, reported as "too large". */
export const isExhaustion = (error: unknown) => error instanceof RangeError || (error as Error | null)?.name === 'RangeError';
