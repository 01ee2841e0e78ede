/**
 * The CLI at corpus scale (`npm run bench`): pages per second per core, the slowest page and the largest worker heap
 * over every corpus page, and one 1.9 MB discussion thread built here (the shape of a saved Reddit page).
 * Every page is read to the end (no time budget), so the figures are the whole cost.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPool, type FileDone, type PoolOptions } from './cli/pool';
import { CORPUS_DIR } from './fuzz';
import { round } from './bench-stats';

const OPTIONS: Omit<PoolOptions, 'jobs'> = { url: null, json: true, budgetMs: undefined, hardLimitMs: null, maxHeapMb: 2_048 };

async function timedRun(files: string[], jobs: number) {
  const done: FileDone[] = [];
  const started = performance.now();
  await runPool(files, { ...OPTIONS, jobs }, (file) => done.push(file));
  return { seconds: (performance.now() - started) / 1000, done };
}

/** A saved discussion page: a post, then nested replies, `bytes` long. */
export function discussionThread(bytes: number): string {
  const parts = ['<!doctype html><html lang="en"><head><title>Thread</title></head><body><header><nav>home · popular · all</nav></header>',
    '<main><article><h1>City council votes to expand bike lanes</h1><p>The council said on Tuesday that 42 km of new lanes would open next year, according to the transport office.</p></article><section class="comments">'];
  let size = parts.join('').length;
  for (let i = 0; size < bytes; i++) {
    const depth = i % 6;
    const reply = 'I rode there last week and the traffic was fine, but the junction near the station still needs work. '.repeat(1 + (i % 3));
    const close = depth === 5 ? '</div>'.repeat(6) : '';
    const comment = `<div class="comment"><div class="meta"><a href="/u/user${i}">user${i}</a> · ${i % 97} points</div><p>Reply ${i}: ${reply}</p>${close}`;
    parts.push(comment);
    size += comment.length;
  }
  parts.push('</section></main><footer>© forum</footer></body></html>');
  return parts.join('');
}

export async function cliBench() {
  const corpus = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(CORPUS_DIR, entry.name, 'source.html'))
    .sort();
  const oneCore = await timedRun(corpus, 1);
  const jobs = availableParallelism();
  const allCores = await timedRun(corpus, jobs);
  const slowest = oneCore.done.reduce((a, b) => (b.ms > a.ms ? b : a));

  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const thread = join(folder, 'thread.html');
  writeFileSync(thread, discussionThread(1_900_000));
  const large = await timedRun([thread], 1);
  rmSync(folder, { recursive: true, force: true });

  return {
    cliPages: corpus.length,
    cliPagesPerSecondPerCore: round(corpus.length / oneCore.seconds, 2),
    cliPagesPerSecondAllCores: round(corpus.length / allCores.seconds, 2),
    cliJobs: jobs,
    cliSlowestPageMs: round(slowest.ms, 0),
    cliSlowestPage: slowest.file.split('/').slice(-2, -1)[0],
    cliPeakWorkerHeapMB: round(Math.max(...oneCore.done.map((d) => d.heapBytes)) / 2 ** 20, 1),
    cliLargeThreadPageMs: round(large.done[0]!.ms, 0),
    cliLargeThreadPageHeapMB: round(large.done[0]!.heapBytes / 2 ** 20, 1),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) void cliBench().then((r) => console.log(JSON.stringify(r, null, 2)));
