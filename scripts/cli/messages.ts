import type { FileOutcome } from './analyze-file';

/** What the pool sends a worker: the next file, numbered in input order. */
export interface ToWorker {
  seq: number;
  file: string;
}

/** What a worker answers: ready once its dataset is loaded, then one answer per file. */
export type FromWorker =
  | { type: 'ready'; datasetVersion: string }
  | { type: 'done'; seq: number; outcome: FileOutcome; ms: number; heapBytes: number };
