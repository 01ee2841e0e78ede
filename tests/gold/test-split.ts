import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import type { DatasetIndex } from '../../lib/dataset/dataset-index';
import { extractPage } from '../../lib/extract/extract-page';
import type { Analysis, Attribution } from '../../lib/model/analysis';
import { normalizeName } from '../../lib/text/normalize';
import { declaredUrl, openHtml } from '../../scripts/node-dom';
import { attributionTotals, scoreAttributions, type AttributionScore, type AttributionTotals } from './attribution-level';
import { GOLD_DIR, key, roleMatches, type GoldPage, type GoldSpeaker } from './score';

/**
 * Scoring of the held-back test split (tests/gold/test, see the README): sources as the reader sees them (the full
 * pipeline, lib/analyze) and check-worthy claims. Pure scoring apart from reading the saved pages.
 */

export const TEST_DIR = join(GOLD_DIR, 'test');

export interface GoldClaim {
  text: string;
  why: string;
}
export interface TestGoldSpeaker extends GoldSpeaker {
  /** A joint statement ("the Russian and Syrian defence ministries said in a joint statement"): one source. */
  joint?: boolean;
}
export interface TestGoldPage extends GoldPage {
  split: 'test';
  beat: string;
  source: string;
  speakers: TestGoldSpeaker[];
  claims: { top: GoldClaim[]; acceptable: GoldClaim[] };
}

export function loadTestGold(): TestGoldPage[] {
  return readdirSync(TEST_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(TEST_DIR, file), 'utf8')) as TestGoldPage);
}

export const testPagePath = (page: string) => join(TEST_DIR, 'pages', `${page}.html`);

/** The full pipeline on one saved page (URL from its canonical link, as the CLI does); null when it is refused. */
export async function analyzeFile(path: string, index: DatasetIndex): Promise<Analysis | null> {
  const html = readFileSync(path, 'utf8');
  const probe = openHtml(html, 'https://example.invalid/');
  const url = declaredUrl(probe.document) ?? 'https://example.invalid/';
  await probe.close();
  const opened = openHtml(html, url);
  try {
    const result = extractPage(opened.document, url);
    return result.status === 'ok' ? analyze(result.page, index) : null;
  } finally {
    await opened.close();
  }
}

// ---------------------------------------------------------------- sources

type Listed = Pick<Attribution, 'speaker' | 'kind' | 'role' | 'mode'>;

// A courtesy title is not part of the name: "Mr. Kessler" is the gold "Kessler".
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|me|mme|mlle|herr|frau|sr|sra|dona|dom|pan|pani)\s+/;
export const sourceKey = (name: string) => key(name).replace(HONORIFIC, '');
const namesOf = (g: GoldSpeaker) => [g.speaker, ...(g.accept ?? [])].map(sourceKey).filter(Boolean);
// Two capitalised names joined by a conjunction: "Vindman and Williams", "Pruitt y Lacy".
const CONJOINED = /\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:and|&|et|und|y|e|i|a|и)\s+\p{Lu}/u;

export interface SourceScore {
  page: string;
  /** Distinct sources as listed (one per normalised name). */
  listed: string[];
  wrong: string[];
  /** Wrong sources that fuse two people or bodies. */
  merged: string[];
  /** Wrong sources that are only credit lines (photo, "Reporting by"). */
  credits: string[];
  /** Wrong sources whose name is one gold source's full name with other words stuck to it ("Vorstandschef X Y"). */
  padded: string[];
  missed: string[];
  gold: number;
  found: number;
  /** Gold sources listed under two or more distinct names. */
  split: string[];
  roleChecked: number;
  roleCorrect: number;
  kindCorrect: number;
}

function isMerged(name: string, nameKey: string, speakers: readonly GoldSpeaker[]): boolean {
  if (CONJOINED.test(name)) return true;
  const padded = ` ${nameKey} `;
  return speakers.filter((g) => namesOf(g).some((n) => n.length > 2 && padded.includes(` ${n} `))).length >= 2;
}

/**
 * Distinct listed sources against a page's gold. A listed name is right only when it is a gold source's name or
 * accepted spelling; a name fusing two gold sources never is, unless the gold lists it itself as a joint source.
 */
