import type { Rng } from './prng';
import { HEAVY_MUTATORS, mutateLight, type Mutator } from './mutators';
import { pageWindow } from './harness';

export interface FuzzInput {
  /** Which corpus page, which mutations: enough to reproduce with the seed. */
  label: string;
  html: string;
  heavy: boolean;
}

export interface FuzzPlan {
  count: number;
  /** How many of `count` use a heavy mutator (5 MB text, 100k elements, megabyte sentence), cycling through them. */
  heavy: number;
  /** Body characters kept from each corpus page before mutating (full pages are slow to parse in Node). */
  windowChars: number;
}

/** The fuzz inputs of a run, generated lazily and deterministically from the seed. */
export function* fuzzInputs(pages: readonly { name: string; html: string }[], rng: Rng, plan: FuzzPlan): Generator<FuzzInput> {
  const heavyEvery = plan.heavy > 0 ? Math.max(1, Math.floor(plan.count / plan.heavy)) : Infinity;
  let heavyDone = 0;
  for (let i = 0; i < plan.count; i++) {
    const r = rng.fork();
    const page = r.pick(pages);
    const base = pageWindow(page.html, r.int(1 << 30), r.range(plan.windowChars / 4, plan.windowChars));
    if (heavyDone < plan.heavy && i % heavyEvery === heavyEvery - 1) {
      const mutator: Mutator = HEAVY_MUTATORS[heavyDone % HEAVY_MUTATORS.length]!;
      heavyDone++;
      yield { label: `#${i} ${page.name} ${mutator.name}`, html: mutator.mutate(base, r), heavy: true };
    } else {
      const { html, applied } = mutateLight(base, r);
      yield { label: `#${i} ${page.name} ${applied.join('+')}`, html, heavy: false };
    }
  }
}
