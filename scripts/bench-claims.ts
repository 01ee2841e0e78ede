/**
 * Bench: matching one article's claims against 1,000 / 10,000 / 100,000 claim records.
 *
 *   npx tsx scripts/bench-claims.ts            # prints JSON
 *
 * The records are synthetic but shaped like real ones: four keyword concepts each (an actor, an event, an object or
 * unit, a place) drawn from vocabularies of realistic size, so that the words of the seed article (Russia, strikes,
 * killed, Syria) grow common as the dataset grows, which is the hard case for an inverted index. The seed's real
 * claim records are added to every synthetic dataset, and the bench reports whether they are still found.
 *
 * `measureClaimMatching()` is exported for `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectClaims } from '../lib/claims/detect';
import { matchClaim } from '../lib/claims/match';
import { contentTokens, stem } from '../lib/claims/terms';
import { compileDataset } from '../lib/dataset/compile';
import { createDatasetIndex, type DatasetIndex } from '../lib/dataset/dataset-index';
import * as v from 'valibot';
import { ClaimRecordSchema, type ClaimRecord } from '../lib/dataset/schema';
import { extractPage } from '../lib/extract/extract-page';
import { parseHtml } from './node-dom';
import { median, round } from './bench-stats';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'tests/fixtures/rferl-russia-envoys-syria.html');
const FIXTURE_URL = 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html';

/** Deterministic PRNG (mulberry32), so every run benches the same datasets. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tas', 'vel', 'dor', 'nu', 'sha', 'bel', 'qui', 'zan', 'lo', 'pre', 'gat', 'ur', 'fen', 'sol', 'mar', 'ix', 'tor'];
function word(random: () => number, syllables = 3): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return w;
}

// Real words the seed article uses, mixed into the synthetic vocabularies at realistic rates.
const REAL_ACTORS = ['Russia|Russian|Moscow', 'Syrian government|Assad', 'United States|US-led coalition', 'Turkey|Turkish', 'Israel|Israeli', 'Ukraine|Ukrainian', 'Iran|Iranian', 'Islamic State|ISIS'];
const REAL_EVENTS = ['killed|deaths|dead|toll', 'air strikes|airstrikes|strikes|bombing', 'wounded|injured', 'displaced|fled', 'arrested|detained', 'denied|dismissed|fake', 'spent|budget|cost', 'votes|election'];
const REAL_OBJECTS = ['civilians|non-combatants', 'hospitals|clinics|medical facilities', 'schools', 'children', 'soldiers|troops', 'refugees', 'journalists', 'homes|buildings'];
const REAL_PLACES = ['Syria|Syrie|Сирия', 'Ukraine|Украина', 'Gaza', 'Yemen', 'Iraq', 'Afghanistan', 'Sudan', 'Myanmar'];
const UNITS = ['people', 'civilians', 'strikes', 'hospitals', 'dollars', 'percent', 'soldiers', 'refugees'];

export function syntheticClaims(count: number, seed = 42): ClaimRecord[] {
  const random = rng(seed);
  // Vocabulary sizes: a few hundred actors and events, thousands of objects, tens of thousands of places and names.
  const actors = [...REAL_ACTORS, ...Array.from({ length: 400 }, () => word(random))];
  const events = [...REAL_EVENTS, ...Array.from({ length: 120 }, () => `${word(random, 2)}|${word(random, 3)}`)];
  const objects = [...REAL_OBJECTS, ...Array.from({ length: 2000 }, () => word(random))];
  const places = [...REAL_PLACES, ...Array.from({ length: 20000 }, () => word(random, 4))];
  const pick = <T>(list: readonly T[], realShare: number, realCount: number): T => {
    if (random() < realShare) return list[Math.floor(random() * realCount)]!;
    return list[realCount + Math.floor(random() * (list.length - realCount))]!;
  };
  const records: ClaimRecord[] = [];
  for (let i = 0; i < count; i++) {
    const actor = pick(actors, 0.3, REAL_ACTORS.length);
    const event = pick(events, 0.3, REAL_EVENTS.length);
    const object = pick(objects, 0.2, REAL_OBJECTS.length);
    const place = pick(places, 0.05, REAL_PLACES.length);
    const year = 2000 + Math.floor(random() * 26);
    const value = Math.floor(random() * 100_000);
    records.push({
      id: `synthetic-${i}`,
      summary: `Synthetic claim ${i}`,
      claimant: word(random, 3),
      quantity: { value, min: null, max: null, qualifier: 'exact' },
      unit: UNITS[Math.floor(random() * UNITS.length)]!,
      event: `${event} ${object}`,
      place: place.split('|')[0]!,
      dateRange: { from: `${year}-01-01`, to: `${year}-12-31` },
      keywords: [actor, event, object, place],
      notes: [],
      sources: [{ url: `https://example.org/${i}`, title: 'synthetic', publisher: 'bench', accessed: '2026-11-25' }],
      reviewed: '2026-11-25',
    });
  }
  return records;
}

function seedRecords(): ClaimRecord[] {
  const json: unknown[] = JSON.parse(readFileSync(join(ROOT, 'data/claims/syria-russia-air-campaign.json'), 'utf8'));
  return json.map((record) => v.parse(ClaimRecordSchema, record));
}

function indexOf(records: ClaimRecord[]): DatasetIndex {
  return createDatasetIndex(compileDataset({ version: 'bench', outlets: [], entities: [], claims: records }));
}

export interface ClaimBench {
  claimMatchMsAt1k: number;
  claimMatchMsAt10k: number;
  claimMatchMsAt100k: number;
  claimMatchScaling100kOver1k: number;
  claimsPerArticle: number;
  runs: number;
  seedMatchFoundAt: Record<string, boolean>;
  /** The first call per dataset, which builds the figure side index: a one-time cost per loaded dataset. */
  firstCallMs: Record<string, number>;
}

