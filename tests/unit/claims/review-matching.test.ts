import { describe, expect, it } from 'vitest';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { compileDataset } from '../../../lib/dataset/compile';
import { createDatasetIndex } from '../../../lib/dataset/dataset-index';
import { importClaimReviewValue, keywordsOf } from '../../../lib/dataset/importers/claim-review';
import { importFile } from '../../../lib/dataset/importers';

const review = (url: string, claim: string, author: string, date: string) => ({
  '@type': 'ClaimReview',
  url,
  claimReviewed: claim,
  datePublished: date,
  itemReviewed: { '@type': 'Claim', author: { name: author } },
  reviewRating: { alternateName: 'False' },
  author: { name: 'Example Checks' },
});

const REVIEWS = [
  review('https://checks.example/1', 'Health minister Daniel Oduya says the measles outbreak in the northern region never happened', 'Daniel Oduya', '2026-11-21'),
  review('https://checks.example/2', 'Bill Gates plans to put microchips in vaccines', 'Facebook posts', '2026-05-02'),
];

function indexOfReviews() {
  const imported = importClaimReviewValue(REVIEWS, { today: '2026-12-07' });
  expect(imported.errors).toEqual([]);
  return createDatasetIndex(compileDataset({ version: 't', outlets: [], entities: [], claims: imported.records.claims }));
}

const matched = (text: string) =>
  matchClaim({ text, numbers: findNumbers(text, 'en'), claimant: null, claimantId: null }, indexOfReviews(), {
    articleStems: new Set<string>(),
    publishedTime: '2026-11-25T00:00:00Z',
  }).map((m) => m.claimId);

describe('matching imported fact-checks of claims without figures', () => {
  it('keeps the telling words of a claim: a name, the longest content words, not how it was said', () => {
    expect(keywordsOf('Bill Gates plans to put microchips in vaccines')).toEqual(['gates', 'microchips', 'vaccines']);
    expect(keywordsOf('Health minister Daniel Oduya says the measles outbreak in the northern region never happened')).toEqual([
      'oduya',
      'outbreak',
      'northern',
    ]);
  });

  it('recognises a paraphrase ("X said Y never happened", other verbs and word order)', () => {
    expect(matched('Oduya said the measles outbreak in the northern region never happened.')).toHaveLength(1);
    expect(matched('Gates wants to implant microchips through vaccines, the post claimed.')).toHaveLength(1);
  });

  it('refuses a look-alike that lacks the telling word (another disease, another claim about the same person)', () => {
    expect(matched('Oduya said the cholera epidemic in the south was over.')).toEqual([]);
    expect(matched('Bill Gates funds vaccines in Africa, his foundation said.')).toEqual([]);
  });
});

describe('a page’s own ClaimReview', () => {
  it('imports the ClaimReview JSON-LD of a saved fact-check page, as text', () => {
    const page = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(REVIEWS[1])}</script>
      <script type="application/ld+json">{ not json }</script></head><body><img src=x onerror=alert(1)></body></html>`;
    const result = importFile(page, { fileName: 'check.html', today: '2026-12-07' });
    expect(result.format).toBe('claimreview-page');
    expect(result.errors).toEqual([]);
    expect(result.records.claims.map((c) => c.summary)).toEqual(['Bill Gates plans to put microchips in vaccines']);
    expect(result.warnings.join(' ')).toMatch(/not valid JSON/);
    expect(importFile('<html><body>No data here</body></html>', { fileName: 'plain.html' }).errors[0]).toMatch(/not a format/);
  });
});
