/**
 * Bundled by `scripts/bench-browser-pipeline.ts` and run in an isolated world of a real Chromium page: the measures
 * of `bench-side-by-side.ts` on the page's own DOM, with the browser's own DOMParser. Bench-only: nothing here ships
 * in the extension.
 */
import type { CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import compiled from '../lib/dataset/generated/dataset.json';
import { htmlParserWith } from '../lib/extract/extract-page';
import { measureFloor, measureOffPageFloor, measurePipeline } from './bench-side-by-side';

const index = createDatasetIndex(compiled as unknown as CompiledDataset);
const parseHtml = htmlParserWith(DOMParser);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Each measure after a garbage collection, so no side pays for another's garbage. */
const measures = {
  floor: () => (collect(), measureFloor(document)),
  offPageFloor: () => (collect(), measureOffPageFloor(document, location.href, parseHtml)),
  pipeline: () => (collect(), measurePipeline(document, location.href, parseHtml, index)),
};

(globalThis as { sourcelightBench?: typeof measures }).sourcelightBench = measures;
