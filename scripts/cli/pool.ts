import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { refusedFile, type FileOptions, type FileOutcome } from './analyze-file';
import type { FromWorker, ToWorker } from './messages';

export interface PoolOptions extends FileOptions {
  jobs: number;
  /**
   * A file still being read after this long is refused and its worker replaced (null: no limit). The extension's
   * budget is checked between steps; this also bounds a step that runs on, such as Readability on a huge thread.
   */
  hardLimitMs: number | null;
  /** Each worker's V8 heap limit: a page that needs more is refused, and the worker replaced. */
  maxHeapMb: number;
}

export interface FileDone {
  seq: number;
  file: string;
  outcome: FileOutcome;
  ms: number;
  heapBytes: number;
}

// From the file's path, not import.meta.url: under vitest that is an http: URL, which a worker cannot load.
const WORKER_BOOT = pathToFileURL(join(import.meta.dirname, 'worker-boot.mjs'));

/**
 * Analyses `files` on `jobs` worker threads and calls `onDone` once per file, in input order (results that finish
 * early wait for the ones before them). A worker that overruns the hard time limit or its heap is ended, its file
 * reported as too large, and a fresh worker takes its place.
 */
export function runPool(files: readonly string[], options: PoolOptions, onDone: (done: FileDone) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const finished = new Map<number, FileDone>();
    let next = 0;
    let emitted = 0;
    let datasetVersion = '';

    const emit = (done: FileDone) => {
      finished.set(done.seq, done);
      for (let ready = finished.get(emitted); ready; ready = finished.get(emitted)) {
        finished.delete(emitted);
        emitted++;
        onDone(ready);
      }
      if (emitted === files.length) resolve();
    };

    const start = () => {
      const worker = new Worker(WORKER_BOOT, { workerData: fileOptionsOf(options), resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } });
      let current: ToWorker | null = null;
      let timer: NodeJS.Timeout | undefined;
      let started = 0;

      /** Ends this worker; its file is refused (too large) or, when the worker broke for another reason, failed. */
      const giveUp = (reason: string, refused: boolean) => {
        clearTimeout(timer);
        const job = current;
        current = null;
        worker.removeAllListeners();
        void worker.terminate();
        if (!job) return reject(new Error(`a worker stopped before it was ready: ${reason}`));
        const outcome: FileOutcome = refused ? { ok: true, output: refusedFile(job.file, options, reason, datasetVersion) } : { ok: false, error: `${job.file}: ${reason}` };
        emit({ seq: job.seq, file: job.file, outcome, ms: performance.now() - started, heapBytes: 0 });
        start();
      };
      const feed = () => {
        if (next >= files.length) return void worker.terminate();
        current = { seq: next, file: files[next]! };
        next++;
        started = performance.now();
        const limit = options.hardLimitMs;
        if (limit !== null) timer = setTimeout(() => giveUp(`page took longer than ${limit / 1000} s to read`, true), limit);
        worker.postMessage(current);
      };

      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          datasetVersion = message.datasetVersion;
          return feed();
        }
        clearTimeout(timer);
        current = null;
        emit({ seq: message.seq, file: files[message.seq]!, outcome: message.outcome, ms: message.ms, heapBytes: message.heapBytes });
        feed();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') giveUp(`page needs more than ${options.maxHeapMb} MB to read`, true);
        else giveUp(`reading failed: ${error.message.split('\n')[0]}`, false);
      });
    };

    if (files.length === 0) return resolve();
    for (let i = 0; i < Math.min(options.jobs, files.length); i++) start();
  });
}

const fileOptionsOf = ({ url, json, budgetMs }: FileOptions): FileOptions => ({ url, json, budgetMs });
