import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { loadClaimsIndex } from './dataset';
import { matchedIds, type MatchCase } from './matched-ids';

/**
 * The curated records on elections, economic statistics and migration (data/claims/elections.json,
 * economy-official-statistics.json, migration-borders.json) as a news article would repeat them, and look-alikes
 * that must be refused: another figure, another country, another year or another claim about the same subject.
 */

let index: DatasetIndex;
beforeAll(() => {
  index = loadClaimsIndex();
});

const matched = (c: MatchCase): string[] => matchedIds(index, c);

describe('election records', () => {
  it('finds official results and turnout repeated in the news, in several languages', () => {
    expect(matched({ text: 'Turnout at the 2024 general election was 59.9%, the lowest since 2001, as Labour swept to power in the UK.', published: '2024-07-06T12:00:00Z' })).toContain('uk-2024-general-election-turnout-59-9-percent');
    expect(matched({ text: 'Labour won 412 seats in the general election, a majority of 174.', published: '2024-07-05T12:00:00Z', article: 'Keir Starmer will be the UK’s next prime minister.' })).toContain('uk-2024-labour-412-seats');
    expect(matched({ text: 'Die Wahlbeteiligung bei der Bundestagswahl lag bei 82,5 Prozent, teilte die Bundeswahlleiterin mit.', lang: 'de', published: '2025-02-24T08:00:00Z', article: 'Deutschland hat gewählt.' })).toContain('germany-2025-bundestag-turnout-82-5-percent');
    expect(matched({ text: 'Claudia Sheinbaum obtuvo el 59.76% de los votos en la elección presidencial, según los cómputos del INE.', lang: 'es', published: '2024-06-07T12:00:00Z', article: 'México eligió a su primera presidenta.' })).toContain('mexico-2024-sheinbaum-59-76-percent');
    expect(matched({ text: "Le Parlement européen estime la participation aux élections européennes à environ 51 %.", lang: 'fr', published: '2024-06-10T08:00:00Z' })).toContain('ep-2024-turnout-about-51-percent');
  });

  it('finds a fraud claim and the official statement that answered it, without a figure', () => {
    expect(matched({ text: 'Trump claimed that Dominion voting machines deleted 2.7 million of his votes.', published: '2020-11-13T12:00:00Z' })).toContain('trump-dominion-deleted-2-7-million-votes-2020');
    expect(matched({ text: 'Federal officials called the 2020 election the most secure in American history.', published: '2020-11-13T12:00:00Z' })).toContain('cisa-2020-election-most-secure-in-american-history');
  });

  it('finds disputed results with the rival count attached as a note', () => {
    const venezuela = matchClaim(
      { text: 'The electoral council said Maduro won 51.2% of the vote in Venezuela.', numbers: findNumbers('The electoral council said Maduro won 51.2% of the vote in Venezuela.', 'en'), claimant: null, claimantId: null },
      index,
      { articleStems: new Set(), publishedTime: '2024-07-29T12:00:00Z' },
    );
    expect(venezuela.map((m) => m.claimId)).toContain('cne-venezuela-maduro-51-2-percent-2024');
    expect(venezuela[0]!.notes.map((n) => n.stance)).toContain('disputes');
    expect(matched({ text: 'Putin won 87.28% of the vote in the presidential election, Russia\u2019s election commission said.', published: '2024-03-22T10:00:00Z' })).toContain('cec-russia-putin-87-28-percent-2024');
    expect(matched({ text: 'Putin won 76.69% of the vote in the 2018 presidential election in Russia.', published: '2018-03-20T10:00:00Z' })).not.toContain('cec-russia-putin-87-28-percent-2024');
  });

  it('finds results from other continents, and refuses the previous election', () => {
    expect(matched({ text: 'The ANC won 40.18% of the national vote and lost its majority, South Africa\u2019s electoral commission said.', published: '2024-06-03T10:00:00Z' })).toContain('iec-south-africa-anc-40-18-percent-2024');
    expect(matched({ text: 'The ANC won 57.5% of the vote in South Africa\u2019s 2019 election.', published: '2019-05-12T10:00:00Z' })).not.toContain('iec-south-africa-anc-40-18-percent-2024');
    expect(matched({ text: 'Milei ganó el balotaje con el 55,65% de los votos, según el escrutinio definitivo en Argentina.', lang: 'es', published: '2023-11-30T10:00:00Z' })).toContain('argentina-milei-55-65-percent-runoff-2023');
    expect(matched({ text: 'Frekwencja w wyborach w Polsce wyniosła 74,38 proc.', lang: 'pl', published: '2023-10-17T10:00:00Z', article: 'Wybory parlamentarne 2023.' })).toContain('pkw-poland-2023-turnout-74-38-percent');
  });

  it('finds rulings and accusations without a figure, worded differently, and refuses other news about the same court', () => {
    expect(matched({ text: "Romania's Constitutional Court annulled the presidential election won in the first round by Georgescu.", published: '2024-12-07T10:00:00Z' })).toContain('romania-constitutional-court-annuls-presidential-first-round-2024');
    expect(matched({ text: "Romania's Constitutional Court validated the recount of the first round.", published: '2024-12-03T10:00:00Z' })).not.toContain('romania-constitutional-court-annuls-presidential-first-round-2024');
    expect(matched({ text: 'Sandu said criminal groups tried to buy 300,000 votes in Moldova.', published: '2024-10-21T10:00:00Z' })).toContain('sandu-criminal-groups-sought-to-buy-300000-votes-2024');
  });

  it('refuses look-alikes: another figure, another country, another election', () => {
    expect(matched({ text: 'Turnout at the general election was 67.3% in 2019.', published: '2019-12-14T12:00:00Z', article: 'Britain voted on Thursday.' })).not.toContain('uk-2024-general-election-turnout-59-9-percent');
    expect(matched({ text: 'Turnout in the Lok Sabha election was 67.40% in 2019, the Election Commission of India said.', published: '2019-05-25T12:00:00Z' })).not.toContain('india-2024-lok-sabha-turnout-65-79-percent');
    expect(matched({ text: 'Die Wahlbeteiligung bei der Bundestagswahl lag bei 76,4 Prozent.', lang: 'de', published: '2021-09-27T08:00:00Z', article: 'Deutschland hat gewählt.' })).not.toContain('germany-2025-bundestag-turnout-82-5-percent');
    expect(matched({ text: 'Dominion Voting Systems won a $787 million settlement from Fox News over its election coverage.', published: '2023-04-19T12:00:00Z' })).toEqual([]);
  });
});

