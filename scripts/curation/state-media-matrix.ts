/**
 * One-off curation: generates data/outlets/state-media-matrix.json from the shared State Media Matrix CSV.
 * Re-run with `npx tsx scripts/curation/state-media-matrix.ts` after editing the hand-curated outlet files:
 * outlets that a hand-curated record already covers are dropped here, so each outlet has one record.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coveredBy, outletsFromRows, readMatrixRows } from '../../lib/dataset/importers/state-media-matrix';
import type { Outlet } from '../../lib/dataset/schema';

const ROOT = join(import.meta.dirname, '../..');
const CSV = join(ROOT, '../shared/data/state-media-matrix/State_Media_Matrix.csv');
const OUT_NAME = 'state-media-matrix.json';
const OUT = join(ROOT, 'data/outlets', OUT_NAME);
const DATE = '2026-11-25';

/**
 * Domains checked by hand where the importer's path rule guesses wrong: the path is a landing page of
 * the whole site, not a section owned by one outlet. null drops the row (a URL that names no outlet).
 */
const DOMAIN_OVERRIDES: Record<string, string | null> = {
  'https://www.ip.gov.py/ip/': 'ip.gov.py',
  'https://www.jornaldeangola.ao/ao/': 'jornaldeangola.ao',
  'https://www.socar.az/socar/en/home': 'socar.az',
  'https://old.xalqqazeti.com/en': 'xalqqazeti.com',
  // "ww." is a typo for "www." in the matrix.
  'https://ww.ukrinform.net/': 'ukrinform.net',
  // A test host of the BBC; bbc.com and bbc.co.uk cover it.
  'https://test.bbc.com/': null,
};

const { rows, errors, warnings } = readMatrixRows(readFileSync(CSV, 'utf8'));
const kept = rows.flatMap((row) => {
  const override = DOMAIN_OVERRIDES[row.url];
  if (override === null) return [];
  return [override === undefined ? row : { ...row, domain: override }];
});
const built = outletsFromRows(kept, { reviewed: DATE, accessed: DATE });

const curated: Outlet[] = readdirSync(join(ROOT, 'data/outlets'))
  .filter((name) => name.endsWith('.json') && name !== OUT_NAME)
  .flatMap((name) => JSON.parse(readFileSync(join(ROOT, 'data/outlets', name), 'utf8')) as Outlet[]);
const curatedDomains = curated.flatMap((o) => o.domains.map((d) => [d, o.id] as const));

const dropped: string[] = [];
const outlets = built.outlets.filter((outlet) => {
  const overlap = outlet.domains.flatMap((d) => curatedDomains.filter(([cd]) => coveredBy(d, cd) || coveredBy(cd, d)));
  if (!overlap.length) return true;
  const by = [...new Set(overlap.map(([, id]) => id))].join(', ');
  const lost = outlet.domains.filter((d) => !curatedDomains.some(([cd]) => coveredBy(d, cd)));
  dropped.push(`${outlet.id} -> ${by}${lost.length ? ` (domains not in the hand-curated record: ${lost.join(', ')})` : ''}`);
  return false;
});

writeFileSync(OUT, `${JSON.stringify(outlets, null, 2)}\n`);
console.error(`rows read: ${rows.length}; errors: ${errors.length + built.errors.length}; skipped: ${warnings.length}`);
for (const line of [...errors, ...built.errors]) console.error(`  error: ${line}`);
console.error(`rows left out because another company owns their domain: ${built.dropped.length}`);
for (const line of built.dropped) console.error(`  shared domain: ${line}`);
console.error(`outlets generated: ${built.outlets.length}; dropped as hand-curated: ${dropped.length}; written: ${outlets.length}`);
for (const line of dropped) console.error(`  dropped: ${line}`);
