import { describe, expect, it } from 'vitest';
import { extractionSteps, extractPage } from '@/lib/extract/extract-page';
import { runStepByStep, type ScheduleStep } from '@/lib/extract/idle-steps';
import type { ExtractResult } from '@/lib/model/page';
import { join } from 'node:path';
import { loadFixture, ROOT, SEED_FIXTURE, SEED_URL } from '../helpers';

/** A scheduler the test drains by hand: each queued callback is one task. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  const schedule: ScheduleStep = (step) => queue.push(step);
  return { schedule, queue, runOne: () => queue.shift()!() };
}

describe('extraction in steps', () => {
  it('gives the page its thread back three times on an article: after the checks, the clone and the parse', () => {
    const steps = extractionSteps(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBe(3);
    expect(next.value.status).toBe('ok');
  });

  it('gives the same result as extractPage', () => {
    const stepped: ExtractResult[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    runStepByStep(extractionSteps(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL), schedule, (r) => stepped.push(r), () => undefined);
    while (queue.length) runOne();
    expect(stepped).toEqual([extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL)]);
  });

  it('stops without yielding on a page that is not an article', () => {
    const doc = loadFixture(join(ROOT, 'tests/fixtures/not-an-article.html'), 'https://example.org/');
    const steps = extractionSteps(doc, 'https://example.org/');
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.value?.status).toBe('not-article');
  });
});

describe('runStepByStep', () => {
  it('runs exactly one step per scheduled callback and reports once at the end', () => {
    const ran: number[] = [];
    function* steps() {
      ran.push(1);
      yield;
      ran.push(2);
      yield;
      ran.push(3);
      return 'done';
    }
    const results: string[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    runStepByStep(steps(), schedule, (r) => results.push(r), () => undefined);
    expect(ran).toEqual([]); // nothing runs until the scheduler calls back
    runOne();
    expect(ran).toEqual([1]);
    runOne();
    expect(ran).toEqual([1, 2]);
    expect(results).toEqual([]);
    runOne();
    expect(ran).toEqual([1, 2, 3]);
    expect(results).toEqual(['done']);
    expect(queue).toHaveLength(0);
  });

  it('reports a step that throws through `failed`, without throwing into the scheduler', () => {
    function* steps(): Generator<void, string, void> {
      yield;
      throw new Error('boom');
    }
    const failures: unknown[] = [];
    const { schedule, queue, runOne } = manualScheduler();
    runStepByStep(steps(), schedule, () => undefined, (e) => failures.push(e));
    runOne();
    expect(() => runOne()).not.toThrow();
    expect(String(failures[0])).toContain('boom');
    expect(queue).toHaveLength(0);
  });
});
