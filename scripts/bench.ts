/**
 * `npm run bench`: speed and size, measured side by side in one run and written to bench-results.json.
 * Ratios, not absolute times, are the goals (this runs in Node with happy-dom, several times slower than a browser).
 */
import { Readability } from '@mozilla/readability';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyze } from '../lib/analyze';
import { findAttributions } from '../lib/attribution';
import { compileDataset, type CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import { extractSnapshot, parserOf } from '../lib/extract/extract-page';
import { runToEnd, snapshotSteps } from '../lib/extract/snapshot';
import { browserBench } from './bench-browser';
import { browserPipelineBench } from './bench-browser-pipeline';
import { measureClaimMatching, syntheticClaims } from './bench-claims';
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
  const perPage = { overFloor: [] as number[], overOffPageFloor: [] as number[], pageShare: [] as number[], analysisShare: [] as number[] };
  const medians = { floor: [] as number[], offPageFloor: [] as number[], pipeline: [] as number[], pageSide: [] as number[] };
  for (const name of pages) {
    const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
    const url = `https://corpus.invalid/${name}/`;
    const runsOf = { floor: [] as number[], offPageFloor: [] as number[], snapshot: [] as number[], read: [] as number[], analysis: [] as number[] };
    const onFreshPage = async (measure: (doc: Document) => void) => {
      const page = openHtml(html, url);
      global.gc?.();
      measure(page.document);
      await page.close();
    };
    for (let i = 0; i < runs; i++) {
      await onFreshPage((doc) => runsOf.floor.push(time(() => new Readability(doc.cloneNode(true) as Document).parse())[0]));
      await onFreshPage((doc) =>
        runsOf.offPageFloor.push(
          time(() => {
            const snapshot = runToEnd(snapshotSteps(doc, url));
            if (snapshot.status === 'ok') new Readability(parserOf(doc)(snapshot.snapshot.html)).parse();
          })[0],
        ),
      );
      await onFreshPage((doc) => {
        const [snapshotMs, snapshot] = time(() => runToEnd(snapshotSteps(doc, url)));
        const [readMs, result] = time(() => (snapshot.status === 'ok' ? extractSnapshot(snapshot.snapshot, parserOf(doc)) : snapshot));
        runsOf.snapshot.push(snapshotMs);
        runsOf.read.push(readMs);
        runsOf.analysis.push(result.status === 'ok' ? time(() => analyze(result.page, index))[0] : 0);
      });
    }
    const floor = median(runsOf.floor);
    const offPageFloor = median(runsOf.offPageFloor);
    const pageSide = median(runsOf.snapshot);
    const analysis = median(runsOf.analysis);
    const pipeline = pageSide + median(runsOf.read) + analysis;
    medians.floor.push(floor);
    medians.offPageFloor.push(offPageFloor);
    medians.pipeline.push(pipeline);
    medians.pageSide.push(pageSide);
    perPage.overOffPageFloor.push(pipeline / offPageFloor);
    perPage.overFloor.push(pipeline / floor);
    perPage.pageShare.push(pageSide / floor);
    perPage.analysisShare.push(analysis / floor);
  }
  return {
    pages: pages.length,
    pipelineOverheadRatio: round(median(perPage.overFloor)),
    pipelineOverOffPageFloorRatio: round(median(perPage.overOffPageFloor)),
    pageSideOverReadabilityParseRatio: round(median(perPage.pageShare)),
    analysisOverReadabilityParseRatio: round(median(perPage.analysisShare)),
    readabilityMedianMs: round(median(medians.floor)),
    offPageReadabilityMedianMs: round(median(medians.offPageFloor)),
    pipelineMedianMs: round(median(medians.pipeline)),
    pageSideMedianMs: round(median(medians.pageSide)),
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

/** Dataset load + index build as the background does it, and the heap it takes. */
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
  const coldBundled = coldStart(bundled);
  const coldSynthetic = coldStart(synthetic);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    ...(await pipelineOverhead()),
    ...(await contentScriptSize()),
    backgroundColdStartMs: coldBundled.ms,
    backgroundColdStartHeapMB: coldBundled.heapMB,
    backgroundColdStart100kClaimsMs: coldSynthetic.ms,
    backgroundColdStart100kClaimsHeapMB: coldSynthetic.heapMB,
    ...measureClaimMatching(),
    ...attributionSpeed(),
    // Last: the browser figures (real Chromium): the side-by-side on every corpus page, then the built extension
    // on 21 pages.
    ...(await browserPipelineBench()),
    ...(await browserBench()),
  };
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