describe('economic statistics records', () => {
  it('finds headline figures quoted from the statistical agencies', () => {
    expect(matched({ text: 'Consumer prices in the US rose 9.1% in the 12 months to June, the Labor Department said.', published: '2022-07-13T14:00:00Z', article: 'The Bureau of Labor Statistics reported the figures on Wednesday.' })).toContain('bls-us-cpi-9-1-percent-june-2022');
    expect(matched({ text: "L'inflation a atteint 5,2 % en moyenne en France en 2022, selon l'Insee.", lang: 'fr', published: '2023-01-13T09:00:00Z' })).toContain('insee-france-inflation-5-2-percent-2022');
    expect(matched({ text: 'UK inflation rose to 11.1% in October, a 41-year high, the ONS said.', published: '2022-11-16T08:00:00Z' })).toContain('ons-uk-cpi-11-1-percent-october-2022');
    expect(matched({ text: 'Die Inflationsrate in Deutschland lag 2022 im Jahresdurchschnitt bei 7,9 Prozent.', lang: 'de', published: '2023-01-17T09:00:00Z' })).toContain('destatis-germany-inflation-7-9-percent-2022');
    expect(matched({ text: 'The national living wage will rise to £12.21 an hour in April, a 6.7% increase for workers in the UK.', published: '2024-10-30T09:00:00Z' })).toContain('lpc-uk-national-living-wage-12-21-april-2025');
  });

  it('tells the flash estimate from the final figure, and the first GDP estimate from its revision', () => {
    expect(matched({ text: 'Eurozone inflation hit a record 10.7% in October, according to a flash estimate.', published: '2022-10-31T11:00:00Z' })).toContain('eurostat-euro-area-inflation-10-7-percent-flash-oct-2022');
    expect(matched({ text: 'Euro area inflation was confirmed at 10.6% in October.', published: '2022-11-17T11:00:00Z' })).toContain('eurostat-euro-area-inflation-10-6-percent-oct-2022');
    expect(matched({ text: 'Revised figures show the UK economy shrank by 11% in 2020, the worst fall in the G7.', published: '2022-08-23T11:00:00Z' })).toContain('ons-uk-gdp-fell-11-percent-2020-revised');
    expect(matched({ text: 'Revised figures show the UK economy shrank by 11% in 2020, the worst fall in the G7.', published: '2022-08-23T11:00:00Z' })).not.toContain('ons-uk-gdp-fell-9-9-percent-2020-first-estimate');
  });

  it('finds a central bank decision and refuses another bank\u2019s rate', () => {
    expect(matched({ text: 'The Bank of England raised interest rates to 5.25%, the highest since 2023 began.', published: '2023-08-03T12:00:00Z' })).toContain('boe-bank-rate-5-25-percent-august-2023');
    expect(matched({ text: 'The European Central Bank raised its deposit rate to 4%, a record.', published: '2023-09-14T13:00:00Z' })).toContain('ecb-deposit-rate-4-percent-september-2023');
    expect(matched({ text: 'The European Central Bank raised its deposit rate to 3.75%.', published: '2023-07-27T13:00:00Z' })).not.toContain('ecb-deposit-rate-4-percent-september-2023');
    expect(matched({ text: 'The Bank of England cut interest rates to 5%.', published: '2024-08-01T12:00:00Z' })).not.toContain('boe-bank-rate-5-25-percent-august-2023');
  });

  it('refuses look-alikes: another country, another month', () => {
    expect(matched({ text: 'Inflation in France reached 5.9% in December, INSEE said.', published: '2023-01-13T09:00:00Z' })).not.toContain('insee-france-inflation-5-2-percent-2022');
    expect(matched({ text: 'Consumer prices in Germany rose 10.4% in October, the highest rate since 1951.', published: '2022-10-28T09:00:00Z' })).not.toContain('ons-uk-cpi-11-1-percent-october-2022');
    expect(matched({ text: 'Turkish inflation eased to 61.36% in October, the statistical institute said.', published: '2023-11-03T09:00:00Z' })).not.toContain('turkstat-turkey-inflation-85-51-percent-october-2022');
  });
});