export function scoreSources(gold: Pick<GoldPage, 'page' | 'speakers'>, listed: readonly Listed[]): SourceScore {
  const byName = new Map<string, Listed[]>();
  for (const a of listed) {
    const k = sourceKey(a.speaker);
    if (k) byName.set(k, [...(byName.get(k) ?? []), a]);
  }
  const matched = new Map<GoldSpeaker, Listed[]>();
  const namesFor = new Map<GoldSpeaker, Set<string>>();
  const wrong: string[] = [];
  const merged: string[] = [];
  const credits: string[] = [];
  const padded: string[] = [];
  for (const [k, attributions] of byName) {
    const name = attributions[0]!.speaker;
    const candidates = gold.speakers.filter((g) => namesOf(g).includes(k));
    if (candidates.length === 0) {
      wrong.push(name);
      if (isMerged(name, k, gold.speakers)) merged.push(name);
      if (attributions.every((a) => a.mode === 'credit')) credits.push(name);
      else if (!merged.includes(name) && gold.speakers.some((g) => g.speaker.includes(' ') && ` ${k} `.includes(` ${sourceKey(g.speaker)} `))) padded.push(name);
      continue;
    }
    // A name fitting several gold sources ("officials") takes one not yet found; only an unambiguous name
    // counts towards a source being split under two names.
    const g = candidates.find((c) => !matched.has(c));
    if (g) matched.set(g, attributions);
    if (candidates.length === 1) namesFor.set(candidates[0]!, (namesFor.get(candidates[0]!) ?? new Set()).add(k));
  }
  let roleChecked = 0;
  let roleCorrect = 0;
  let kindCorrect = 0;
  for (const [g, attributions] of matched) {
    if (g.kind === attributions[0]!.kind) kindCorrect++;
    if (g.role === undefined) continue;
    roleChecked++;
    // The role may be stated on any of the source's statements, under any of its names.
    const all = [...attributions, ...[...(namesFor.get(g) ?? [])].flatMap((n) => byName.get(n) ?? [])];
    if (all.some((a) => roleMatches(g.role ?? null, a.role))) roleCorrect++;
  }
  return {
    page: gold.page,
    listed: [...byName.values()].map((a) => a[0]!.speaker),
    wrong,
    merged,
    credits,
    padded,
    missed: gold.speakers.filter((g) => !matched.has(g)).map((g) => g.speaker),
    gold: gold.speakers.length,
    found: matched.size,
    split: [...namesFor].filter(([, names]) => names.size >= 2).map(([g]) => g.speaker),
    roleChecked,
    roleCorrect,
    kindCorrect,
  };
}

export interface SourceTotals {
  pages: number;
  gold: number;
  listed: number;
  correct: number;
  /** Share of listed sources that are real gold sources (merged speakers and credits count as wrong). */
  precision: number;
  recall: number;
  roleAccuracy: number;
  kindAccuracy: number;
  /** Share of gold sources the engine lists under two or more distinct names. */
  splitShare: number;
  merged: number;
  credits: number;
  padded: number;
}

const ratio = (n: number, d: number, empty = 1) => (d ? n / d : empty);
const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((n, item) => n + f(item), 0);

export function sourceTotals(scores: readonly SourceScore[]): SourceTotals {
  const listed = sum(scores, (s) => s.listed.length);
  const wrong = sum(scores, (s) => s.wrong.length);
  const gold = sum(scores, (s) => s.gold);
  const found = sum(scores, (s) => s.found);
  return {
    pages: scores.length,
    gold,
    listed,
    correct: listed - wrong,
    precision: ratio(listed - wrong, listed),
    recall: ratio(found, gold),
    roleAccuracy: ratio(sum(scores, (s) => s.roleCorrect), sum(scores, (s) => s.roleChecked)),
    kindAccuracy: ratio(sum(scores, (s) => s.kindCorrect), found),
    splitShare: ratio(sum(scores, (s) => s.split.length), gold, 0),
    merged: sum(scores, (s) => s.merged.length),
    credits: sum(scores, (s) => s.credits.length),
    padded: sum(scores, (s) => s.padded.length),
  };
}

// ---------------------------------------------------------------- claims

const words = (text: string) => normalizeName(text).split(' ').filter(Boolean);

