import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAttributions, type FoundAttribution } from '../../lib/attribution';
import { extractPage } from '../../lib/extract/extract-page';
import { normalizeName } from '../../lib/text/normalize';
import { declaredUrl, parseHtml } from '../../scripts/node-dom';
import type { GoldAttribution } from './attribution-level';

export interface GoldSpeaker {
  speaker: string;
  kind: string;
  role?: string | string[] | null;
  accept?: string[];
}
export interface GoldPage {
  page: string;
  lang: string | null;
  speakers: GoldSpeaker[];
  /** Attribution-level gold (see the README and attribution-level.ts). */
  attributions?: GoldAttribution[];
}

export const GOLD_DIR = join(import.meta.dirname, '.');
export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/readability-test-pages');

export function loadGold(): GoldPage[] {
  return readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldPage);
}

/** Pages written for the gold set itself (the dev set), kept beside it; the others come from the shared corpus. */
export const LOCAL_PAGES_DIR = join(import.meta.dirname, 'pages');

/** Where a dev page's HTML lives: beside the gold set when written for it, else in the shared corpus. */
export function devPagePath(page: string): string {
  const local = join(LOCAL_PAGES_DIR, `${page}.html`);
  return existsSync(local) ? local : join(CORPUS_DIR, page, 'source.html');
}

/** Extracts a corpus page the way the CLI does (URL from its canonical link) and finds its attributions. */
export function attributionsOf(page: string): FoundAttribution[] {
  const html = readFileSync(devPagePath(page), 'utf8');
  const url = declaredUrl(parseHtml(html, 'https://example.invalid/')) ?? 'https://example.invalid/';
  const result = extractPage(parseHtml(html, url), url);
  if (result.status !== 'ok') return [];
  return findAttributions(result.page.paragraphs, result.page.lang);
}

export const key = (name: string) => normalizeName(name).replace(/^(a|an|some|our|most|many) /, '');

function goldMatches(found: FoundAttribution, gold: readonly GoldSpeaker[]): GoldSpeaker[] {
  const name = key(found.speaker);
  return gold.filter((g) => [g.speaker, ...(g.accept ?? [])].some((n) => key(n) === name));
}

export function roleMatches(expected: string | string[] | null, found: string | null): boolean {
  if (expected === null) return found === null;
  if (!found) return false;
  const f = key(found);
  return (Array.isArray(expected) ? expected : [expected]).some((e) => {
    const g = key(e);
    return f.includes(g) || g.includes(f);
  });
}

export interface PageScore {
  page: string;
  foundSpeakers: string[];
  falseSpeakers: string[];
  missed: string[];
  goldCount: number;
  matchedGold: number;
  roleChecked: number;
  roleCorrect: number;
  roleErrors: string[];
  kindCorrect: number;
}

/** Speaker-level scoring: distinct found speakers against the page's gold speakers. */
export function scorePage(gold: GoldPage, found: readonly FoundAttribution[]): PageScore {
  const bySpeaker = new Map<string, FoundAttribution>();
  for (const f of found) if (!bySpeaker.has(key(f.speaker))) bySpeaker.set(key(f.speaker), f);
  const matched = new Map<GoldSpeaker, FoundAttribution>();
  const falseSpeakers: string[] = [];
  // A found speaker counts once; when it fits several gold speakers ("officials") it takes one not yet found.
  for (const f of bySpeaker.values()) {
    const candidates = goldMatches(f, gold.speakers);
    if (candidates.length === 0) falseSpeakers.push(f.speaker);
    const g = candidates.find((c) => !matched.has(c));
    if (g) matched.set(g, f);
  }
  let roleChecked = 0;
  let roleCorrect = 0;
  let kindCorrect = 0;
  const roleErrors: string[] = [];
  for (const [g, f] of matched) {
    if (g.kind === f.kind) kindCorrect++;
    if (g.role === undefined) continue;
    roleChecked++;
    // The role may be stated on any of the speaker's attributions.
    const roles = found.filter((a) => key(a.speaker) === key(f.speaker)).map((a) => a.role);
    if (roles.some((r) => roleMatches(g.role ?? null, r))) roleCorrect++;
    else roleErrors.push(`${g.speaker}: expected ${JSON.stringify(g.role)}, got ${JSON.stringify(f.role)}`);
  }
  return {
    page: gold.page,
    foundSpeakers: [...bySpeaker.values()].map((f) => f.speaker),
    falseSpeakers,
    missed: gold.speakers.filter((g) => !matched.has(g)).map((g) => g.speaker),
    goldCount: gold.speakers.length,
    matchedGold: matched.size,
    roleChecked,
    roleCorrect,
    roleErrors,
    kindCorrect,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  roleAccuracy: number;
  kindAccuracy: number;
  found: number;
  correct: number;
  gold: number;
}

export function totals(scores: readonly PageScore[]): Totals {
  const found = scores.reduce((n, s) => n + s.foundSpeakers.length, 0);
  const falses = scores.reduce((n, s) => n + s.falseSpeakers.length, 0);
  const gold = scores.reduce((n, s) => n + s.goldCount, 0);
  const matched = scores.reduce((n, s) => n + s.matchedGold, 0);
  const roleChecked = scores.reduce((n, s) => n + s.roleChecked, 0);
  const roleCorrect = scores.reduce((n, s) => n + s.roleCorrect, 0);
  const kindCorrect = scores.reduce((n, s) => n + s.kindCorrect, 0);
  return {
    precision: found ? (found - falses) / found : 1,
    recall: gold ? matched / gold : 1,
    roleAccuracy: roleChecked ? roleCorrect / roleChecked : 1,
    kindAccuracy: matched ? kindCorrect / matched : 1,
    found,
    correct: found - falses,
    gold,
  };
}