/** Median time to match the seed article's detected claims against datasets of 1k, 10k and 100k records. */
export function measureClaimMatching(runs = 300): ClaimBench {
  const result = extractPage(parseHtml(readFileSync(FIXTURE, 'utf8'), FIXTURE_URL), FIXTURE_URL);
  if (result.status !== 'ok') throw new Error('fixture did not extract');
  const page = result.page;
  const detected = detectClaims(page.paragraphs, [], page.lang);
  const articleStems = new Set(page.paragraphs.flatMap((p) => contentTokens(p)).map(stem));
  const context = { articleStems, publishedTime: page.publishedTime };
  const claims = detected.map((d) => ({ text: d.text, numbers: d.numbers, claimant: null, claimantId: null }));
  const seeds = seedRecords();

  const timings: Record<string, number> = {};
  const found: Record<string, boolean> = {};
  const firsts: Record<string, number> = {};
  for (const size of [1_000, 10_000, 100_000]) {
    const index = indexOf([...syntheticClaims(size - seeds.length), ...seeds]);
    const matchAll = () => claims.map((claim) => matchClaim(claim, index, context));
    const cold = performance.now();
    matchAll(); // the first call also builds the figure side index and per-record caches
    firsts[`${size / 1000}k`] = performance.now() - cold;
    for (let i = 0; i < 30; i++) matchAll(); // warm-up (JIT, per-record caches)
    const samples: number[] = [];
    let matched: ReturnType<typeof matchAll> = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      matched = matchAll();
      samples.push(performance.now() - t0);
    }
    const key = `${size / 1000}k`;
    timings[key] = median(samples);
    found[key] = matched.some((ms) => ms.some((m) => m.claimId === 'sohr-russian-strikes-killed-446-oct-2015'));
  }
  return {
    claimMatchMsAt1k: round(timings['1k']!),
    claimMatchMsAt10k: round(timings['10k']!),
    claimMatchMsAt100k: round(timings['100k']!),
    claimMatchScaling100kOver1k: round(timings['100k']! / timings['1k']!),
    claimsPerArticle: claims.length,
    runs,
    seedMatchFoundAt: found,
    firstCallMs: Object.fromEntries(Object.entries(firsts).map(([k, ms]) => [k, round(ms)])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(measureClaimMatching(), null, 2));
}
