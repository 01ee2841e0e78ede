/**
 * Bundled by `scripts/bench-browser-pipeline.ts` and run in an isolated world of a real Chromium page: the floor and
 * Sourcelight's whole pipeline side by side on the page's own DOM, with the browser's own DOMParser. Bench-only:
 * nothing here ships in the extension.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../lib/analyze';
import type { CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import compiled from '../lib/dataset/generated/dataset.json';
import { extractSnapshot, htmlParserWith } from '../lib/extract/extract-page';
import { runToEnd, snapshotSteps } from '../lib/extract/snapshot';

const index = createDatasetIndex(compiled as unknown as CompiledDataset);
const parseHtml = htmlParserWith(DOMParser);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Milliseconds of each measure; a garbage collection before each, so no side pays for another's garbage. */
const measures = {
  /** Readability as a page script runs it: clone + parse. */
  floor(): number {
    collect();
    return timed(() => new Readability(document.cloneNode(true) as Document).parse());
  },
  /** Readability as an extension must run it off the page's thread: the snapshot, parsed again, then parsed. */
  offPageFloor(): number {
    collect();
    return timed(() => {
      const snapshot = runToEnd(snapshotSteps(document, location.href));
      if (snapshot.status === 'ok') new Readability(parseHtml(snapshot.snapshot.html)).parse();
    });
  },
  /** Sourcelight: [page side (the snapshot), reading the snapshot, analysis]; the last two run off the page. */
  pipeline(): [number, number, number, string] {
    collect();
    const start = performance.now();
    const snapshot = runToEnd(snapshotSteps(document, location.href));
    const snapped = performance.now();
    const result = snapshot.status === 'ok' ? extractSnapshot(snapshot.snapshot, parseHtml) : snapshot;
    const read = performance.now();
    if (result.status === 'ok') analyze(result.page, index);
    return [snapped - start, read - snapped, performance.now() - read, result.status];
  },
};

(globalThis as { sourcelightBench?: typeof measures }).sourcelightBench = measures;
