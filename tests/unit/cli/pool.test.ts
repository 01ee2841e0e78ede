import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPool, type FileDone, type PoolOptions } from '../../../scripts/cli/pool';
import { ROOT, SEED_FIXTURE } from '../helpers';

const OPTIONS: PoolOptions = { url: null, json: true, budgetMs: undefined, jobs: 1, hardLimitMs: null, maxHeapMb: 512 };
const NOT_AN_ARTICLE = join(ROOT, 'tests/fixtures/not-an-article.html');

describe('CLI worker pool', () => {
  it('refuses a page that overruns the hard limit, replaces its worker, and goes on with the next page', async () => {
    const done: FileDone[] = [];
    // A 1 ms limit cannot be met by any page: the first is refused; the second then gets the limit lifted below.
    let limit: number | null = 1;
    const options = { ...OPTIONS, get hardLimitMs() { return limit; } };
    await runPool([SEED_FIXTURE, NOT_AN_ARTICLE], options, (file) => {
      done.push(file);
      limit = null;
    });
    expect(done.map((d) => d.file)).toEqual([SEED_FIXTURE, NOT_AN_ARTICLE]);
    const [first, second] = done.map((d) => (d.outcome.ok ? JSON.parse(d.outcome.output) : d.outcome.error));
    expect(first).toMatchObject({ file: SEED_FIXTURE, status: 'too-large', reason: 'page took longer than 0.001 s to read' });
    expect(second).toMatchObject({ file: NOT_AN_ARTICLE, status: 'not-article' });
  }, 90_000);
});