/**
 * A flagged claim (its sentence) is a gold claim when the gold text lies inside it, or when the two overlap
 * heavily: nearly all of the gold's words are in it, or it is a piece of a gold claim that spans sentences.
 */
export function claimMatches(flagged: string, gold: string): boolean {
  const f = words(flagged);
  const g = words(gold);
  if (!g.length || !f.length) return false;
  if (` ${f.join(' ')} `.includes(` ${g.join(' ')} `)) return true;
  const inFlagged = new Set(f);
  const inGold = new Set(g);
  const goldCovered = g.filter((w) => inFlagged.has(w)).length / g.length;
  const flaggedInside = f.filter((w) => inGold.has(w)).length / f.length;
  return goldCovered >= 0.9 || (flaggedInside >= 0.8 && goldCovered >= 0.4);
}

export interface ClaimScore {
  page: string;
  words: number;
  flagged: number;
  /** Flagged claims that are among the page's top or acceptable gold claims. */
  flaggedGood: number;
  top: number;
  topFound: number;
}

export function scoreClaims(gold: TestGoldPage, flagged: readonly string[], wordCount: number): ClaimScore {
  const any = [...gold.claims.top, ...gold.claims.acceptable];
  return {
    page: gold.page,
    words: wordCount,
    flagged: flagged.length,
    flaggedGood: flagged.filter((f) => any.some((g) => claimMatches(f, g.text))).length,
    top: gold.claims.top.length,
    topFound: gold.claims.top.filter((g) => flagged.some((f) => claimMatches(f, g.text))).length,
  };
}

export interface ClaimTotals {
  pages: number;
  flagged: number;
  /** Share of the pages' top-3 claims that were flagged. */
  topRecall: number;
  /** Share of flagged claims that a checker would pick (top or acceptable). */
  precision: number;
  maxPer100Words: number;
  meanPerPage: number;
}

export function claimTotals(scores: readonly ClaimScore[]): ClaimTotals {
  const flagged = sum(scores, (s) => s.flagged);
  return {
    pages: scores.length,
    flagged,
    topRecall: ratio(sum(scores, (s) => s.topFound), sum(scores, (s) => s.top)),
    precision: ratio(sum(scores, (s) => s.flaggedGood), flagged),
    maxPer100Words: Math.max(0, ...scores.map((s) => (s.words ? (100 * s.flagged) / s.words : 0))),
    meanPerPage: ratio(flagged, scores.length, 0),
  };
}

// ---------------------------------------------------------------- a whole split

export interface SplitResult {
  sources: SourceTotals;
  claims: ClaimTotals | null;
  /** Attribution level (cue plus content plus source), over the pages whose gold lists attributions. */
  attributions: AttributionTotals | null;
  /** Pages the extraction refused (they count with nothing found). */
  refused: number;
}

/** Runs the full pipeline on every page of a split and scores it; claims only where the gold has them. */
export async function evaluateSplit(
  pages: readonly (GoldPage & Partial<Pick<TestGoldPage, 'claims'>>)[],
  pathOf: (page: string) => string,
  index: DatasetIndex,
  /** Receives each page's attribution-level score; for the dev split only (the test split's pages are never shown). */
  onAttributionPage?: (score: AttributionScore) => void,
): Promise<SplitResult> {
  const sources: SourceScore[] = [];
  const claims: ClaimScore[] = [];
  const attributions: AttributionScore[] = [];
  let refused = 0;
  for (const gold of pages) {
    const analysis = await analyzeFile(pathOf(gold.page), index);
    if (!analysis) refused++;
    sources.push(scoreSources(gold, analysis?.attributions ?? []));
    if (gold.attributions) {
      const score = scoreAttributions({ ...gold, attributions: gold.attributions }, analysis?.attributions ?? [], sourceKey);
      attributions.push(score);
      onAttributionPage?.(score);
    }
    if (gold.claims) {
      const flagged = (analysis?.claims ?? []).map((c) => c.text);
      claims.push(scoreClaims(gold as TestGoldPage, flagged, analysis?.article.wordCount ?? 0));
    }
  }
  return {
    sources: sourceTotals(sources),
    claims: claims.length ? claimTotals(claims) : null,
    attributions: attributions.length ? attributionTotals(attributions) : null,
    refused,
  };
}
