/**
 * The pipeline against Readability, side by side on one page: the three measures and their tally over the corpus.
 * DOM-agnostic, so the Node bench (happy-dom) and the browser bench (bundled into a Chromium page) run the same code.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../lib/analyze';
import type { DatasetIndex } from '../lib/dataset/dataset-index';
import { extractSnapshot, type HtmlParser } from '../lib/extract/extract-page';
import { runToEnd, snapshotSteps } from '../lib/extract/snapshot';
import { median, round } from './bench-stats';

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Floor: Readability alone, as a page script runs it (clone + parse). */
export function measureFloor(doc: Document): number {
  return timed(() => new Readability(doc.cloneNode(true) as Document).parse());
}

/** Off-page floor: Readability alone, as an extension must run it off the page's thread (snapshot, parsed again, parsed). */
export function measureOffPageFloor(doc: Document, url: string, parseHtml: HtmlParser): number {
  return timed(() => {
    const snapshot = runToEnd(snapshotSteps(doc, url));
    if (snapshot.status === 'ok') new Readability(parseHtml(snapshot.snapshot.html)).parse();
  });
}

/** One run of Sourcelight's pipeline, split where the extension splits it. */
export interface PipelineRun {
  /** The snapshot, in the page. */
  pageSide: number;
  /** Reading the snapshot (DOMParser, Readability, paragraphs, metadata), off the page. */
  read: number;
  /** Attribution, claims and matching, off the page (0 when the page is no article). */
  analysis: number;
  status: string;
}

export function measurePipeline(doc: Document, url: string, parseHtml: HtmlParser, index: DatasetIndex): PipelineRun {
  const start = performance.now();
  const snapshot = runToEnd(snapshotSteps(doc, url));
  const snapped = performance.now();
  const result = snapshot.status === 'ok' ? extractSnapshot(snapshot.snapshot, parseHtml) : snapshot;
  const read = performance.now();
  if (result.status === 'ok') analyze(result.page, index);
  const analysis = result.status === 'ok' ? performance.now() - read : 0;
  return { pageSide: snapped - start, read: read - snapped, analysis, status: result.status };
}

/** One page's runs of each measure. */
export interface PageRuns {
  floor: number[];
  offPageFloor: number[];
  pipeline: PipelineRun[];
}

/** Per-page medians and ratios over the corpus; each ratio is the median of the per-page ones. */
export class SideBySideTally {
  private readonly perPage = { overFloor: [] as number[], overOffPageFloor: [] as number[], pageShare: [] as number[], analysisShare: [] as number[] };
  private readonly medians = { floor: [] as number[], offPageFloor: [] as number[], pipeline: [] as number[], pageSide: [] as number[], read: [] as number[], analysis: [] as number[] };

  add(runs: PageRuns): void {
    const floor = median(runs.floor);
    const offPageFloor = median(runs.offPageFloor);
    const pageSide = median(runs.pipeline.map((r) => r.pageSide));
    const read = median(runs.pipeline.map((r) => r.read));
    const analysis = median(runs.pipeline.map((r) => r.analysis));
    const pipeline = pageSide + read + analysis;
    const page = { floor, offPageFloor, pipeline, pageSide, read, analysis };
    for (const key of Object.keys(page) as (keyof typeof page)[]) this.medians[key].push(page[key]);
    this.perPage.overFloor.push(pipeline / floor);
    this.perPage.overOffPageFloor.push(pipeline / offPageFloor);
    this.perPage.pageShare.push(pageSide / floor);
    this.perPage.analysisShare.push(analysis / floor);
  }

  /** Ratios to 3 digits; medians in ms to `msDigits`. */
  summary(msDigits = 3) {
    const ms = (values: number[]) => round(median(values), msDigits);
    return {
      overFloorRatio: round(median(this.perPage.overFloor)),
      overOffPageFloorRatio: round(median(this.perPage.overOffPageFloor)),
      pageSideOverFloorRatio: round(median(this.perPage.pageShare)),
      analysisOverFloorRatio: round(median(this.perPage.analysisShare)),
      floorMs: ms(this.medians.floor),
      offPageFloorMs: ms(this.medians.offPageFloor),
      pipelineMs: ms(this.medians.pipeline),
      pageSideMs: ms(this.medians.pageSide),
      readMs: ms(this.medians.read),
      analysisMs: ms(this.medians.analysis),
    };
  }
}
