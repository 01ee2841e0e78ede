/**
 * The dataset at scale: the background's cold start (parse + index) in Node and in real Chromium, the heap the
 * index holds, whether an outlet look-up stays flat as the directory grows, and the packed extension's size.
 * `npx tsx scripts/bench-dataset.ts [compiled.json]` prints these figures alone (for before/after comparisons);
 * `npm run bench` includes them.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import type { CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex, type DatasetIndex } from '../lib/dataset/dataset-index';
import { compileDirectory, decodeRow } from '../lib/dataset/directory';
import { CHROMIUM_ARGS, CHROMIUM_PATH, requireBrowser } from '../tests/e2e/common';
import { median, round } from './bench-stats';
import { COMPILED_PATH, ROOT } from './dataset-files';

/** One cold start in its own frame, so no stale slot of the caller keeps the previous index alive. */
function oneColdStart(json: string): { ms: number; cpuMs: number; heap: number } {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const index = createDatasetIndex(JSON.parse(json) as CompiledDataset);
  index.outletsForHost('warm-up.example');
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  index.outletsForHost('keep-alive.example'); // the index is still held when the heap is read
  return { ms, cpuMs: (user + system) / 1000, heap };
}

/**
 * Parse + index as the background does it, and the heap the index keeps, in Node (medians of `runs`). The CPU time
 * is reported beside the wall time: on a machine shared with other jobs it stays close to what an idle one measures.
 */
export function nodeColdStart(json: string, runs = 9) {
  const results = Array.from({ length: runs }, () => oneColdStart(json));
  return {
    ms: round(median(results.map((r) => r.ms)), 2),
    cpuMs: round(median(results.map((r) => r.cpuMs)), 2),
    heapMB: round(median(results.map((r) => r.heap)) / 1e6, 2),
  };
}

async function indexBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { createDatasetIndex } from './lib/dataset/dataset-index'; globalThis.createDatasetIndex = createDatasetIndex;",
      resolveDir: ROOT,
    },
    bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true, alias: { '@': ROOT },
  });
  return result.outputFiles[0]!.text;
}

/**
 * Cold start in Chromium: each run in a fresh page, the compiled dataset handed over as one string (the built
 * background embeds it as a string given to JSON.parse), then JSON.parse + createDatasetIndex timed from inside.
 * The heap is the page's used JS heap after a garbage collection, with the index held, minus the same before it.
 */
export async function chromiumColdStart(json: string, runs = 15) {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  const source = await indexBundle();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const heaps: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const session = await page.createCDPSession();
      await page.evaluate(source);
      await page.evaluate((text: string) => void ((globalThis as { datasetText?: string }).datasetText = text), json);
      const heapUsed = async () => {
        await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
        return (await session.send('Runtime.getHeapUsage')).usedSize;
      };
      const before = await heapUsed();
      await session.send('Performance.enable');
      const threadTime = async () => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
      const cpuBefore = await threadTime();
      const ms = await page.evaluate(() => {
        const g = globalThis as unknown as { datasetText: string; createDatasetIndex: typeof createDatasetIndex; index?: unknown };
        const start = performance.now();
        const index = g.createDatasetIndex(JSON.parse(g.datasetText) as CompiledDataset);
        index.outletsForHost('warm-up.example');
        g.index = index;
        return performance.now() - start;
      });
      times.push(ms);
      // The renderer main thread's CPU time over the same call: what a machine busy with other jobs leaves intact.
      cpuTimes.push(((await threadTime()) - cpuBefore) * 1000);
      heaps.push((await heapUsed()) - before);
      await session.detach();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    ms: round(median(times), 2),
    minMs: round(Math.min(...times), 2),
    cpuMs: round(median(cpuTimes), 2),
    heapMB: round(median(heaps) / 1e6, 2),
    runs,
  };
}

/**
 * Look-up cost against the number of outlets: the same hosts looked up in the real index and in one whose directory
 * holds ten times as many rows. A ratio near 1 means the look-up does not grow with the dataset.
 */
export function lookupScaling(compiled: CompiledDataset) {
  const rows = compiled.directory.rows;
  const hosts = rows.slice(0, 2000).map((row) => decodeRow(row).domains[0]!);
  const paddedRecords = [...rows.map(decodeRow)];
  for (let i = 0; i < rows.length * 9; i++) paddedRecords.push({ ...decodeRow(rows[i % rows.length]!), domains: [`synthetic-${i}.example`] });
  const padded: CompiledDataset = { ...compiled, directory: compileDirectory(paddedRecords, [], () => false) };
  const small = createDatasetIndex(compiled);
  const large = createDatasetIndex(padded);
  const nsPerLookup = (index: DatasetIndex) => {
    const start = performance.now();
    for (let k = 0; k < 5; k++) for (const host of hosts) index.outletsForHost(host);
    return ((performance.now() - start) / (hosts.length * 5)) * 1e6;
  };
  // Taken in turn, so a busy machine slows both sides alike.
  const runs = { small: [] as number[], large: [] as number[] };
  for (let r = 0; r < 15; r++) {
    runs.small.push(nsPerLookup(small));
    runs.large.push(nsPerLookup(large));
  }
  const base = median(runs.small);
  const big = median(runs.large);
  return {
    outletLookupNs: round(base, 0),
    outletLookupNs10xDirectory: round(big, 0),
    outletLookup10xRatio: round(big / base, 2),
    outletsInIndex: compiled.outletRows.length + compiled.directory.rows.length,
  };
}

/** What a store zip of a built extension weighs: every file deflated, plus zip's headers (about 100 B a file). */
export function zippedSize(dir: string): number | null {
  if (!existsSync(dir)) return null;
  const files: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  return files.reduce((sum, path) => sum + deflateRawSync(readFileSync(path), { level: 9 }).length + 100 + 2 * relative(dir, path).length, 0);
}

export async function datasetBench(json: string) {
  const compiled = JSON.parse(json) as CompiledDataset;
  const node = nodeColdStart(json);
  const chromium = await chromiumColdStart(json);
  const chromeZip = zippedSize(join(ROOT, '.output/chrome-mv3'));
  return {
    datasetOutlets: { curated: compiled.outletRows.length, directory: compiled.directory?.rows.length ?? 0 },
    datasetCompiledKB: round(json.length / 1024, 0),
    backgroundColdStartMs: node.ms,
    backgroundColdStartCpuMs: node.cpuMs,
    backgroundColdStartHeapMB: node.heapMB,
    chromiumBackgroundColdStartMs: chromium.ms,
    chromiumBackgroundColdStartMinMs: chromium.minMs,
    chromiumBackgroundColdStartCpuMs: chromium.cpuMs,
    chromiumBackgroundColdStartHeapMB: chromium.heapMB,
    ...(compiled.directory ? lookupScaling(compiled) : {}),
    chromeZipBytes: chromeZip,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = readFileSync(process.argv[2] ?? COMPILED_PATH, 'utf8');
  console.log(JSON.stringify(await datasetBench(json), null, 2));
}
