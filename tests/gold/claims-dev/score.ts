/**
 * Scores the claim detector against the claims development set (tests/gold/claims-dev/*.json).
 *
 *   npx tsx tests/gold/claims-dev/score.ts          # per-page table and totals, JSON on the last line
 *
 * Each page lists its three most check-worthy claims (`top3`, each a list of acceptable sentence fragments) and
 * other claims a checker could pick (`acceptable`). A flagged claim counts as a hit when its sentence contains one
 * of the fragments. Figures: recall of the top three, share of flagged claims a checker would pick, and the most
 * flagged claims per 100 words on any page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../lib/analyze';
import { extractPage } from '../../../lib/extract/extract-page';
import type { Claim } from '../../../lib/model/analysis';
import { declaredUrl, parseHtml } from '../../../scripts/node-dom';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';

export interface ClaimGoldPage {
  page: string;
  source: string;
  lang: string | null;
  top3: string[][];
  acceptable: string[];
  /** Sentences that must not be flagged (descriptive numbers, scene-setting). */
  mustNotFlag?: string[];
  /** Figure chips that must not appear (a number word inside a name). */
  figureNotAllowed?: string[];
}

const DIR = import.meta.dirname;
const CORPUS = join(DIR, '../../../../shared/corpus/readability-test-pages');

export function loadClaimGold(): ClaimGoldPage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ClaimGoldPage);
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const hits = (claim: Claim, fragment: string) => norm(claim.text).includes(norm(fragment));

export interface PageClaimScore {
  page: string;
  words: number;
  flagged: number;
  top3Found: number;
  top3Total: number;
  picked: number;
  per100Words: number;
  forbiddenFlagged: string[];
  forbiddenFigures: string[];
  claims: Claim[];
}

export async function scoreClaimPages(pages = loadClaimGold()): Promise<PageClaimScore[]> {
  const index = await loadDatasetIndexFromSources();
  return pages.map((gold) => {
    const local = join(DIR, 'pages', `${gold.page}.html`);
    const html = readFileSync(existsSync(local) ? local : join(CORPUS, gold.page, 'source.html'), 'utf8');
    const url = declaredUrl(parseHtml(html, 'https://example.invalid/')) ?? 'https://example.invalid/';
    const result = extractPage(parseHtml(html, url), url);
    if (result.status !== 'ok') throw new Error(`${gold.page}: did not extract (${result.status})`);
    const { claims } = analyze(result.page, index);
    const words = result.page.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
    const allowed = [...gold.top3.flat(), ...gold.acceptable];
    return {
      page: gold.page,
      words,
      flagged: claims.length,
      top3Found: gold.top3.filter((alternatives) => claims.some((c) => alternatives.some((f) => hits(c, f)))).length,
      top3Total: gold.top3.length,
      picked: claims.filter((c) => allowed.some((f) => hits(c, f))).length,
      per100Words: words ? (claims.length * 100) / words : 0,
      forbiddenFlagged: (gold.mustNotFlag ?? []).filter((f) => claims.some((c) => hits(c, f))),
      forbiddenFigures: (gold.figureNotAllowed ?? []).filter((raw) => claims.some((c) => c.numbers.some((n) => n.raw === raw))),
      claims,
    };
  });
}

export function totals(scores: readonly PageClaimScore[]) {
  const sum = (f: (s: PageClaimScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const flagged = sum((s) => s.flagged);
  return {
    pages: scores.length,
    top3Recall: sum((s) => s.top3Found) / sum((s) => s.top3Total),
    pickedShare: flagged ? sum((s) => s.picked) / flagged : 1,
    flagged,
    maxPer100Words: Math.max(...scores.map((s) => s.per100Words)),
    emptyPages: scores.filter((s) => s.flagged === 0).map((s) => s.page),
    forbidden: scores.flatMap((s) => [...s.forbiddenFlagged, ...s.forbiddenFigures.map((f) => `figure "${f}"`)].map((x) => `${s.page}: ${x}`)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = await scoreClaimPages();
  const verbose = process.argv.includes('--verbose');
  for (const s of scores) {
    console.log(`${s.page.padEnd(18)} top3 ${s.top3Found}/${s.top3Total}  picked ${s.picked}/${s.flagged}  ${s.per100Words.toFixed(2)}/100w`);
    if (verbose) for (const c of s.claims) console.log(`    - [${c.checkworthiness}] ${c.text.slice(0, 140)}`);
  }
  const t = totals(scores);
  console.log(JSON.stringify({ ...t, top3Recall: +t.top3Recall.toFixed(3), pickedShare: +t.pickedShare.toFixed(3), maxPer100Words: +t.maxPer100Words.toFixed(2) }));
}
