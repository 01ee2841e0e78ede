/** Inline samples for the importer and overlay tests (all made up for the tests; example.org URLs). */

export const CITE = { url: 'https://example.org/about', title: 'About us', publisher: 'Example', accessed: '2026-11-25' };

export const outlet = (id: string, domains: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name: `Outlet ${id}`,
  aliases: [],
  kind: 'news-site',
  domains,
  country: 'GB',
  languages: ['en'],
  owner: 'Example Media Ltd',
  parent: null,
  funding: 'private',
  typology: null,
  reliability: null,
  note: 'A made-up outlet for tests.',
  sources: [CITE],
  reviewed: '2026-11-25',
  ...extra,
});

export const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Entity ${id}`,
  aliases: [],
  type: 'ngo',
  country: 'FR',
  runBy: 'Volunteers',
  partyTo: [],
  side: null,
  note: 'A made-up entity for tests.',
  figuresNote: null,
  sources: [CITE],
  reviewed: '2026-11-25',
  ...extra,
});

export const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  summary: 'A monitor counted 120 people killed by strikes on the town.',
  claimant: 'entity-a',
  quantity: { value: 120, qualifier: 'exact' },
  unit: 'people',
  event: 'Strikes on the town',
  place: 'Exampleland',
  dateRange: { from: '2020-01-01', to: '2020-01-31' },
  keywords: ['strikes|raids', 'killed|dead', 'Exampleland'],
  notes: [],
  sources: [CITE],
  reviewed: '2026-11-25',
  ...extra,
});

export const claimReview = (n: number, rating: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/reviews/${n}`,
  claimReviewed: `Vaccine number ${n} contains microchips that track Exampleland citizens`,
  datePublished: '2021-03-04T10:00:00Z',
  author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Jane Poster' },
    datePublished: '2021-02-28',
  },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: rating },
  ...extra,
});

export const SMM_HEADER =
  'Region,Country,Media company,Main assets,URL,Typology,Status,Notes,Instagram Link,Twitter Link,Facebook Link,Youtube Link,Telegram Link,VK Link,Linkedin link,Ok.ru link,Tiktok Link,Rutube Link,streaming media URL';

export const SMM_CSV = [
  SMM_HEADER,
  'Europe,Russia,Example Holding,Example TV,https://www.example-tv.ru/,SC,,,,,,,,,,,,,',
  'Europe,Germany,Example Rundfunk,Example Radio,https://example-radio.de/en/,IP,,,,,,,,,,,,,',
].join('\n');
