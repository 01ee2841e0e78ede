import { describe, expect, it } from 'vitest';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { contentTokens, stem } from '../../../lib/claims/terms';
import { compileDataset } from '../../../lib/dataset/compile';
import { createDatasetIndex } from '../../../lib/dataset/dataset-index';
import type { ClaimRecord } from '../../../lib/dataset/schema';

const source = { url: 'https://stats.example/release', title: 'Release', publisher: 'Example statistics office', accessed: '2026-12-07' };

function record(fields: Pick<ClaimRecord, 'id' | 'quantity' | 'unit' | 'place' | 'dateRange' | 'keywords'>): ClaimRecord {
  return { summary: 'A figure.', claimant: 'Example statistics office', event: 'An event', notes: [], sources: [source], reviewed: '2026-12-07', ...fields };
}

const RECORDS: ClaimRecord[] = [
  record({
    id: 'us-inflation-9-1-june-2022',
    quantity: { value: 9.1, min: null, max: null, qualifier: 'exact' },
    unit: 'percent',
    place: null,
    dateRange: { from: '2021-06-01', to: '2022-07-13' },
    keywords: ['inflation|consumer prices|prix', 'United States|US|USA|États-Unis'],
  }),
  record({
    id: 'lampedusa-5112-arrivals',
    quantity: { value: 5112, min: null, max: null, qualifier: 'exact' },
    unit: 'people',
    place: 'Lampedusa',
    dateRange: { from: '2023-09-12', to: '2023-09-13' },
    keywords: ['Lampedusa', 'arrived|arrivals|landed|arrivés'],
  }),
];

const index = createDatasetIndex(compileDataset({ version: 't', outlets: [], entities: [], claims: RECORDS }));

function matched(text: string, published: string, lang = 'en'): string[] {
  return matchClaim({ text, numbers: findNumbers(text, lang), claimant: null, claimantId: null }, index, {
    articleStems: new Set(contentTokens(text).map(stem)),
    publishedTime: published,
  }).map((m) => m.claimId);
}

describe('a year that is only a comparison point does not date the claim', () => {
  it('matches "the highest since 1981" and its French and German forms', () => {
    expect(matched('US inflation hit 9.1%, the highest since 1981.', '2022-07-14T12:00:00Z')).toEqual(['us-inflation-9-1-june-2022']);
    expect(matched("L'inflation aux États-Unis a atteint 9,1 %, du jamais vu depuis 1981.", '2022-07-14T12:00:00Z', 'fr')).toEqual([
      'us-inflation-9-1-june-2022',
    ]);
    expect(matched('Die Inflation in den USA stieg auf 9,1 Prozent, so hoch wie seit 1981 nicht mehr.', '2022-07-14T12:00:00Z', 'de')).toEqual([
      'us-inflation-9-1-june-2022',
    ]);
  });

  it('still refuses a sentence dated by a year outside the claim', () => {
    expect(matched('US inflation hit 9.1% in 1981.', '2022-07-14T12:00:00Z')).toEqual([]);
    expect(matched('US inflation was 9.1% in 2008, the highest since 1991.', '2022-07-14T12:00:00Z')).toEqual([]);
  });
});

describe('counts of migrants or refugees are counts of people', () => {
  it('matches a record counted in people when the article says migrants or refugees', () => {
    expect(matched('5,112 migrants arrived on Lampedusa in 24 hours.', '2023-09-13T12:00:00Z')).toEqual(['lampedusa-5112-arrivals']);
    expect(matched('Some 5,112 refugees landed on Lampedusa.', '2023-09-13T12:00:00Z')).toEqual(['lampedusa-5112-arrivals']);
  });

  it('still refuses the same figure for soldiers or another figure of migrants', () => {
    expect(matched('5,112 soldiers arrived on Lampedusa.', '2023-09-13T12:00:00Z')).toEqual([]);
    expect(matched('7,000 migrants arrived on Lampedusa.', '2023-09-13T12:00:00Z')).toEqual([]);
  });
});
