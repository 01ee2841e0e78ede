import type { Attribution } from '../../lib/model/analysis';
import { normalizeName } from '../../lib/text/normalize';
import type { GoldSpeaker } from './score';

/**
 * Attribution-level scoring (issue 17: cue plus content plus source), shared by the dev and test splits: each gold
 * attribution is one sentence of content the article presents as said by one gold source (see the README).
 */

export interface GoldAttribution {
  /** The gold speaker entry's `speaker` string. */
  source: string;
  /** Other gold speakers equally right: a body that speaks through its named spokesperson. */
  alsoSource?: string[];
  /** The cue as in the text ("said", "according to", ":"); empty for a further sentence of the same quote. */
  cue: string;
  /** Exact substring of the page text. */
  content: string;
}

type Found = Pick<Attribution, 'speaker' | 'text' | 'cue' | 'mode'>;

const words = (text: string) => normalizeName(text).split(' ').filter(Boolean);

/** Length of the longest run of consecutive words the two texts share. */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    previous = row;
  }
  return best;
}

/**
 * A found content is the gold content when they share an unbroken run of words covering at least half of the gold
 * (the found content holds the sentence, or most of it), or at least half of a found content of four words or more
 * (a piece of the sentence). An unbroken run, not a bag of words, so that shared function words never match.
 */
export function contentMatches(gold: string, found: string): boolean {
  const g = words(gold);
  const f = words(found);
  if (!g.length || !f.length) return false;
  const run = longestSharedRun(g, f);
  return run >= Math.ceil(g.length / 2) || (f.length >= 4 && run >= Math.ceil(f.length / 2));
}

export interface AttributionScore {
  page: string;
  gold: number;
  /** Gold attributions some engine attribution's content matches. */
  found: number;
  /** Of those, the ones where a matching engine attribution names the gold source (or an accepted name of it). */
  sourceRight: number;
  /** Of those found with a cue in the gold, the ones where a matching engine attribution's cue shares a word with it. */
  cueChecked: number;
  cueAgree: number;
  /** Engine attributions listed, and those whose content matches some gold attribution. */
  listed: number;
  listedMatching: number;
  missed: string[];
  wrongSource: string[];
  unmatched: string[];
}

/**
 * Scores a page's engine attributions against its gold attributions; names compare as `nameKey` normalises them.
 * Credits (mode "credit": photo credits, "Reporting by") are not statements and are left out here; the source-level
 * scorer already counts a credit listed as a source as wrong.
 */
export function scoreAttributions(
  gold: { page: string; speakers: readonly GoldSpeaker[]; attributions: readonly GoldAttribution[] },
  found: readonly Found[],
  nameKey: (name: string) => string,
): AttributionScore {
  const listed = found.filter((f) => f.mode !== 'credit');
  const namesOf = (source: string) => {
    const g = gold.speakers.find((s) => s.speaker === source);
    return [source, ...(g?.accept ?? [])].map(nameKey);
  };
  const score: AttributionScore = { page: gold.page, gold: gold.attributions.length, found: 0, sourceRight: 0, cueChecked: 0, cueAgree: 0, listed: listed.length, listedMatching: 0, missed: [], wrongSource: [], unmatched: [] };
  for (const g of gold.attributions) {
    const matching = listed.filter((f) => contentMatches(g.content, f.text));
    if (!matching.length) {
      score.missed.push(`${g.source}: ${g.content}`);
      continue;
    }
    score.found++;
    const names = [g.source, ...(g.alsoSource ?? [])].flatMap(namesOf);
    if (matching.some((f) => names.includes(nameKey(f.speaker)))) score.sourceRight++;
    else score.wrongSource.push(`${g.source} (found ${matching.map((f) => f.speaker).join(', ')}): ${g.content}`);
    const cue = new Set(words(g.cue));
    if (cue.size) {
      score.cueChecked++;
      if (matching.some((f) => words(f.cue).some((w) => cue.has(w)))) score.cueAgree++;
    }
  }
  for (const f of listed) {
    if (gold.attributions.some((g) => contentMatches(g.content, f.text))) score.listedMatching++;
    else score.unmatched.push(`${f.speaker}: ${f.text}`);
  }
  return score;
}

export interface AttributionTotals {
  pages: number;
  gold: number;
  listed: number;
  /** Share of gold attributions found (content matched). */
  recall: number;
  /** Share of those found whose source is right. */
  sourceRight: number;
  /** Share of listed attributions that match a gold attribution. */
  precision: number;
  /** Share of found attributions (with a cue in the gold) whose cue agrees; reported, not a target. */
  cueAgreement: number;
}

const ratio = (n: number, d: number) => (d ? n / d : 1);
const sum = (scores: readonly AttributionScore[], f: (s: AttributionScore) => number) => scores.reduce((n, s) => n + f(s), 0);

export function attributionTotals(scores: readonly AttributionScore[]): AttributionTotals {
  const found = sum(scores, (s) => s.found);
  return {
    pages: scores.length,
    gold: sum(scores, (s) => s.gold),
    listed: sum(scores, (s) => s.listed),
    recall: ratio(found, sum(scores, (s) => s.gold)),
    sourceRight: ratio(sum(scores, (s) => s.sourceRight), found),
    precision: ratio(sum(scores, (s) => s.listedMatching), sum(scores, (s) => s.listed)),
    cueAgreement: ratio(sum(scores, (s) => s.cueAgree), sum(scores, (s) => s.cueChecked)),
  };
}
