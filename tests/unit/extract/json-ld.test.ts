import { describe, expect, it } from 'vitest';
import { readJsonLd } from '@/lib/extract/json-ld';

describe('readJsonLd', () => {
  it('reads the publisher and date of a NewsArticle inside an @graph', () => {
    const facts = readJsonLd([
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Ignored' },
          { '@type': ['NewsArticle'], datePublished: '2020-01-02', publisher: { '@type': 'Organization', name: 'Example News', url: 'https://ex.org' } },
        ],
      }),
    ]);
    expect(facts.publisher).toEqual({ name: 'Example News', url: 'https://ex.org' });
    expect(facts.publishedTime).toBe('2020-01-02');
  });

  it('reads ClaimReview verdicts from single objects, arrays and DataFeed items', () => {
    const review = (claim: string, rating: string) => ({
      '@type': 'ClaimReview',
      claimReviewed: claim,
      reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: 5, alternateName: rating },
      author: { '@type': 'Organization', name: 'Checker' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A Politician' } },
    });
    const facts = readJsonLd([
      JSON.stringify(review('Claim one', 'False')),
      JSON.stringify([review('Claim two', 'Mostly true')]),
      JSON.stringify({ '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [review('Claim three', 'Misleading')] }] }),
    ]);
    expect(facts.claimReviews.map((r) => [r.claimReviewed, r.rating])).toEqual([
      ['Claim one', 'False'],
      ['Claim two', 'Mostly true'],
      ['Claim three', 'Misleading'],
    ]);
    expect(facts.claimReviews[0]).toMatchObject({ ratingValue: 1, bestRating: 5, author: 'Checker', claimant: 'A Politician' });
  });

  it('skips broken JSON and oversized scripts without throwing', () => {
    expect(readJsonLd(['{not json', 'x'.repeat(300_000), 'null', '42']).claimReviews).toEqual([]);
  });

  it('stops walking a hostile, deeply repeated graph', () => {
    const wide = { '@graph': Array.from({ length: 5000 }, () => ({ '@type': 'ClaimReview', claimReviewed: 'x' })) };
    expect(readJsonLd([JSON.stringify(wide)]).claimReviews.length).toBeLessThanOrEqual(50);
  });
});
