/**
 * Browser part of `npm run bench`: the built extension in Debian Chromium (the e2e harness), on the demo page and
 * 20 corpus pages (every sixth page of the sorted corpus, so the pick is fixed).
 *
 * Per page: load it, click the toolbar action the way a reader does, and wait for the popup to settle.
 * - time to ready: from the click (and from the load event) to the settled popup;
 * - long tasks (> 50 ms) on the page's main thread, from a PerformanceObserver installed before any page script,
 *   counted during the extension's window, minus those in a window of the same length right after it (the page's own);
 * - the content script's in-page cost, measured from outside: the page renderer's script time (CDP Performance
 *   metrics) during the extension's window, minus the same measure over the baseline window. Nothing in the
 *   shipped extension is instrumented;
 * - the Readability floor in the same page, in a fresh isolated world, timed in the page: running Readability's
 *   source, then one cold clone + parse (the content script also runs cold, once), clone and parse apart; then the
 *   median of 3 warm runs. (CDP's script-time metric does not count DevTools evaluations, and compiling the source
 *   happens before any clock inside it starts, so the floor leaves compilation out: the ratio favours the floor.)
 * - long tasks are also set against the floor: a page where Readability's parse alone takes over 50 ms gets a long
 *   task from any extension that runs Readability in the page, which no splitting of the extension's own work avoids.
 * - the floor: an empty popup (a minimal extension loaded beside Sourcelight, `bench-popup-floor.ts`) clicked on the
 *   same page, after Sourcelight's popup on one page and before it on the next (so neither pays for the other's), so click → shown is set against the time the browser takes to show any popup at all;
 * Then the same clicks with the site allowed, each page analysed as it loaded (`prefetchedClicks`), and the first
 * click after the browser starts, Sourcelight's and the empty popup's, on the demo article in fresh browsers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Extension, Page } from 'puppeteer-core';
import { allowSites, CHROME_BUILD, CHROMIUM_PATH, launchChromiumWithExtension, sourcelightExtension, DEMO, FIXTURES, ROOT, SETTLED, chromiumProxyArgs, requireBrowser, requireBuild } from '../tests/e2e/common';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/server';
import { clickToShown, EMPTY_POPUP_NAME, EMPTY_POPUP_SHOWN, emptyPopupMs, extensionNamed, writeEmptyPopupExtension } from './bench-popup-floor';
import { median, percentile, round } from './bench-stats';

const CORPUS = join(ROOT, '../shared/corpus/readability-test-pages');
const CORPUS_PAGES = 20;
/** Fresh browsers for the cold click → ready figure. */
const COLD_RUNS = 9;
/** The Long Tasks API's threshold. */
const LONG_TASK_MS = 50;
const READABILITY_SOURCE = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

