import { availableParallelism } from 'node:os';
import { LIMITS } from '../lib/model/limits';
import { listInputs } from './cli/inputs';
import { runPool, type PoolOptions } from './cli/pool';
import { progressLine } from './cli/progress';

/**
 * Past the extension's budget a page is refused after its current step; this refuses a page whose step runs on
 * (Readability takes 20 s on a 1.9 MB discussion thread in Node), so no page holds a worker longer.
 */
const HARD_LIMIT_MS = 5_000;
/** Each worker's heap limit: a page that needs more is refused, as the extension refuses what it cannot read. */
const MAX_HEAP_MB = 512;

const USAGE = `usage: npm run --silent analyze -- [options] PATH [PATH ...]
  PATH                 a saved page (.html) or a folder (every .html/.htm file under it)
  --list FILE          also analyse the paths listed in FILE, one per line ("-" for standard input)
  --json               one JSON object per line (JSON Lines), each with its "file"
  --url URL            the address of every page (default: each page's canonical link or og:url)
  --jobs N             worker threads (default: one per core, ${availableParallelism()} here)
  --no-time-limit      read every page however long it takes (default: the extension's ${LIMITS.extractBudgetMs} ms budget,
                       and no page read for longer than ${HARD_LIMIT_MS / 1000} s)`;

function parseArgs(argv: string[]): { paths: string[]; list: string | null; options: PoolOptions } {
  const paths: string[] = [];
  let list: string | null = null;
  const options: PoolOptions = { url: null, json: false, budgetMs: LIMITS.extractBudgetMs, jobs: availableParallelism(), hardLimitMs: HARD_LIMIT_MS, maxHeapMb: MAX_HEAP_MB };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--url') options.url = argv[++i] ?? null;
    else if (arg === '--list') list = argv[++i] ?? null;
    else if (arg === '--jobs') options.jobs = Math.max(1, Number.parseInt(argv[++i] ?? '', 10) || 1);
    else if (arg === '--no-time-limit') Object.assign(options, { budgetMs: undefined, hardLimitMs: null });
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else paths.push(arg);
  }
  return { paths, list, options };
}

async function main() {
  const { paths, list, options } = parseArgs(process.argv.slice(2));
  const files = listInputs(paths, list);
  if (files.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const progress = progressLine(files.length);
  let failed = 0;
  await runPool(files, options, ({ file, outcome }) => {
    progress.step(file);
    if (outcome.ok) process.stdout.write(`${outcome.output}\n`);
    else {
      failed++;
      progress.end();
      console.error(outcome.error);
    }
  });
  progress.end();
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 2;
});