describe('migration records', () => {
  it('finds border, Channel and asylum figures repeated in the news', () => {
    expect(matched({ text: 'A record 45,756 people crossed the Channel in small boats in 2022, government figures show.', published: '2023-01-01T10:00:00Z' })).toContain('home-office-channel-small-boats-2022-45756');
    expect(matched({ text: 'Some 36,816 people crossed the English Channel in small boats in 2024, up 25% on 2023.', published: '2025-01-01T10:00:00Z' })).toContain('home-office-channel-small-boats-2024-36816');
    expect(matched({ text: 'Border agents recorded 302,034 encounters at the southern border in December, a monthly record.', published: '2024-01-27T10:00:00Z' })).toContain('cbp-southwest-border-encounters-december-2023-302034');
    expect(matched({ text: "L'Agence de l'UE pour l'asile a enregistré 1,14 million de demandes d'asile dans l'UE en 2023.", lang: 'fr', published: '2024-02-28T10:00:00Z' })).toContain('euaa-asylum-applications-2023-1-14-million');
    expect(matched({ text: 'Net migration to the UK hit a record 906,000 in the year to June 2023, revised ONS figures show.', published: '2024-11-28T10:00:00Z' })).toContain('ons-uk-net-migration-906000-year-to-june-2023');
  });

  it('finds the same figures when the article says migrants rather than people', () => {
    expect(matched({ text: 'A record 45,756 migrants crossed the Channel in small boats last year.', published: '2023-01-02T10:00:00Z' })).toContain('home-office-channel-small-boats-2022-45756');
    expect(matched({ text: 'At least 3,041 migrants died or went missing in the Mediterranean in 2023, the IOM said.', published: '2024-01-30T10:00:00Z' })).toContain('iom-mediterranean-dead-missing-2023-3041');
    expect(matched({ text: 'Some 5,112 migrants landed on Lampedusa in 24 hours, a record for the island.', published: '2023-09-13T18:00:00Z' })).toContain('lampedusa-5112-arrivals-in-24-hours-september-2023');
  });

  it('finds the pets claim, however it is worded, and refuses other claims about Springfield', () => {
    expect(matched({ text: 'Trump said Haitian immigrants in Springfield were eating the dogs and the cats.', published: '2024-09-11T10:00:00Z', article: 'Springfield, Ohio, has drawn national attention.' })).toContain('trump-springfield-haitian-immigrants-eating-pets');
    expect(matched({ text: 'Haitian immigrants in Springfield have found jobs in local factories, the city said.', published: '2024-09-11T10:00:00Z' })).toEqual([]);
  });

  it('refuses look-alikes: another year, another border, another figure', () => {
    expect(matched({ text: 'Some 29,437 people crossed the Channel in small boats in 2023.', published: '2024-01-01T10:00:00Z' })).not.toContain('home-office-channel-small-boats-2024-36816');
    expect(matched({ text: 'Encounters at the northern border reached 198,929 in the fiscal year, a record.', published: '2024-10-23T10:00:00Z' })).toEqual([]);
    expect(matched({ text: 'Net migration to the UK fell to 728,000 in the year to June 2024.', published: '2024-11-28T10:00:00Z' })).not.toContain('ons-uk-net-migration-906000-year-to-june-2023');
  });
});
