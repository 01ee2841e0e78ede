/**
 * `npm run bench`: speed and size, measured side by side in one run and written to bench-results.json.
 * Ratios, not absolute times, are the goals (this runs in Node with happy-dom, several times slower than a browser).
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { findAttributions } from '../lib/attribution';
import { compileDataset, type CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import { parserOf } from '../lib/extract/extract-page';
import { browserBench } from './bench-browser';
import { browserPipelineBench } from './bench-browser-pipeline';
import { cliBench } from './bench-cli';
import { measureFloor, measureOffPageFloor, measurePipeline, SideBySideTally, type PageRuns } from './bench-side-by-side';
import { measureClaimMatching, syntheticClaims } from './bench-claims';
import { datasetBench } from './bench-dataset';
import { linksBench } from './bench-links';
import { measureImportedReviews } from './bench-reviews';
import { COMPILED_PATH, loadDatasetIndexFromSources, ROOT } from './dataset-files';
import { openHtml } from './node-dom';
import { median, round } from './bench-stats';

const CORPUS = join(ROOT, '../shared/corpus/readability-test-pages');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/extract.js');

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

/**
 * Three measures per page, each the median of `runs` runs on fresh DOMs, taken in turn, with a garbage collection
 * before each timed run so that no side pays for another's garbage:
 * - floor: Readability alone, as a page script would run it (clone + `Readability.parse`);
 * - off-page floor: Readability alone, as an extension must run it off the page's thread (the page's snapshot,
 *   parsed again, then `Readability.parse` on that copy);
 * - pipeline: everything Sourcelight does (snapshot, `extractSnapshot`, `analyze`), and of that the page's share
 *   (the snapshot; the rest runs in the background).
 * `pipelineOverheadRatio` is pipeline ÷ floor: what Sourcelight costs over Readability alone. Its goal (≤ 1.2) was
 * set when Readability ran in the page; `pipelineOverOffPageFloorRatio` sets the same pipeline against the least a
 * design that keeps Readability off the page must pay.
 * `scripts/bench-browser-pipeline.ts` measures the same three in real Chromium.
 */
export async function pipelineOverhead(runs = 3) {
  const index = await loadDatasetIndexFromSources();
  const pages = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html')));
  const tally = new SideBySideTally();
  for (const name of pages) {
    const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
    const url = `https://corpus.invalid/${name}/`;
    const onFreshPage = async <T>(measure: (doc: Document) => T): Promise<T> => {
      const page = openHtml(html, url);
      global.gc?.();
      const value = measure(page.document);
      await page.close();
      return value;
    };
    const runsOf: PageRuns = { floor: [], offPageFloor: [], pipeline: [] };
    for (let i = 0; i < runs; i++) {
      runsOf.floor.push(await onFreshPage(measureFloor));
      runsOf.offPageFloor.push(await onFreshPage((doc) => measureOffPageFloor(doc, url, parserOf(doc))));
      runsOf.pipeline.push(await onFreshPage((doc) => measurePipeline(doc, url, parserOf(doc), index)));
    }
    tally.add(runsOf);
  }
  const summary = tally.summary();
  return {
    pages: pages.length,
    pipelineOverheadRatio: summary.overFloorRatio,
    pipelineOverOffPageFloorRatio: summary.overOffPageFloorRatio,
    pageSideOverReadabilityParseRatio: summary.pageSideOverFloorRatio,
    analysisOverReadabilityParseRatio: summary.analysisOverFloorRatio,
    readabilityMedianMs: summary.floorMs,
    offPageReadabilityMedianMs: summary.offPageFloorMs,
    pipelineMedianMs: summary.pipelineMs,
    pageSideMedianMs: summary.pageSideMs,
  };
}

/** Gzipped size of the built content script against Readability's own code, bundled and minified the same way. */
async function contentScriptSize() {
  if (!existsSync(CONTENT_SCRIPT)) throw new Error('build the extension first (npm run build:chrome)');
  const contentScriptGzipBytes = gzipSync(readFileSync(CONTENT_SCRIPT), { level: 9 }).length;
  const readabilityOnly = await build({
    stdin: { contents: "import { Readability, isProbablyReaderable } from '@mozilla/readability'; globalThis.r = [Readability, isProbablyReaderable];", resolveDir: ROOT },
    bundle: true, minify: true, write: false, format: 'iife',
  });
  const readabilityGzipBytes = gzipSync(readabilityOnly.outputFiles[0]!.contents, { level: 9 }).length;
  return { contentScriptGzipBytes, readabilityGzipBytes, contentScriptGzipRatio: round(contentScriptGzipBytes / readabilityGzipBytes) };
}

/** Dataset load + index build as the background does it, and the heap it takes (for the synthetic claims). */
function coldStart(json: string) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const [ms, index] = time(() => createDatasetIndex(JSON.parse(json) as CompiledDataset));
  index.recordsNamed('warm-up');
  global.gc?.();
  return { ms: round(ms, 2), heapMB: round((process.memoryUsage().heapUsed - heapBefore) / 1e6, 2) };
}

function attributionSpeed() {
  const sentences = [
    '"We will not accept this," the minister said on Tuesday.',
    'According to officials, at least 40 people were hurt in the blast.',
    'The agency, citing a senior source, said talks had stalled.',
    'Analysts say the figures are hard to verify independently.',
    'Residents described long queues for bread and fuel in the city.',
  ];
  const paragraphs: string[] = [];
  let words = 0;
  while (words < 5000) {
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(' ').length;
  }
  const runs = Array.from({ length: 20 }, () => time(() => findAttributions(paragraphs, 'en'))[0]);
  return { attributionMsPer5kWords: round(median(runs), 2), attributionWords: words };
}

async function main() {
  const bundled = readFileSync(COMPILED_PATH, 'utf8');
  const synthetic = JSON.stringify(compileDataset({ version: 'bench', outlets: [], entities: [], claims: syntheticClaims(100_000) }));
  const coldSynthetic = coldStart(synthetic);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    ...(await pipelineOverhead()),
    ...(await contentScriptSize()),
    // The bundled dataset (curated + directory): cold start in Node and Chromium, heap, look-up scaling, zip size.
    ...(await datasetBench(bundled)),
    backgroundColdStart100kClaimsMs: coldSynthetic.ms,
    backgroundColdStart100kClaimsHeapMB: coldSynthetic.heapMB,
    ...measureClaimMatching(),
    ...measureImportedReviews(),
    ...attributionSpeed(),
    // Link marks: the page's work per link, the background's answer per batch, the script's size.
    ...linksBench(bundled),
    ...(await cliBench()),
    // Last: the browser figures (real Chromium): the side-by-side on every corpus page, then the built extension
    // on 21 pages.
    ...(await browserPipelineBench()),
    ...(await browserBench()),
  };
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
