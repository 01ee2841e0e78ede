import { compileDataset } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import type { Dataset, Outlet } from '@/lib/dataset/schema';

const citation = { url: 'https://example.org/source', title: 'Test source', publisher: 'Test', accessed: '2026-11-25' };

/** A small synthetic outlet record for matcher tests; facts here are test data, not the shipped dataset. */
export function testOutlet(id: string, domains: string[], extra: Partial<Outlet> = {}): Outlet {
  return {
    id, name: id.toUpperCase(), aliases: [], kind: 'news-site', domains, country: 'US', languages: [], owner: null,
    parent: null, funding: 'private', typology: null, reliability: null, note: 'test', sources: [citation], reviewed: '2026-11-25',
    ...extra,
  };
}

export function testIndex(outlets: Outlet[], rest: Partial<Omit<Dataset, 'outlets'>> = {}) {
  return createDatasetIndex(compileDataset({ version: 'test', outlets, entities: [], claims: [], ...rest }));
}
