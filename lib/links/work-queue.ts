/**
 * Work on a page's links in slices that never make a long task: each slice runs until `budgetMs` is spent, then
 * yields to the page (`later`) and goes on. Pure: the clock and the scheduler are injected.
 */

export interface WorkQueueOptions<T> {
  budgetMs: number;
  now(): number;
  later(run: () => void): void;
  work(item: T): void;
  /** After each slice that did some work (for a single batch of reads and writes per slice). */
  onSlice?(): void;
}

export interface WorkQueue<T> {
  push(items: Iterable<T>): void;
  readonly size: number;
}

export function createWorkQueue<T>(options: WorkQueueOptions<T>): WorkQueue<T> {
  let items: T[] = [];
  let head = 0;
  let scheduled = false;

  const slice = () => {
    scheduled = false;
    const end = options.now() + options.budgetMs;
    let done = 0;
    // At least one item per slice, so a slow clock cannot stall the queue.
    while (head < items.length && (done === 0 || options.now() < end)) {
      options.work(items[head++]!);
      done++;
    }
    if (head === items.length) {
      items = [];
      head = 0;
    } else {
      schedule();
    }
    if (done) options.onSlice?.();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    options.later(slice);
  };

  return {
    push(more) {
      for (const item of more) items.push(item);
      if (head < items.length) schedule();
    },
    get size() {
      return items.length - head;
    },
  };
}
