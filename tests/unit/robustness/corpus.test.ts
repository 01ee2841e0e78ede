import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { runPipeline } from '@/lib/fuzz/harness';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { readCorpus } from '../../../scripts/fuzz';
import { openHtml } from '../../../scripts/node-dom';

/**
 * The whole pipeline (DOM → extractPage → analyze with the real dataset) on every page of the shared corpus:
 * nothing throws, every result is valid against its schema, and every attribution and claim points inside
 * its paragraph. Full pages are slow to parse in happy-dom (seconds for the largest), hence the timeout.
 */
const pages = readCorpus();
let index: DatasetIndex;

beforeAll(async () => {
  index = await loadDatasetIndexFromSources();
});

describe('the pipeline on every corpus page', () => {
  it('has the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(120);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s', async (name, page) => {
    const run = await runPipeline(page.html, `https://corpus.example.org/${name}/`, openHtml, index);
    expect(run.problems).toEqual([]);
    expect(['ok', 'not-article']).toContain(run.status);
    if (run.result?.status === 'ok') {
      expect(run.analysis?.url).toBe(run.result.page.url);
      for (const paragraph of run.result.page.paragraphs) expect(paragraph.trim()).toBe(paragraph);
    }
  }, 90_000);
});
