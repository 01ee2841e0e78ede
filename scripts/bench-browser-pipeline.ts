/**
 * The pipeline against Readability in a real browser: the Node bench's side-by-side (`pipelineOverhead`), run in
 * Debian Chromium on every corpus page, where the DOM, the clone and `DOMParser` are the browser's own rather than
 * happy-dom's. Everything runs in one isolated world of the page, timed from inside, with a garbage collection before
 * each run; the extension's split over page, offscreen document and worker is summed, and message passing is left out.
 * Page scripts are off, so the page holds still between runs. Each page's first run, in a world where nothing has run
 * yet, is reported apart as the cold one: a service worker that was stopped while idle starts that way.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, chromiumProxyArgs, requireBrowser } from '../tests/e2e/common';
import { startFixtureServer } from '../tests/e2e/server';
import { SideBySideTally, type PageRuns, type PipelineRun } from './bench-side-by-side';
import { median, round } from './bench-stats';

const CORPUS = join(ROOT, '../shared/corpus/readability-test-pages');


async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench-in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    alias: { '@': ROOT },
  });
  return result.outputFiles[0]!.text;
}

type Measure = 'floor' | 'offPageFloor' | 'pipeline';

/** Runs the side-by-side; returns the figures for bench-results.json. */
export async function browserPipelineBench(runs = 3) {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  const source = await bundle();
  const pages = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html'))).sort();
  const server = await startFixtureServer(CORPUS);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    args: [...CHROMIUM_ARGS, ...chromiumProxyArgs(server.hostPort), '--js-flags=--expose-gc'],
  });
  const tally = new SideBySideTally();
  const cold = { read: [] as number[], analysis: [] as number[] };
  let articles = 0;
  try {
    for (const name of pages) {
      const page = await browser.newPage();
      try {
        await page.setJavaScriptEnabled(false);
        await page.goto(server.url(`${name}/source.html`), { waitUntil: 'load', timeout: 60_000 });
        const session = await page.createCDPSession();
        const { frameTree } = await session.send('Page.getFrameTree');
        const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-pipeline' });
        const evaluate = async <T>(expression: string): Promise<T> => {
          const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
          if (exceptionDetails) throw new Error(`${name}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value as T;
        };
        await evaluate(source);
        const run = <T>(measure: Measure) => evaluate<T>(`sourcelightBench.${measure}()`);
        // The first run in a fresh world is cold, as a freshly started service worker's first analysis is.
        const first = await run<PipelineRun>('pipeline');
        cold.read.push(first.read);
        cold.analysis.push(first.analysis);
        const runsOf: PageRuns = { floor: [], offPageFloor: [], pipeline: [] };
        for (let i = 0; i < runs; i++) {
          runsOf.floor.push(await run<number>('floor'));
          runsOf.offPageFloor.push(await run<number>('offPageFloor'));
          runsOf.pipeline.push(await run<PipelineRun>('pipeline'));
        }
        await session.detach();
        if (runsOf.pipeline.at(-1)?.status === 'ok') articles++;
        tally.add(runsOf);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  const summary = tally.summary(2);
  return {
    browserPipelinePages: pages.length,
    browserPipelineArticles: articles,
    browserPipelineOverheadRatio: summary.overFloorRatio,
    browserPipelineOverOffPageFloorRatio: summary.overOffPageFloorRatio,
    browserPageSideOverReadabilityParseRatio: summary.pageSideOverFloorRatio,
    browserAnalysisOverReadabilityParseRatio: summary.analysisOverFloorRatio,
    browserReadabilityMedianMs: summary.floorMs,
    browserOffPageReadabilityMedianMs: summary.offPageFloorMs,
    browserPipelineMedianMs: summary.pipelineMs,
    browserPageSideMedianMs: summary.pageSideMs,
    browserSnapshotReadMedianMs: summary.readMs,
    browserAnalysisMedianMs: summary.analysisMs,
    browserColdSnapshotReadMedianMs: round(median(cold.read), 2),
    browserColdAnalysisMedianMs: round(median(cold.analysis), 2),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  browserPipelineBench().then(
    (results) => console.log(JSON.stringify(results, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
