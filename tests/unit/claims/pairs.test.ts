import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { contentTokens, stem } from '../../../lib/claims/terms';
import { loadClaimsIndex } from './dataset';
import { PAIRS, type Pair } from './pairs';

let index: DatasetIndex;
beforeAll(() => {
  index = loadClaimsIndex();
});

function predict(pair: Pair) {
  const articleStems = new Set([pair.text, pair.article ?? ''].flatMap((t) => contentTokens(t)).map(stem));
  return matchClaim(
    { text: pair.text, numbers: findNumbers(pair.text, pair.lang ?? 'en'), claimant: pair.claimant ?? null, claimantId: pair.claimantId ?? null },
    index,
    { articleStems, publishedTime: pair.published ?? null },
  );
}

describe('claim matching on hand-written pairs', () => {
  it('has at least 60 pairs, with positives and negatives in English, French and Russian', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['fr', 'ru']) {
      expect(PAIRS.some((p) => p.lang === lang && p.match)).toBe(true);
      expect(PAIRS.some((p) => p.lang === lang && !p.match)).toBe(true);
    }
  });

  it('every pair names a claim record that exists', () => {
    const ids = new Set(index.claims.map((c) => c.id));
    expect(PAIRS.filter((p) => !ids.has(p.claimId)).map((p) => p.claimId)).toEqual([]);
  });

  it('reaches precision >= 0.95 and recall >= 0.85', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const errors: string[] = [];
    for (const pair of PAIRS) {
      const matched = predict(pair).some((m) => m.claimId === pair.claimId);
      if (matched && pair.match) tp++;
      else if (matched && !pair.match) {
        fp++;
        errors.push(`FP ${pair.claimId}: ${pair.text} (${pair.why ?? ''})`);
      } else if (!matched && pair.match) {
        fn++;
        errors.push(`FN ${pair.claimId}: ${pair.text}`);
      } else tn++;
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `claim pairs: ${PAIRS.length} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}); precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (errors.length ? `\n  ${errors.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('gives a score and human-readable reasons with every match', () => {
    const [match] = predict(PAIRS[0]!);
    expect(match?.claimId).toBe('sohr-russian-strikes-killed-446-oct-2015');
    expect(match!.score).toBeGreaterThan(0.6);
    expect(match!.score).toBeLessThanOrEqual(1);
    expect(match!.reasons.some((r) => r.includes('446'))).toBe(true);
    expect(match!.notes.length).toBeGreaterThan(0);
    const dates = match!.notes.map((n) => n.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const note of match!.notes) expect(note.citation?.url).toMatch(/^https?:\/\//);
  });
});
