import { loadGold, devPagePath } from '../tests/gold/score';
import type { AttributionScore, AttributionTotals } from '../tests/gold/attribution-level';
import { evaluateSplit, loadTestGold, testPagePath, type SourceTotals } from '../tests/gold/test-split';
import { loadDatasetIndexFromSources } from './dataset-files';

/**
 * Quality figures of the gold sets, side by side: the dev split (tests/gold/*.json, used while rules were written)
 * and the held-back test split (tests/gold/test, never tuned on), both through the full pipeline (lib/analyze).
 * Only totals are printed: the test split's per-page errors are not shown, so that nobody tunes on them.
 * --dev-detail runs the dev split alone and prints its per-page attribution-level misses (the test split is not run).
 * usage: npx tsx scripts/gold-report.ts [--json] [--dev-detail]
 */
const ROWS: [keyof SourceTotals, string][] = [
  ['precision', 'named-source precision (merged = wrong)'],
  ['recall', 'source recall'],
  ['roleAccuracy', 'role accuracy'],
  ['splitShare', 'sources split under two names'],
  ['kindAccuracy', 'kind accuracy'],
];

const ATTRIBUTION_ROWS: [keyof AttributionTotals, string][] = [
  ['recall', 'attribution recall (content found)'],
  ['sourceRight', 'source right, of those found'],
  ['precision', 'listed ones matching a gold one'],
  ['cueAgreement', 'cue agrees (not a target)'],
];

const fmt = (n: number) => n.toFixed(3);

function printDevPage(s: AttributionScore) {
  if (!s.missed.length && !s.wrongSource.length && !s.unmatched.length) return;
  console.log(`\n[dev] ${s.page}: ${s.found}/${s.gold} found, ${s.sourceRight} source right, ${s.listedMatching}/${s.listed} listed match`);
  for (const m of s.missed) console.log(`  missed      ${m}`);
  for (const w of s.wrongSource) console.log(`  wrong source ${w}`);
  for (const u of s.unmatched) console.log(`  unmatched   ${u}`);
}

async function main() {
  const json = process.argv.includes('--json');
  const index = await loadDatasetIndexFromSources();
  const devGold = loadGold();
  const testGold = loadTestGold();
  if (process.argv.includes('--dev-detail')) {
    const dev = await evaluateSplit(devGold, devPagePath, index, printDevPage);
    console.log(`\ndev attribution level: ${JSON.stringify(dev.attributions)}`);
    return;
  }
  const dev = await evaluateSplit(devGold, devPagePath, index);
  const test = await evaluateSplit(testGold, testPagePath, index);
  if (json) {
    console.log(JSON.stringify({ dev, test }, null, 2));
    return;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('attribution', 42)}${pad(`dev (${devGold.length} pages)`, 18)}test (${testGold.length} pages)`);
  for (const [field, label] of ROWS) console.log(`${pad(`  ${label}`, 42)}${pad(fmt(dev.sources[field]), 18)}${fmt(test.sources[field])}`);
  const counts = (s: SourceTotals) => `${s.listed} listed, ${s.correct} right, ${s.gold} gold, ${s.merged} merged, ${s.credits} credits, ${s.padded} names with extra words`;
  console.log(`${pad('  counts', 42)}dev: ${counts(dev.sources)}\n${pad('', 42)}test: ${counts(test.sources)}`);
  console.log(`${pad('  pages refused by extraction', 42)}${pad(String(dev.refused), 18)}${test.refused}`);
  const da = dev.attributions;
  const ta = test.attributions;
  if (da || ta) {
    console.log(`\nattribution level (cue plus content plus source)`);
    const cell = (t: AttributionTotals | null, field: keyof AttributionTotals) => (t ? fmt(t[field]) : '–');
    for (const [field, label] of ATTRIBUTION_ROWS) console.log(`${pad(`  ${label}`, 42)}${pad(cell(da, field), 18)}${cell(ta, field)}`);
    const n = (t: AttributionTotals | null) => (t ? `${t.gold} gold on ${t.pages} pages, ${t.listed} listed` : 'no gold');
    console.log(`${pad('  counts', 42)}dev: ${n(da)}\n${pad('', 42)}test: ${n(ta)}`);
  }
  const c = test.claims;
  if (c) {
    console.log(`\nclaims (test split only; the dev gold has no claims)`);
    console.log(`  recall of each page's top-3 claims        ${fmt(c.topRecall)}`);
    console.log(`  flagged claims a checker would pick       ${fmt(c.precision)}`);
    console.log(`  max flagged claims per 100 words          ${c.maxPer100Words.toFixed(2)}`);
    console.log(`  flagged claims                            ${c.flagged} on ${c.pages} pages (${c.meanPerPage.toFixed(1)} a page)`);
  }
}

void main();
