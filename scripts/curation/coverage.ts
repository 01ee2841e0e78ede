/**
 * Coverage report: how much of the coverage lists (data/coverage/*.csv) the dataset resolves, using the same
 * outlet matching as the extension (outletForUrl over the index compiled fresh from data/).
 *   npx tsx scripts/curation/coverage.ts            # shares overall, by list, country and kind, then what is missing
 *   npx tsx scripts/curation/coverage.ts --json     # machine-readable
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadDatasetIndexFromSources } from '../dataset-files';
import { outletForUrl } from '../../lib/match/outlet';
import { formatShare, parseCoverageCsv, tallyCoverage, type CoverageRow, type Share } from './coverage-tally';

const COVERAGE_DIR = join(DATA_DIR, 'coverage');

function readLists(): { rows: CoverageRow[]; errors: string[] } {
  const rows: CoverageRow[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(COVERAGE_DIR).filter((n) => n.endsWith('.csv')).sort()) {
    const parsed = parseCoverageCsv(name.replace(/\.csv$/, ''), readFileSync(join(COVERAGE_DIR, name), 'utf8'));
    rows.push(...parsed.rows);
    errors.push(...parsed.errors);
  }
  return { rows, errors };
}

function printShares(title: string, shares: Record<string, Share>): void {
  console.log(`\n${title}`);
  const keys = Object.keys(shares).sort((a, b) => shares[b]!.listed - shares[a]!.listed || a.localeCompare(b));
  for (const key of keys) console.log(`  ${key.padEnd(24)} ${formatShare(shares[key]!)}`);
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const { rows, errors } = readLists();
  for (const line of errors) console.error(line);
  const index = await loadDatasetIndexFromSources();
  const tally = tallyCoverage(rows, (domain) => {
    const match = outletForUrl(`https://${domain}/`, index);
    return match ? { id: match.outlet.id, hasOwner: !!match.outlet.owner } : null;
  });
  if (asJson) {
    console.log(JSON.stringify({ errors, ...tally }, null, 2));
  } else {
    console.log(`coverage lists: ${formatShare(tally.overall)} (distinct domains)`);
    printShares('by list', tally.byList);
    printShares('by country', tally.byCountry);
    printShares('by kind', tally.byKind);
    console.log('\nnot resolved');
    for (const [list, domains] of Object.entries(tally.missing)) console.log(`  ${list}: ${domains.join(' ')}`);
  }
  if (errors.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