const LONG_TASK_OBSERVER = `(() => {
  const tasks = (window.__benchLongTasks = []);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Runs Readability's source in the world (timed from inside, so compilation is not counted). */
const LOAD_READABILITY = `(() => {
  const t0 = performance.now();
  ${READABILITY_SOURCE}
  globalThis.Readability = Readability;
  return performance.now() - t0;
})()`;

/** Clone and parse, timed apart: [clone ms, parse ms]. The first call in a world is the cold one. */
const FLOOR_RUN = `(() => {
  const t0 = performance.now();
  const clone = document.cloneNode(true);
  const t1 = performance.now();
  new Readability(clone).parse();
  return [t1 - t0, performance.now() - t1];
})()`;

export interface BrowserPageResult {
  page: string;
  state: string;
  timeToReadyMs: number;
  /** The empty popup (the floor) clicked on the same page, right after. */
  emptyPopupMs: number;
  loadToReadyMs: number;
  longTasksInWindow: number;
  longTasksBaseline: number;
  contentScriptMs: number;
  /** Running Readability's source, then one cold clone + parse, timed in the page. */
  readabilityFloorMs: number;
  readabilityLoadMs: number;
  readabilityParseColdMs: number;
  readabilityWarmMs: number;
}

/** WXT's `browser` global's type, as Chromium's `chrome` in an extension page. */
type ExtensionApi = typeof browser;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Fixtures and corpus under one served root (symlinks), so one proxying server sees every request. */
function servedRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sourcelight-bench-root-'));
  symlinkSync(FIXTURES, join(root, 'fixtures'));
  symlinkSync(CORPUS, join(root, 'corpus'));
  return root;
}

function corpusPick(): string[] {
  const names = readdirSync(CORPUS).filter((name) => {
    try {
      return readFileSync(join(CORPUS, name, 'source.html')).length > 0;
    } catch {
      return false;
    }
  }).sort();
  return Array.from({ length: Math.min(CORPUS_PAGES, names.length) }, (_, i) => names[Math.floor((i * names.length) / CORPUS_PAGES)]!);
}

async function scriptSeconds(page: Page): Promise<number> {
  return (await page.metrics()).ScriptDuration ?? 0;
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    (a, b) => ((window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? []).filter(([s, d]) => s + d > a && s < b).length,
    from,
    to,
  );
}

/** `floorFirst`: the empty popup is clicked before Sourcelight's (alternate pages), so neither pays for the other's close. */
async function measurePage(browser: Browser, extension: Extension, empty: Extension, server: FixtureServer, path: string, floorFirst: boolean): Promise<BrowserPageResult> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(LONG_TASK_OBSERVER);
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
    const loaded = performance.now();
    await page.bringToFront();
    const floorBefore = floorFirst ? await emptyPopupMs(browser, page, empty) : 0;

    const scriptBefore = await scriptSeconds(page);
    const windowStart = await page.evaluate(() => performance.now());
    const clicked = performance.now();
    const { popup } = await clickToShown(browser, page, extension, SETTLED);
    const ready = performance.now();
    const state = await popup.evaluate(() => (document.querySelector('section.outlet-card') ? 'ready' : (document.querySelector('section.status')?.getAttribute('data-state') ?? 'unknown')));
    await sleep(100); // let the observer deliver the window's entries
    const windowEnd = await page.evaluate(() => performance.now());
    const scriptDuring = (await scriptSeconds(page)) - scriptBefore;
    await popup.close();

    // Baseline: the page on its own, for a window of the same length.
    const baseStart = await page.evaluate(() => performance.now());
    const scriptBase0 = await scriptSeconds(page);
    await sleep(windowEnd - windowStart);
    const baseEnd = await page.evaluate(() => performance.now());
    const scriptBaseline = (await scriptSeconds(page)) - scriptBase0;
    const floor = floorFirst ? floorBefore : await emptyPopupMs(browser, page, empty);

    const session = await page.createCDPSession();
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-floor' });
    const run = async () =>
      (await session.send('Runtime.evaluate', { expression: FLOOR_RUN, contextId: executionContextId, returnByValue: true })).result.value as [number, number];
    const load = await session.send('Runtime.evaluate', { expression: LOAD_READABILITY, contextId: executionContextId, returnByValue: true });
    const loadMs = Number(load.result.value);
    const [coldClone, coldParse] = await run();
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await run()).reduce((a, b) => a + b, 0));
    await session.detach();

    const inWindow = await longTasksBetween(page, windowStart, windowEnd);
    const baseline = await longTasksBetween(page, baseStart, baseEnd);
    return {
      page: path,
      state,
      timeToReadyMs: round(ready - clicked),
      emptyPopupMs: round(floor),
      loadToReadyMs: round(ready - loaded),
      longTasksInWindow: inWindow,
      longTasksBaseline: baseline,
      contentScriptMs: round(Math.max(0, scriptDuring - scriptBaseline) * 1000),
      readabilityFloorMs: round(loadMs + coldClone + coldParse),
      readabilityLoadMs: round(loadMs),
      readabilityParseColdMs: round(coldParse),
      readabilityWarmMs: round(median(warm)),
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Click → shown, the first time after the browser started: a fresh browser and profile per run, with Sourcelight
 * and the empty popup both loaded, and only one of them clicked (alternately), so each figure is a first click. For
 * Sourcelight: the service worker running but nothing analysed yet (no offscreen document, no analysis code run), as
 * after the worker was stopped while idle. On the demo article.
 */
async function coldClicks(server: FixtureServer, emptyDir: string, runs: number): Promise<{ sourcelight: number[]; empty: number[] }> {
  const times = { sourcelight: [] as number[], empty: [] as number[] };
  for (let i = 0; i < runs * 2; i++) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-cold-'));
    const browser = await launchChromiumWithExtension(userDataDir, chromiumProxyArgs(server.hostPort), [emptyDir]);
    try {
      const extension = await sourcelightExtension(browser, 30_000);
      if (!extension) throw new Error('the Sourcelight extension did not load');
      const empty = await extensionNamed(browser, EMPTY_POPUP_NAME);
      const page = await browser.newPage();
      await page.goto(server.url(`fixtures/${DEMO.file}`), { waitUntil: 'load', timeout: 60_000 });
      await sleep(1000);
      const ours = i % 2 === 1;
      const { ms } = await clickToShown(browser, page, ours ? extension : empty, ours ? SETTLED : EMPTY_POPUP_SHOWN);
      (ours ? times.sourcelight : times.empty).push(round(ms));
    } finally {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  return times;
}

/**
 * With the site allowed (a host permission), each page is analysed as it loads: once the background holds the
 * answer, click → shown, and the empty popup on the same page.
 */
async function prefetchedClicks(browser: Browser, extension: Extension, empty: Extension, server: FixtureServer, paths: readonly string[]) {
  const control = await browser.newPage();
  await control.goto(`chrome-extension://${extension.id}/popup.html?tab=0`);
  await allowSites(browser, extension.id, control, ['http://127.0.0.1/*']);
  // What the background stored for the tab (storage.session): any answer but "analysing".
  const answered = (url: string) =>
    control.evaluate(async (u) => {
      const session = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.session;
      const entries = Object.values(await session.get(null)) as { url?: string; state?: { state?: string } }[];
      return entries.some((e) => e.url === u && e.state?.state !== 'analysing');
    }, url);
  const shown: number[] = [];
  const floors: number[] = [];
  for (const path of paths) {
    const page = await browser.newPage();
    try {
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
      const deadline = performance.now() + 30_000;
      while (!(await answered(page.url())) && performance.now() < deadline) await sleep(100);
      const floorFirst = shown.length % 2 === 1;
      if (floorFirst) floors.push(round(await emptyPopupMs(browser, page, empty)));
      const { popup, ms } = await clickToShown(browser, page, extension, SETTLED);
      await popup.close();
      shown.push(round(ms));
      if (!floorFirst) floors.push(round(await emptyPopupMs(browser, page, empty)));
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  await control.close();
  return { shown, floors };
}

/** Runs the browser bench; returns the figures for bench-results.json. */
export async function browserBench() {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  requireBuild(CHROME_BUILD, 'npm run build:chrome');
  const root = servedRoot();
  const server = await startFixtureServer(root);
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const emptyDir = writeEmptyPopupExtension();
  let browser: Browser | undefined;
  try {
    browser = await launchChromiumWithExtension(userDataDir, chromiumProxyArgs(server.hostPort), [emptyDir]);
    const extension = await sourcelightExtension(browser, 30_000);
    if (!extension) throw new Error('the Sourcelight extension did not load');
    const empty = await extensionNamed(browser, EMPTY_POPUP_NAME);

    const paths = [`fixtures/${DEMO.file}`, ...corpusPick().map((name) => `corpus/${name}/source.html`)];
    const pages: BrowserPageResult[] = [];
    for (const [i, path] of paths.entries()) pages.push(await measurePage(browser, extension, empty, server, path, i % 2 === 1));
    const prefetched = await prefetchedClicks(browser, extension, empty, server, paths);
    await browser.close();
    browser = undefined;
    const cold = await coldClicks(server, emptyDir, COLD_RUNS);

    const ready = pages.map((p) => p.timeToReadyMs);
    const floor = median(pages.map((p) => p.emptyPopupMs));
    const withFloor = pages.filter((p) => p.readabilityFloorMs > 0);
    const extensionLongTasks = (p: BrowserPageResult) => Math.max(0, p.longTasksInWindow - p.longTasksBaseline);
    const readabilityAloneIsLong = (p: BrowserPageResult) => p.readabilityParseColdMs > LONG_TASK_MS;
    return {
      browserPages: pages.length,
      browserLongTasks: pages.reduce((sum, p) => sum + extensionLongTasks(p), 0),
      browserPagesWhereReadabilityParseAloneIsLong: pages.filter(readabilityAloneIsLong).length,
      browserLongTasksBeyondReadabilityParse: pages.reduce((sum, p) => sum + Math.max(0, extensionLongTasks(p) - (readabilityAloneIsLong(p) ? 1 : 0)), 0),
      browserTimeToReadyMsMedian: round(median(ready)),
      browserTimeToReadyMsP90: round(percentile(ready, 0.9)),
      browserLoadToReadyMsMedian: round(median(pages.map((p) => p.loadToReadyMs))),
      browserContentScriptMsMedian: round(median(pages.map((p) => p.contentScriptMs))),
      browserReadabilityFloorMsMedian: round(median(pages.map((p) => p.readabilityFloorMs))),
      browserReadabilityWarmMsMedian: round(median(pages.map((p) => p.readabilityWarmMs))),
      browserExtractOverheadRatio: round(median(withFloor.map((p) => p.contentScriptMs / p.readabilityFloorMs)), 3),
      browserColdTimeToReadyMsMedian: round(median(cold.sourcelight)),
      browserColdTimeToReadyMs: cold.sourcelight,
      // Click → shown against the empty popup, in the same run (goals: median within 100 ms, first click within 200 ms).
      browserEmptyPopupMsMedian: round(floor),
      browserClickToShownOverEmptyPopupMs: round(median(ready) - floor),
      browserColdEmptyPopupMsMedian: round(median(cold.empty)),
      browserColdEmptyPopupMs: cold.empty,
      browserColdClickToShownOverEmptyPopupMs: round(median(cold.sourcelight) - median(cold.empty)),
      // The site allowed: the page was analysed as it loaded, before the click.
      browserPrefetchedClickToShownMsMedian: round(median(prefetched.shown)),
      browserPrefetchedEmptyPopupMsMedian: round(median(prefetched.floors)),
      browserPrefetchedClickToShownOverEmptyPopupMs: round(median(prefetched.shown) - median(prefetched.floors)),
      browserPerPage: Object.fromEntries(pages.map(({ page, ...rest }) => [page, rest])),
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  browserBench().then(
    (results) => console.log(JSON.stringify(results, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
