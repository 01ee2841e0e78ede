import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { loadClaimsIndex } from './dataset';
import { matchedIds, type MatchCase } from './matched-ids';

/**
 * The curated records on crime statistics, energy, education, technology, space, trade and housing
 * (data/claims/society-economy-more.json) as a news article would repeat them, and look-alikes that must be
 * refused: another figure, another year or another subject.
 */

let index: DatasetIndex;
beforeAll(() => {
  index = loadClaimsIndex();
});

const matched = (c: MatchCase): string[] => matchedIds(index, c);

describe('crime and energy records', () => {
  it('finds official crime figures repeated in the news', () => {
    expect(matched({ text: 'Murders fell 11.6% in 2023, according to FBI data released on Monday.', published: '2024-09-24T12:00:00Z', article: 'Crime in the United States fell last year.' })).toContain('fbi-us-murder-fell-11-6-percent-2023');
    expect(matched({ text: 'Selon le FBI, les homicides ont reculé de 11,6 % aux États-Unis en 2023.', lang: 'fr', published: '2024-09-25T12:00:00Z' })).toContain('fbi-us-murder-fell-11-6-percent-2023');
    expect(matched({ text: 'Police recorded 46,265 knife crime offences in England and Wales in the year to March, a record.', published: '2020-07-18T12:00:00Z' })).toContain('ons-knife-crime-record-46265-year-to-march-2020');
  });

  it('refuses another year or another figure for the same subject', () => {
    expect(matched({ text: 'Murders fell 6.1% in 2022, according to FBI data.', published: '2023-10-17T12:00:00Z', article: 'Crime in the United States.' })).not.toContain('fbi-us-murder-fell-11-6-percent-2023');
    expect(matched({ text: 'Police recorded 50,489 knife crime offences in England and Wales in the year to March 2024.', published: '2024-07-25T12:00:00Z' })).not.toContain('ons-knife-crime-record-46265-year-to-march-2020');
  });

  it('finds price records for oil, petrol and household energy', () => {
    expect(matched({ text: 'Brent crude briefly hit $139.13 a barrel as traders weighed a ban on Russian oil.', published: '2022-03-07T12:00:00Z' })).toContain('brent-crude-139-dollars-march-2022');
    expect(matched({ text: 'Der Preis für Brent-Öl stieg auf 139,13 Dollar je Barrel.', lang: 'de', published: '2022-03-07T12:00:00Z' })).toContain('brent-crude-139-dollars-march-2022');
    expect(matched({ text: 'Ofgem confirmed the energy price cap will rise to £3,549 a year from October.', published: '2022-08-26T12:00:00Z', article: 'Households across Britain face higher bills.' })).toContain('ofgem-price-cap-3549-pounds-october-2022');
    expect(matched({ text: 'OPEC+ agreed to cut oil production by 2 million barrels per day from November.', published: '2022-10-06T08:00:00Z' })).toContain('opec-plus-cut-2-million-barrels-per-day-october-2022');
    expect(matched({ text: 'Brent crude rose to $95 a barrel on Monday.', published: '2022-03-07T12:00:00Z' })).not.toContain('brent-crude-139-dollars-march-2022');
    expect(matched({ text: 'Brent crude briefly hit $139.13 a barrel, its highest since 2008.', published: '2022-03-07T12:00:00Z' })).toContain('brent-crude-139-dollars-march-2022');
    expect(matched({ text: 'Existing-home sales fell to 4.09 million in 2023, the fewest since 1995, the National Association of Realtors said.', published: '2024-01-19T16:00:00Z', article: 'US housing market.' })).toContain('nar-existing-home-sales-4-09-million-2023');
  });
});

