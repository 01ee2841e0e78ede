import { describe, expect, it } from 'vitest';
import { corruptUtf8, HEAVY_MUTATORS, LIGHT_MUTATORS, mutateLight, MUTATORS, mutatorNamed } from '@/lib/fuzz/mutators';
import { createRng } from '@/lib/fuzz/prng';
import { pageWindow } from '@/lib/fuzz/harness';

const PAGE = '<!DOCTYPE html><html lang="en"><head><title>T</title><meta name="x" content="y"><style>p{}</style></head><body><article><p>One “quote” said Ivan.</p><p>Two.</p></article></body></html>';

describe('the seeded generator', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const x of draw(7)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('keeps int, range and pick in bounds', () => {
    const rng = createRng(1);
    const ints = new Set(Array.from({ length: 1_000 }, () => rng.int(7)));
    const ranges = new Set(Array.from({ length: 1_000 }, () => rng.range(-3, 3)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...ranges].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(rng.int(0)).toBe(0);
    expect(() => rng.pick([])).toThrow();
  });
});

describe('the mutators', () => {
  it('are pure: the same page and seed give the same output', () => {
    for (const mutator of LIGHT_MUTATORS) {
      expect(mutator.mutate(PAGE, createRng(9)), mutator.name).toBe(mutator.mutate(PAGE, createRng(9)));
    }
    expect(mutateLight(PAGE, createRng(3))).toEqual(mutateLight(PAGE, createRng(3)));
  });

  it('cover the hostile shapes, with the heavy ones at their full size', () => {
    expect(MUTATORS.map((m) => m.name)).toEqual(
      expect.arrayContaining(['truncate', 'nested-tables-500', 'text-node-5mb', 'elements-100k', 'invalid-utf8', 'lone-surrogates-nul', 'bidi-zero-width', 'unclosed-quote', 'megabyte-sentence', 'said-flood', 'huge-json-ld', 'duplicate-attributes', 'tag-soup']),
    );
    expect(HEAVY_MUTATORS.map((m) => m.name).sort()).toEqual(['elements-100k', 'megabyte-sentence', 'text-node-5mb']);
    const rng = createRng(5);
    expect(mutatorNamed('text-node-5mb').mutate(PAGE, rng).length).toBeGreaterThan(5_000_000);
    expect(mutatorNamed('elements-100k').mutate(PAGE, rng).split('<').length).toBeGreaterThan(100_000);
    expect(mutatorNamed('nested-tables-500').mutate(PAGE, rng).split('<table>').length - 1).toBe(500);
    expect(mutatorNamed('megabyte-sentence').mutate(PAGE, rng)).toMatch(/<p>[^.,;:!?<]{1000000,}<\/p>/);
  });

  it('corrupts UTF-8 the way a browser decodes it: invalid bytes become U+FFFD', () => {
    const out = corruptUtf8('a'.repeat(100), createRng(2), 30);
    expect(out).toMatch(/\ufffd|\u0000/);
  });

  it('cuts a page window that keeps the head metadata and starts at a tag', () => {
    const window = pageWindow(PAGE, 5, 30);
    expect(window).toContain('<title>T</title>');
    expect(window).not.toContain('<style>');
    expect(window).toMatch(/<body><[a-z/]/);
  });
});
