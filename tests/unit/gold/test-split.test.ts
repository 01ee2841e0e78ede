import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../lib/model/analysis';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { claimMatches, evaluateSplit, loadTestGold, scoreSources, testPagePath } from '../../gold/test-split';

/**
 * The held-back test split (tests/gold/test, see its README): annotated before the engine ran on it, never tuned
 * on. Only totals are printed. The floors sit about 0.05 below the figures measured when the split was added, so
 * that a regression fails; they are not the targets of issues 17 and 19.
 */
const gold = loadTestGold();

describe('test split gold', () => {
  it('has at least 80 pages, 55 in English, and pages in every lexicon language', () => {
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(gold.filter((g) => g.lang === 'en').length).toBeGreaterThanOrEqual(55);
    for (const lang of ['fr', 'de', 'es', 'pt', 'cs', 'ru']) expect(gold.some((g) => g.lang === lang)).toBe(true);
  });

  it('quotes every gold claim from its page and gives at most three top claims', () => {
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const page of gold) {
      const html = unescape(readFileSync(testPagePath(page.page), 'utf8'));
      expect(page.claims.top.length, page.page).toBeLessThanOrEqual(3);
      for (const claim of [...page.claims.top, ...page.claims.acceptable]) expect(html.includes(claim.text), `${page.page}: ${claim.text}`).toBe(true);
    }
  });
});

describe('test split scoring', () => {
  const speakers = [
    { speaker: 'Adam Vendell', kind: 'named', role: 'colonel', accept: ['Vendell'] },
    { speaker: 'Joanna Wilkes', kind: 'named', role: null, accept: ['Wilkes'] },
    { speaker: 'Russian and Syrian defence ministries', kind: 'organization', role: null },
  ];
  const listed = (speaker: string, kind: Attribution['kind'] = 'named', role: string | null = null) => ({ speaker, kind, role, mode: 'direct' as const });

  it('counts a speaker fusing two gold speakers as wrong, and a joint source the gold lists as right', () => {
    const s = scoreSources({ page: 'p', speakers }, [listed('Vendell and Wilkes'), listed('Russian and Syrian defence ministries', 'organization')]);
    expect(s.wrong).toEqual(['Vendell and Wilkes']);
    expect(s.merged).toEqual(['Vendell and Wilkes']);
    expect(s.found).toBe(1);
  });

  it('counts a source listed under two names as split, honorifics aside', () => {
    const s = scoreSources({ page: 'p', speakers }, [listed('Adam Vendell', 'named', 'Lt. Colonel'), listed('Vendell'), listed('Ms. Wilkes')]);
    expect(s.wrong).toEqual([]);
    expect(s.split).toEqual(['Adam Vendell']);
    expect(s.roleCorrect).toBe(2);
  });

  it('matches a flagged sentence to a gold claim inside it or overlapping it heavily, not to a neighbour', () => {
    const goldText = 'the aid, worth $391 million, was released on Sept. 11';
    expect(claimMatches('The committee’s records show that the aid, worth $391 million, was released on Sept. 11.', goldText)).toBe(true);
    expect(claimMatches('He told us he had no role in the contract bids.', 'He told us he had no role in the contract bids. The company filings say otherwise')).toBe(true);
    expect(claimMatches('The trial lasted six weeks.', goldText)).toBe(false);
  });
});

describe('test split figures', () => {
  it('stay above the floors measured when the split was added', async () => {
    const index = await loadDatasetIndexFromSources();
    const { sources: s, claims, attributions, refused } = await evaluateSplit(gold, testPagePath, index);
    const c = claims!;
    const a = attributions!;
    console.log(
      `test split (held back): ${s.pages} pages, ${s.gold} gold sources, ${s.listed} listed (${s.correct} right, ${s.merged} merged, ${s.credits} credits, ${s.padded} names with extra words), ${refused} refused\n` +
        `  named-source precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  role ${s.roleAccuracy.toFixed(3)}  ` +
        `split under two names ${s.splitShare.toFixed(3)}  kind ${s.kindAccuracy.toFixed(3)}\n` +
        `  claims: top-3 recall ${c.topRecall.toFixed(3)}  picked by a checker ${c.precision.toFixed(3)}  ` +
        `max ${c.maxPer100Words.toFixed(2)} per 100 words  (${c.flagged} flagged)\n` +
        `  attribution level: recall ${a.recall.toFixed(3)}  source right ${a.sourceRight.toFixed(3)}  ` +
        `precision ${a.precision.toFixed(3)}  cue ${a.cueAgreement.toFixed(3)}  (${a.gold} gold, ${a.listed} listed)`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(s.roleAccuracy).toBeGreaterThanOrEqual(FLOORS.roleAccuracy);
    expect(s.splitShare).toBeLessThanOrEqual(FLOORS.splitShareMax);
    expect(s.kindAccuracy).toBeGreaterThanOrEqual(FLOORS.kindAccuracy);
    expect(c.topRecall).toBeGreaterThanOrEqual(FLOORS.claimTopRecall);
    expect(c.precision).toBeGreaterThanOrEqual(FLOORS.claimPrecision);
    expect(c.maxPer100Words).toBeLessThanOrEqual(FLOORS.claimsPer100WordsMax);
    expect(a.recall).toBeGreaterThanOrEqual(FLOORS.attributionRecall);
    expect(a.sourceRight).toBeGreaterThanOrEqual(FLOORS.attributionSourceRight);
    expect(a.precision).toBeGreaterThanOrEqual(FLOORS.attributionPrecision);
  }, 600_000);
});

// Measured on 2026-12-07 on the 87 pages: precision 0.791, recall 0.615, role 0.881, split 0.039, kind 0.881;
// claims top-3 recall 0.346, picked by a checker 0.861, max 1.92 per 100 words.
const FLOORS = {
  precision: 0.74,
  recall: 0.56,
  roleAccuracy: 0.83,
  splitShareMax: 0.09,
  kindAccuracy: 0.83,
  claimTopRecall: 0.29,
  claimPrecision: 0.81,
  // Issue 19's limit; the engine was at 1.92.
  claimsPer100WordsMax: 2,
  // Attribution level, gold added 2026-12-08 and measured once after it was committed: recall 0.754, source right
  // 0.854, precision 0.940 (810 gold attributions, 598 listed).
  attributionRecall: 0.7,
  attributionSourceRight: 0.8,
  attributionPrecision: 0.89,
};