describe('education, technology, space, trade and housing records', () => {
  it('finds test-score declines and the AI claims that were fact-checked', () => {
    expect(matched({ text: 'Eighth-grade math scores on the Nation\u2019s Report Card dropped 8 points, the largest decline ever.', published: '2022-10-24T12:00:00Z' })).toContain('naep-2022-eighth-grade-math-down-8-points');
    expect(matched({ text: "Google's Bard chatbot wrongly said the James Webb telescope took the first pictures of an exoplanet.", published: '2023-02-08T18:00:00Z' })).toContain('google-bard-jwst-first-exoplanet-picture-claim-2023');
    expect(matched({ text: 'A judge fined two lawyers $5,000 after ChatGPT invented court cases in their filing against Avianca.', published: '2023-06-23T12:00:00Z' })).toContain('mata-v-avianca-chatgpt-fake-cases-5000-fine-2023');
  });

  it('finds trade and housing records, and refuses another year', () => {
    expect(matched({ text: 'The US trade deficit hit a record $948.1 billion in 2022, the Commerce Department said.', published: '2023-02-08T12:00:00Z' })).toContain('us-trade-deficit-record-948-billion-2022');
    expect(matched({ text: 'China posted a record trade surplus of $992.1 billion in 2024.', published: '2025-01-14T12:00:00Z' })).toContain('china-customs-trade-surplus-992-billion-2024');
    expect(matched({ text: 'China posted a trade surplus of $823 billion in 2023.', published: '2024-01-13T12:00:00Z' })).not.toContain('china-customs-trade-surplus-992-billion-2024');
    expect(matched({ text: 'The median existing-home price reached a record $426,900, the National Association of Realtors said.', published: '2024-07-24T12:00:00Z', article: 'US home sales fell in June.' })).toContain('nar-median-existing-home-price-record-426900-june-2024');
    expect(matched({ text: 'The White House said tariffs on Chinese goods now total 145%.', published: '2025-04-11T12:00:00Z' })).toContain('white-house-us-tariffs-on-china-145-percent-april-2025');
  });

  it('refuses a claim repeated in an article published before it was made', () => {
    expect(matched({ text: 'Nvidia became the most valuable company with a market value of $3.335 trillion.', published: '2024-01-10T12:00:00Z' })).not.toContain('nvidia-most-valuable-company-3-335-trillion-june-2024');
    expect(matched({ text: 'Nvidia became the most valuable company with a market value of $3.335 trillion.', published: '2024-06-19T12:00:00Z' })).toContain('nvidia-most-valuable-company-3-335-trillion-june-2024');
  });
});

describe('records on AI fakes, deals and fines', () => {
  it('finds them in several languages', () => {
    expect(matched({ text: 'The FCC fined Steve Kramer $6 million over the deepfake Biden robocall sent before the New Hampshire primary.', published: '2024-09-27T12:00:00Z' })).toContain('fcc-6-million-fine-biden-deepfake-robocall-2024');
    expect(matched({ text: 'The European Commission fined Apple \u20ac1.84 billion for blocking cheaper music streaming offers.', published: '2024-03-05T12:00:00Z' })).toContain('eu-commission-fines-apple-1-84-billion-euros-music-streaming-2024');
    expect(matched({ text: 'Les États-Unis appliqueront des droits de douane de 15 % sur la plupart des produits de l\u2019UE, selon l\u2019accord commercial conclu en Écosse.', lang: 'fr', published: '2025-07-28T12:00:00Z' })).toContain('us-eu-trade-deal-15-percent-tariff-july-2025');
    expect(matched({ text: 'Trump said crime in Venezuela is down 67% because they send their criminals to the United States.', published: '2024-04-03T12:00:00Z' })).toContain('trump-venezuela-crime-down-67-percent-claim-2024');
    expect(matched({ text: 'Biden said gas prices were over $5 a gallon when he took office.', published: '2022-10-28T12:00:00Z' })).toContain('biden-gas-over-5-dollars-when-he-took-office-claim-2022');
    expect(matched({ text: 'Deutschland hat seine letzten drei Atomkraftwerke abgeschaltet.', lang: 'de', published: '2023-04-16T08:00:00Z' })).toContain('germany-shuts-last-three-nuclear-plants-april-2023');
  });

  it('refuses another rate or another company', () => {
    expect(matched({ text: 'The United States will apply a 10% tariff on most EU goods under the trade deal.', published: '2025-07-28T12:00:00Z' })).not.toContain('us-eu-trade-deal-15-percent-tariff-july-2025');
    expect(matched({ text: 'The European Commission fined Google \u20ac2.42 billion over its shopping service.', published: '2024-03-05T12:00:00Z' })).not.toContain('eu-commission-fines-apple-1-84-billion-euros-music-streaming-2024');
  });
});
