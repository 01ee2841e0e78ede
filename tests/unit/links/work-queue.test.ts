import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '@/lib/links/work-queue';

function setUp(costMs: number, budgetMs = 8) {
  let clock = 0;
  const later: (() => void)[] = [];
  const done: number[] = [];
  let slices = 0;
  const queue = createWorkQueue<number>({
    budgetMs,
    now: () => clock,
    later: (run) => later.push(run),
    work: (item) => {
      clock += costMs;
      done.push(item);
    },
    onSlice: () => slices++,
  });
  const runSlice = () => later.shift()?.();
  return { queue, done, later, runSlice, slices: () => slices };
}

describe('the work queue', () => {
  it('works in slices that stay within the budget, yielding between them', () => {
    const { queue, done, later, runSlice, slices } = setUp(1, 8);
    queue.push(Array.from({ length: 20 }, (_, i) => i));
    expect(done).toEqual([]); // nothing runs in the caller's turn
    runSlice();
    expect(done).toHaveLength(8);
    expect(later).toHaveLength(1);
    runSlice();
    runSlice();
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(later).toHaveLength(0);
    expect(slices()).toBe(3);
  });

  it('always does at least one item per slice, however slow', () => {
    const { queue, done, runSlice } = setUp(100);
    queue.push([1, 2]);
    runSlice();
    expect(done).toEqual([1]);
    runSlice();
    expect(done).toEqual([1, 2]);
  });

  it('takes more work while it runs, with one slice scheduled at a time', () => {
    const { queue, later, runSlice, done } = setUp(1, 2);
    queue.push([1, 2, 3]);
    queue.push([4]);
    expect(later).toHaveLength(1);
    while (later.length) runSlice();
    expect(done).toEqual([1, 2, 3, 4]);
    expect(queue.size).toBe(0);
  });
});
