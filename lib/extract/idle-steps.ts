/** Schedules one callback; the content script uses `requestIdleCallback`, tests a queue they drain by hand. */
export type ScheduleStep = (step: () => void) => void;

/**
 * Runs a generator one step per scheduled callback, so each step is its own task on the page's thread and the page
 * gets the thread back between steps. Calls `done` with the generator's result; a step that throws ends the run
 * with `failed` (the extraction generator catches its own errors, so that is a last line of defence).
 */
export function runStepByStep<T>(steps: Generator<void, T, void>, schedule: ScheduleStep, done: (result: T) => void, failed: (error: unknown) => void): void {
  const step = () => {
    let next: IteratorResult<void, T>;
    try {
      next = steps.next();
    } catch (error) {
      failed(error);
      return;
    }
    if (next.done) done(next.value);
    else schedule(step);
  };
  schedule(step);
}

/** Idle time when the browser offers it, and at the latest after `timeoutMs` so a busy page still gets its analysis. */
export function idleScheduler(timeoutMs: number): ScheduleStep {
  if (typeof requestIdleCallback === 'function') return (step) => requestIdleCallback(step, { timeout: timeoutMs });
  return (step) => setTimeout(step, 0);
}
