import { describe, expect, it } from 'vitest';
import { extractPage, OUT_OF_TIME } from '@/lib/extract/extract-page';
import { LIMITS } from '@/lib/model/limits';
import { loadFixture, SEED_FIXTURE, SEED_URL } from '../helpers';

/** A clock the test drives: each reading returns the next value, then stays on the last one. */
function steppedClock(...readings: number[]): () => number {
  let i = 0;
  return () => readings[Math.min(i++, readings.length - 1)]!;
}

describe('extractPage time budget (work time summed over steps, with an injected clock)', () => {
  it('extracts normally while the clock stays within the budget', () => {
    const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock: steppedClock(0), budgetMs: LIMITS.extractBudgetMs });
    expect(result.status).toBe('ok');
  });

  it('has no wall-clock budget unless one is given (Node callers stay deterministic)', () => {
    const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock: steppedClock(0, 1e9) });
    expect(result.status).toBe('ok');
  });

  it('stops before cloning when the size checks already used up the budget', () => {
    const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock: steppedClock(0, LIMITS.extractBudgetMs + 1), budgetMs: LIMITS.extractBudgetMs });
    expect(result).toEqual({ status: 'too-large', url: SEED_URL, reason: OUT_OF_TIME });
  });

  it('stops before parsing when the clone went over the budget', () => {
    // checks 0→10, readerable test 10→10, clone 10→budget+11: budget + 11 ms of work
    const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock: steppedClock(0, 10, 10, 10, 10, LIMITS.extractBudgetMs + 11), budgetMs: LIMITS.extractBudgetMs });
    expect(result).toEqual({ status: 'too-large', url: SEED_URL, reason: OUT_OF_TIME });
  });

  it('does not count the time the page had back between steps', () => {
    // each step takes 10 ms, with long gaps between them
    const clock = steppedClock(0, 10, 10_000, 10_010, 20_000, 20_010, 30_000, 30_010, 40_000, 40_010);
    expect(extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock, budgetMs: LIMITS.extractBudgetMs }).status).toBe('ok');
  });

  it('gives up after a parse that went over the budget, instead of splitting paragraphs', () => {
    const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock: steppedClock(0, 10, 10, 10, 10, 20, 20, 5_000), budgetMs: LIMITS.extractBudgetMs });
    expect(result.status).toBe('too-large');
    if (result.status === 'too-large') expect(result.reason).toBe('page too large to analyse in time');
  });

  it('takes a budget of its own', () => {
    const clock = steppedClock(0, 100);
    expect(extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL, { clock, budgetMs: 50 }).status).toBe('too-large');
  });
});
