import { describe, expect, it } from 'vitest';
import { extractSnapshot, OUT_OF_TIME, parserOf } from '@/lib/extract/extract-page';
import { runToEnd, snapshotSteps } from '@/lib/extract/snapshot';
import { LIMITS } from '@/lib/model/limits';
import type { PageSnapshot } from '@/lib/model/page';
import { loadFixture, SEED_FIXTURE, SEED_URL } from '../helpers';

/** A clock the test drives: each reading returns the next value, then stays on the last one. */
function steppedClock(...readings: number[]): () => number {
  let i = 0;
  return () => readings[Math.min(i++, readings.length - 1)]!;
}

const seed = () => loadFixture(SEED_FIXTURE, SEED_URL);
const snapshot = (clock: () => number, budgetMs: number = LIMITS.extractBudgetMs) => runToEnd(snapshotSteps(seed(), SEED_URL, { clock, budgetMs }));

function seedSnapshot(): PageSnapshot {
  const result = runToEnd(snapshotSteps(seed(), SEED_URL));
  if (result.status !== 'ok') throw new Error(result.status);
  return result.snapshot;
}

describe('the snapshot time budget in the page (work time summed over steps, with an injected clock)', () => {
  it('takes the snapshot while the clock stays within the budget', () => {
    expect(snapshot(steppedClock(0)).status).toBe('ok');
  });

  it('has no wall-clock budget unless one is given (Node callers stay deterministic)', () => {
    expect(runToEnd(snapshotSteps(seed(), SEED_URL, { clock: steppedClock(0, 1e9) })).status).toBe('ok');
  });

  it('stops before the readerable test when the size checks already used up the budget', () => {
    expect(snapshot(steppedClock(0, LIMITS.extractBudgetMs + 1))).toEqual({ status: 'too-large', url: SEED_URL, reason: OUT_OF_TIME });
  });

  it('stops before serialising when the clone went over the budget', () => {
    // checks 0→10, readerable test 10→10, clone 10→budget+11: budget + 11 ms of work
    expect(snapshot(steppedClock(0, 10, 10, 10, 10, LIMITS.extractBudgetMs + 11))).toEqual({ status: 'too-large', url: SEED_URL, reason: OUT_OF_TIME });
  });

  it('does not count the time the page had back between steps', () => {
    // each step takes 10 ms, with long gaps between them
    const clock = steppedClock(0, 10, 10_000, 10_010, 20_000, 20_010, 30_000, 30_010);
    expect(snapshot(clock).status).toBe('ok');
  });

  it('takes a budget of its own', () => {
    expect(snapshot(steppedClock(0, 100), 50).status).toBe('too-large');
  });
});

describe('the budget off the page (Readability on the snapshot)', () => {
  const parse = parserOf(seed());

  it('reads the article within the budget', () => {
    expect(extractSnapshot(seedSnapshot(), parse, { clock: steppedClock(0, 10), budgetMs: LIMITS.extractBudgetMs }).status).toBe('ok');
  });

  it('gives up after a parse that went over the budget, instead of splitting paragraphs', () => {
    const result = extractSnapshot(seedSnapshot(), parse, { clock: steppedClock(0, LIMITS.extractBudgetMs + 1), budgetMs: LIMITS.extractBudgetMs });
    expect(result).toEqual({ status: 'too-large', url: SEED_URL, reason: OUT_OF_TIME });
  });
});
