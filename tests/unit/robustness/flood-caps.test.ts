import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { extractPage } from '@/lib/extract/extract-page';
import { AnalysisSchema, type Analysis } from '@/lib/model/analysis';
import { LIMITS } from '@/lib/model/limits';
import type { ExtractedPage } from '@/lib/model/page';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { parseHtml } from '../../../scripts/node-dom';
import { ROOT } from '../helpers';
import { MAX_CLAIMS } from '@/lib/claims/detect';

/** The flood fixtures give a bounded analysis: the first items in reading order, and a record of what was cut. */
const URL = 'https://hostile.example.org/news/1';
let index: DatasetIndex;

beforeAll(async () => {
  index = await loadDatasetIndexFromSources();
});

function extracted(name: string): ExtractedPage {
  const result = extractPage(parseHtml(readFileSync(join(ROOT, 'tests/fixtures/hostile', name), 'utf8'), URL), URL);
  if (result.status !== 'ok') throw new Error(`${name}: ${result.status}`);
  return result.page;
}

const inReadingOrder = (spans: readonly { paragraph: number; start: number }[]) =>
  spans.every((s, i) => i === 0 || spans[i - 1]!.paragraph < s.paragraph || (spans[i - 1]!.paragraph === s.paragraph && spans[i - 1]!.start <= s.start));

describe('analysis caps on flood pages', () => {
  it('quote-flood.html: attributions are capped to the first ones in reading order, and the analysis says so', () => {
    const analysis = analyze(extracted('quote-flood.html'), index);
    expect(analysis.attributions).toHaveLength(LIMITS.maxAttributions);
    expect(inReadingOrder(analysis.attributions)).toBe(true);
    expect(analysis.attributions[0]!.paragraph).toBe(0);
    expect(analysis.capped).toContain('attributions');
    expect(v.safeParse(AnalysisSchema, analysis).success).toBe(true);
  });

  it('number-flood.html: each claim keeps at most the first figures, in the order of the text', () => {
    const page = extracted('number-flood.html');
    const analysis = analyze(page, index);
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const claim of analysis.claims) {
      expect(claim.numbers.length).toBeLessThanOrEqual(LIMITS.maxNumbersPerClaim);
      const positions = claim.numbers.map((n) => claim.text.indexOf(n.raw));
      expect(positions.every((p) => p >= 0)).toBe(true);
    }
    expect(analysis.claims.some((c) => c.numbers.length === LIMITS.maxNumbersPerClaim)).toBe(true);
    expect(analysis.capped).toContain('numbers');
    // The analysis of a ~100 kB page stays small (it was 450 kB with every figure kept).
    expect(JSON.stringify(analysis).length).toBeLessThan(100_000);
  });

  it('a page where every sentence is check-worthy reports only the best few, in reading order, and is not "capped"', () => {
    const sentence = (i: number) => `Officials said at least ${100 + i} people were killed in the strike on the town of Place${i}.`;
    const paragraphs = Array.from({ length: 400 }, (_, p) => [0, 1, 2].map((s) => sentence(p * 3 + s)).join(' '));
    const page: ExtractedPage = {
      url: URL, canonicalUrl: null, title: 'Flood', byline: null, siteName: null, lang: 'en', publishedTime: null,
      publisher: null, paragraphs, wordCount: 0, readerable: true, claimReviews: [],
    };
    const analysis: Analysis = analyze(page, index);
    expect(analysis.claims).toHaveLength(MAX_CLAIMS);
    expect(inReadingOrder(analysis.claims)).toBe(true);
    // A selection, not a cut: only the attributions (one per sentence here) passed their limit.
    expect(analysis.capped).toEqual(['attributions']);
  });

  it('an ordinary article is not capped and carries no "capped" field', () => {
    const page = extracted('quotes-xss.html');
    const analysis = analyze(page, index);
    expect(analysis.capped).toBeUndefined();
    expect('capped' in analysis).toBe(false);
  });
});
