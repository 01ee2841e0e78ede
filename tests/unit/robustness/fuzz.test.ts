import { Readability } from '@mozilla/readability';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { fuzzInputs } from '@/lib/fuzz/corpus';
import { pageWindow, runPipeline, type PipelineRun } from '@/lib/fuzz/harness';
import { mutateMessage, validMessages } from '@/lib/fuzz/messages';
import { mutatorNamed } from '@/lib/fuzz/mutators';
import { createRng } from '@/lib/fuzz/prng';
import { LIMITS } from '@/lib/model/limits';
import { parseRequest, parseTabState, RequestMessageSchema } from '@/lib/messaging/protocol';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { readCorpus } from '../../../scripts/fuzz';
import { openHtml } from '../../../scripts/node-dom';

/**
 * The fixed-seed fuzz run of `npm test` (the long one is `npx tsx scripts/fuzz.ts --seed N --count N`).
 * 2,000 light mutations of windows cut from corpus pages, in batches; the heavy mutations (5 MB text node,
 * 100,000 elements, a megabyte sentence) once each, with their expected status; then the message validator.
 */
const SEED = 20261125;
const LIGHT_INPUTS = 2_000;
const BATCHES = 8;
const URL = 'https://fuzz.example.org/article/1';
const ALLOWED = ['ok', 'not-article', 'too-large', 'failed', 'dom-rejected'];

const pages = readCorpus();
let index: DatasetIndex;
const inputs = fuzzInputs(pages, createRng(SEED), { count: LIGHT_INPUTS, heavy: 0, windowChars: 2_500 });
const statuses: Record<string, number> = {};

beforeAll(async () => {
  index = await loadDatasetIndexFromSources();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(html: string): Promise<PipelineRun> {
  return runPipeline(html, URL, openHtml, index);
}

describe(`fuzz: ${LIGHT_INPUTS} mutated corpus pages, seed ${SEED}`, () => {
  for (let batch = 0; batch < BATCHES; batch++) {
    it(`batch ${batch + 1} of ${BATCHES}: every input gives a valid, bounded result`, async () => {
      const failures: string[] = [];
      for (let i = 0; i < LIGHT_INPUTS / BATCHES; i++) {
        const next = inputs.next();
        if (next.done) break;
        const result = await run(next.value.html);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        if (!ALLOWED.includes(result.status) || result.problems.length) {
          failures.push(`${next.value.label}: ${result.status} ${result.problems.join('; ')}`);
        }
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }

  it('ran them all, and happy-dom refused to parse only a few (browsers never refuse HTML)', () => {
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    expect(total).toBe(LIGHT_INPUTS);
    expect(statuses['dom-rejected'] ?? 0).toBeLessThan(LIGHT_INPUTS / 50);
    expect(statuses.ok ?? 0).toBeGreaterThan(LIGHT_INPUTS / 10);
  });
});

describe('fuzz: heavy mutations stop before any Readability pass', () => {
  const base = () => {
    const rng = createRng(SEED + 1);
    const page = pages.find((p) => p.name === 'nytimes-1') ?? pages[0]!;
    return { rng, html: pageWindow(page.html, 0, 20_000) };
  };

  it('a 5 MB text node is too large', async () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const { rng, html } = base();
    const result = await run(mutatorNamed('text-node-5mb').mutate(html, rng));
    expect(result.problems).toEqual([]);
    expect(result.status).toBe('too-large');
    expect(result.result?.status === 'too-large' && result.result.reason).toMatch(/characters of text/);
    expect(parse).not.toHaveBeenCalled();
  }, 120_000);

  it('100,000 elements are too large', async () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const { rng, html } = base();
    const result = await run(mutatorNamed('elements-100k').mutate(html, rng));
    expect(result.problems).toEqual([]);
    expect(result.status).toBe('too-large');
    expect(result.result?.status === 'too-large' && result.result.reason).toMatch(/more than 60000 elements|more than 400 deep|too deeply nested/);
    expect(parse).not.toHaveBeenCalled();
  }, 180_000);

  it('tables nested 500 deep are too large (a recursive walk would overflow the stack)', async () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const { rng, html } = base();
    const result = await run(mutatorNamed('nested-tables-500').mutate(html, rng));
    expect(result.problems).toEqual([]);
    expect(result.status).toBe('too-large');
    expect(result.result?.status === 'too-large' && result.result.reason).toMatch(/deep/);
    expect(parse).not.toHaveBeenCalled();
  }, 60_000);

  it('a megabyte-long sentence with no punctuation is read, and cut to the paragraph limit', async () => {
    const { rng, html } = base();
    const result = await run(mutatorNamed('megabyte-sentence').mutate(html, rng));
    expect(result.problems).toEqual([]);
    expect(['ok', 'not-article']).toContain(result.status);
    if (result.result?.status === 'ok') {
      for (const p of result.result.page.paragraphs) expect(p.length).toBeLessThanOrEqual(LIMITS.maxParagraphChars);
    }
  }, 120_000);
});

describe('fuzz: the message validator', () => {
  it('accepts every valid message', () => {
    for (const message of validMessages()) expect(parseRequest(message)).not.toBeNull();
  });

  it('never throws on 5,000 mutated or random messages, and rejects the invalid ones', () => {
    const rng = createRng(SEED + 2);
    const failures: string[] = [];
    let rejected = 0;
    for (let i = 0; i < 5_000; i++) {
      const { message, invalid, edits } = mutateMessage(rng);
      let parsed: ReturnType<typeof parseRequest>;
      try {
        parsed = parseRequest(message);
      } catch (error) {
        failures.push(`#${i} (${edits.join(', ')}) threw ${String(error)}`);
        continue;
      }
      if (!parsed) rejected++;
      else if (invalid === true) failures.push(`#${i} (${edits.join(', ')}) accepted an invalid message`);
      else if (!v.is(RequestMessageSchema, parsed)) failures.push(`#${i} accepted output does not re-validate`);
    }
    expect(failures).toEqual([]);
    expect(rejected).toBeGreaterThan(2_500);
  });

  it('rejects, without throwing, values whose getters or proxy traps throw', () => {
    const boom = () => {
      throw new Error('hostile');
    };
    const getter = Object.defineProperty({}, 'type', { get: boom, enumerable: true });
    const proxy = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
    const inner = { type: 'sourcelight/page-snapshot', result: proxy };
    for (const hostile of [getter, proxy, inner]) {
      expect(parseRequest(hostile)).toBeNull();
      expect(parseTabState(hostile)).toBeNull();
    }
  });

  it('strips unknown keys and keeps a "__proto__" key from JSON as data', () => {
    const message = JSON.parse('{"type":"sourcelight/get-tab-state","tabId":1,"wait":false,"__proto__":{"polluted":true},"extra":1}');
    const parsed = parseRequest(message);
    expect(parsed).toEqual({ type: 'sourcelight/get-tab-state', tabId: 1, wait: false, restart: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
