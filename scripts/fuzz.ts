/**
 * The long fuzz run: `npx tsx scripts/fuzz.ts [--seed N] [--count N] [--heavy N] [--window CHARS] [--messages N]`.
 * Mutates corpus pages (see lib/fuzz/mutators.ts), runs each through DOM → extractPage → analyze, checks every
 * result against the schemas and offsets, and fuzzes the message validator. Failing inputs are saved under
 * test-output/fuzz/<seed>/. Exits 1 when any input failed.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzInputs } from '../lib/fuzz/corpus';
import { runPipeline } from '../lib/fuzz/harness';
import { mutateMessage } from '../lib/fuzz/messages';
import { createRng } from '../lib/fuzz/prng';
import { parseRequest, RequestMessageSchema } from '../lib/messaging/protocol';
import * as v from 'valibot';
import { loadDatasetIndexFromSources, ROOT } from './dataset-files';
import { openHtml } from './node-dom';

export const CORPUS_DIR = join(ROOT, '../shared/corpus/readability-test-pages');

export function readCorpus(dir = CORPUS_DIR): { name: string; html: string }[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .map((name) => ({ name, html: readFileSync(join(dir, name, 'source.html'), 'utf8') }));
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

async function main() {
  const seed = arg('seed', 1);
  const count = arg('count', 5_000);
  const heavy = arg('heavy', Math.max(3, Math.round(count / 200)));
  const windowChars = arg('window', 24_000);
  const messageCount = arg('messages', count);
  const outDir = join(ROOT, 'test-output/fuzz', String(seed));
  const index = await loadDatasetIndexFromSources();
  const pages = readCorpus();
  const statuses: Record<string, number> = {};
  const byMutator: Record<string, { n: number; maxMs: number }> = {};
  let failures = 0;
  let slowest = { ms: 0, label: '' };
  let slowestAnalyze = { ms: 0, label: '' };
  const started = performance.now();
  const phaseTotals = { parse: 0, extract: 0, analyze: 0 };
  const failedReasons: Record<string, number> = {};

  for (const input of fuzzInputs(pages, createRng(seed), { count, heavy, windowChars })) {
    const run = await runPipeline(input.html, 'https://fuzz.example.org/article/1', openHtml, index);
    statuses[run.status] = (statuses[run.status] ?? 0) + 1;
    phaseTotals.parse += run.ms.parse;
    phaseTotals.extract += run.ms.extract;
    phaseTotals.analyze += run.ms.analyze;
    if (run.domError) failedReasons[`dom-rejected: ${run.domError.slice(0, 80)}`] = (failedReasons[`dom-rejected: ${run.domError.slice(0, 80)}`] ?? 0) + 1;
    if (run.result?.status === 'failed' || run.result?.status === 'too-large') {
      const reason = `${run.result.status}: ${run.result.reason.replace(/\d+/g, 'N').slice(0, 80)}`;
      failedReasons[reason] = (failedReasons[reason] ?? 0) + 1;
    }
    const ours = run.ms.extract + run.ms.analyze;
    if (ours > slowest.ms) slowest = { ms: ours, label: input.label };
    if (run.ms.analyze > slowestAnalyze.ms) slowestAnalyze = { ms: run.ms.analyze, label: input.label };
    for (const name of input.label.split(' ').slice(2).join(' ').split('+')) {
      const entry = (byMutator[name] ??= { n: 0, maxMs: 0 });
      entry.n++;
      entry.maxMs = Math.max(entry.maxMs, ours);
    }
    if (run.problems.length || ours > 5_000) {
      failures += run.problems.length ? 1 : 0;
      mkdirSync(outDir, { recursive: true });
      const file = join(outDir, `${input.label.replace(/[^\w.+-]+/g, '_').slice(0, 120)}.html`);
      writeFileSync(file, input.html);
      console.log(`${run.problems.length ? 'FAIL' : 'SLOW'} ${input.label} (${run.status}, parse ${run.ms.parse.toFixed(0)} ms, extract ${run.ms.extract.toFixed(0)} ms, analyze ${run.ms.analyze.toFixed(0)} ms) → ${file}`);
      for (const problem of run.problems) console.log(`  ${problem}`);
    }
  }

  const messageRng = createRng(seed ^ 0x5eed);
  let accepted = 0;
  let messageFailures = 0;
  for (let i = 0; i < messageCount; i++) {
    const { message, invalid, edits } = mutateMessage(messageRng);
    try {
      const parsed = parseRequest(message);
      if (parsed) accepted++;
      if (parsed && invalid === true) throw new Error(`accepted an invalid message (${edits.join(', ')})`);
      if (parsed && !v.is(RequestMessageSchema, parsed)) throw new Error('accepted output does not re-validate');
    } catch (error) {
      messageFailures++;
      if (messageFailures <= 10) console.log(`FAIL message #${i} (${edits.join(', ')}): ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nseed ${seed}: ${count} pipeline inputs (${heavy} heavy) in ${seconds.toFixed(1)} s`);
  console.log(`statuses: ${JSON.stringify(statuses)}`);
  for (const [reason, n] of Object.entries(failedReasons)) console.log(`  ${String(n).padStart(5)} × ${reason}`);
  const ms = (x: number) => `${(x / 1000).toFixed(1)} s`;
  console.log(`time in phases: DOM parse ${ms(phaseTotals.parse)}, extract ${ms(phaseTotals.extract)}, analyze ${ms(phaseTotals.analyze)}`);
  console.log(`slowest input (extract + analyze, excluding DOM parse): ${slowest.ms.toFixed(0)} ms: ${slowest.label}`);
  console.log(`slowest analyze: ${slowestAnalyze.ms.toFixed(0)} ms: ${slowestAnalyze.label}`);
  console.log('per mutator (inputs, max extract+analyze ms):');
  for (const [name, { n, maxMs }] of Object.entries(byMutator).sort()) console.log(`  ${name.padEnd(22)} ${String(n).padStart(6)} ${maxMs.toFixed(0).padStart(7)}`);
  console.log(`messages: ${messageCount} fuzzed, ${accepted} accepted, ${messageFailures} failures`);
  console.log(failures || messageFailures ? `${failures + messageFailures} failures (inputs saved under ${outDir})` : 'no failures');
  process.exit(failures || messageFailures ? 1 : 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
