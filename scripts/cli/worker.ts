import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { loadDatasetIndexFromSources } from '../dataset-files';
import { analyzeFile, type FileOptions } from './analyze-file';
import type { FromWorker, ToWorker } from './messages';

/** One CLI worker thread: loads the dataset once, then analyses the files the pool hands it, one at a time. */
const options = workerData as FileOptions;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const index = await loadDatasetIndexFromSources();
send({ type: 'ready', datasetVersion: index.version });
port.on('message', (message: ToWorker) => {
  const started = performance.now();
  const outcome = analyzeFile(message.file, options, index);
  send({ type: 'done', seq: message.seq, outcome, ms: performance.now() - started, heapBytes: getHeapStatistics().total_heap_size });
});
