/**
 * Bench: a fact-checker's full ClaimReview feed, 100,000 reviews.
 *
 *   npx tsx scripts/bench-reviews.ts            # prints JSON
 *
 * Measures reading the feed (the importer, in chunks of MAX_IMPORT_RECORDS as the overlay takes them), building the
 * background's index with the imported records merged over the bundled dataset (what the first request after a
 * cold start pays when such an overlay is stored), and matching one article's claims against it. The reviews are
 * synthetic but shaped like real ones (a claimant, a claim sentence from realistic vocabularies, a rating).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectClaims } from '../lib/claims/detect';
import { matchClaim } from '../lib/claims/match';
import { contentTokens, stem } from '../lib/claims/terms';
import type { CompiledDataset } from '../lib/dataset/compile';
import { createDatasetIndex } from '../lib/dataset/dataset-index';
import { importClaimReviewValue } from '../lib/dataset/importers/claim-review';
import { MAX_IMPORT_RECORDS } from '../lib/dataset/importers/types';
import { indexWithOverlay } from '../lib/dataset/overlay-index';
import type { ClaimRecord } from '../lib/dataset/schema';
import { extractPage } from '../lib/extract/extract-page';
import { COMPILED_PATH } from './dataset-files';
import { median, round } from './bench-stats';
import { parseHtml } from './node-dom';

const FIXTURE = new URL('../tests/fixtures/rferl-russia-envoys-syria.html', import.meta.url);
const FIXTURE_URL = 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html';

const SUBJECTS = ['Vaccines', 'The election', 'Russian air strikes', 'The new tax', 'Migrants', 'The hospital', 'The central bank', 'The army', 'The flood', 'The minister'];
const VERBS = ['caused', 'never happened in', 'doubled in', 'were faked in', 'killed hundreds in', 'cost billions in', 'were banned in', 'were rigged in'];
const PLACES = ['Syria', 'Ukraine', 'Gaza', 'France', 'Brazil', 'Kenya', 'India', 'Texas', 'Mexico', 'Nigeria'];

const SYLLABLES = ['ka', 'ro', 'mi', 'tas', 'vel', 'dor', 'nu', 'sha', 'bel', 'qui', 'zan', 'lo', 'pre', 'gat', 'ur', 'fen', 'sol', 'mar', 'ix', 'tor'];
/** A made-up surname per review number (20^3 = 8,000 of them), as real claims name who made them. */
const surname = (i: number) => {
  const n = (i * 7919) % 8000;
  const w = SYLLABLES[n % 20]! + SYLLABLES[Math.floor(n / 20) % 20]! + SYLLABLES[Math.floor(n / 400) % 20]!;
  return w[0]!.toUpperCase() + w.slice(1);
};

export function syntheticReviews(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    '@type': 'ClaimReview',
    url: `https://checks.example/review/${i}`,
    claimReviewed: `Senator ${surname(i)} says ${SUBJECTS[i % SUBJECTS.length]!.toLowerCase()} ${VERBS[(i >> 3) % VERBS.length]} ${PLACES[(i >> 6) % PLACES.length]}`,
    datePublished: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: `Senator ${surname(i)}` } },
    reviewRating: { '@type': 'Rating', alternateName: i % 3 ? 'False' : 'Misleading' },
    author: { '@type': 'Organization', name: 'Example Checks' },
  }));
}

export function measureImportedReviews(count = 100_000, runs = 100) {
  const reviews = syntheticReviews(count);
  const feedChars = JSON.stringify({ '@type': 'DataFeed', dataFeedElement: reviews }).length;
  const claims: ClaimRecord[] = [];
  const t0 = performance.now();
  for (let i = 0; i < reviews.length; i += MAX_IMPORT_RECORDS) {
    const result = importClaimReviewValue(reviews.slice(i, i + MAX_IMPORT_RECORDS), { today: '2026-12-07' });
    if (result.errors.length) throw new Error(result.errors[0]);
    claims.push(...result.records.claims);
  }
  const importMs = performance.now() - t0;

  const compiled = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as CompiledDataset;
  const overlay = { schemaVersion: 1 as const, importedAt: '2026-12-07T00:00:00Z', records: { outlets: [], entities: [], claims } };
  const coldBundled = performance.now();
  createDatasetIndex(compiled);
  const bundledMs = performance.now() - coldBundled;
  const t1 = performance.now();
  const index = indexWithOverlay(compiled, overlay, (error) => {
    throw error;
  });
  const indexMs = performance.now() - t1;

  const result = extractPage(parseHtml(readFileSync(FIXTURE, 'utf8'), FIXTURE_URL), FIXTURE_URL);
  if (result.status !== 'ok') throw new Error('fixture did not extract');
  const { page } = result;
  const detected = detectClaims(page.paragraphs, [], page.lang);
  const context = { articleStems: new Set(page.paragraphs.flatMap((p) => contentTokens(p)).map(stem)), publishedTime: page.publishedTime };
  const matchAll = () => detected.map((d) => matchClaim({ text: d.text, numbers: d.numbers, claimant: null, claimantId: null }, index, context));
  for (let i = 0; i < 20; i++) matchAll();
  const samples = Array.from({ length: runs }, () => {
    const t = performance.now();
    matchAll();
    return performance.now() - t;
  });
  // A paraphrase of review 4242 ("Senator X says russian air strikes doubled in India"), in an undated article.
  const probe = `${surname(4242)} told voters that the number of Russian air strikes had doubled.`;
  const found = matchClaim({ text: probe, numbers: [], claimant: null, claimantId: null }, index, { ...context, publishedTime: null }).length > 0;
  // What storage.local would have to hold: it is capped at 10 MB without the unlimitedStorage permission.
  const storedOverlayMB = round(JSON.stringify(overlay).length / 1e6, 1);
  return {
    importedReviews: claims.length,
    storedOverlayMB,
    storedOverlayFitsStorageLocal10MB: storedOverlayMB < 10,
    reviewFeedMB: round(feedChars / 1e6, 1),
    reviewImportMsPer100k: round((importMs * 100_000) / count, 0),
    backgroundIndexBundledOnlyMs: round(bundledMs, 1),
    backgroundIndexWith100kReviewsMs: round(indexMs, 0),
    backgroundIndexColdStartRatio: round(indexMs / Math.max(bundledMs, 0.001), 1),
    claimMatchMsWith100kReviews: round(median(samples), 3),
    claimsPerArticle: detected.length,
    reviewParaphraseFoundAt100k: found,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(measureImportedReviews(), null, 2));
}
