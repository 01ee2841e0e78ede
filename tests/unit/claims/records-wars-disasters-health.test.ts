import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { contentTokens, stem } from '../../../lib/claims/terms';
import { loadClaimsIndex } from './dataset';
import type { Pair } from './pairs';

/**
 * Sentences written the way news articles state the claims of the war, disaster, health and climate records, and
 * look-alikes the matcher must refuse (another figure, another place, another subject). Written from the records'
 * sources before running the matcher on them.
 */
const PAIRS: Pair[] = [
  // Wars.
  { text: 'The UN human rights office says 1,081 civilians have been killed in Ukraine since the Russian invasion began.', claimId: 'ohchr-ukraine-1081-civilians-killed-mar-2022', match: true, published: '2022-03-26T09:00:00Z' },
  { text: 'The UN human rights office says 1,801 civilians have been killed in Ukraine since the Russian invasion began.', claimId: 'ohchr-ukraine-1081-civilians-killed-mar-2022', match: false, published: '2022-04-10T09:00:00Z', why: 'another figure' },
  { text: "Gaza's health ministry said on Tuesday that 60,034 people have been killed in the territory since October 2023.", claimId: 'gaza-moh-toll-60034-jul-2025', match: true, published: '2025-07-29T15:00:00Z', article: 'Palestinians in Gaza' },
  { text: 'Le ministère de la Santé de Gaza a annoncé que 50 021 Palestiniens avaient été tués depuis le 7 octobre 2023.', claimId: 'gaza-moh-toll-50021-mar-2025', match: true, lang: 'fr', published: '2025-03-23T18:00:00Z' },
  { text: 'Lebanon\'s health minister said Israeli attacks have killed 4,047 people in Lebanon since October 2023.', claimId: 'lebanon-health-ministry-4047-killed-dec-2024', match: true, published: '2024-12-04T14:00:00Z' },
  { text: 'Israeli strikes have killed 4,047 people in Syria, a monitor said.', claimId: 'lebanon-health-ministry-4047-killed-dec-2024', match: false, published: '2024-12-05T14:00:00Z', why: 'same figure, another country' },
  { text: 'Iran says at least 610 people have been killed in Israeli strikes since the start of the war.', claimId: 'iran-health-ministry-610-killed-june-2025', match: true, published: '2025-06-24T12:00:00Z' },
  { text: 'At least 5,601 people were killed in gang violence in Haiti last year, the UN said.', claimId: 'ohchr-haiti-5601-killed-gang-violence-2024', match: true, published: '2025-01-08T08:00:00Z' },
  { text: 'The IOM says 10.8 million people are now internally displaced in Sudan.', claimId: 'iom-dtm-sudan-10-8-million-displaced-aug-2024', match: true, published: '2024-09-13T08:00:00Z' },
  { text: 'Al menos 5.601 personas murieron en 2024 en Haití por la violencia de las pandillas, según la ONU.', claimId: 'ohchr-haiti-5601-killed-gang-violence-2024', match: true, lang: 'es', published: '2025-01-08T08:00:00Z' },
  { text: 'More than 10.8 million people have been displaced in Syria, the UN says.', claimId: 'iom-dtm-sudan-10-8-million-displaced-aug-2024', match: false, published: '2024-09-13T08:00:00Z', why: 'same figure, another country' },
  { text: 'The AAPP says 5,982 people have been killed by the junta since the coup in Myanmar.', claimId: 'aapp-myanmar-5982-killed-since-coup-nov-2024', match: true, published: '2024-11-25T08:00:00Z' },
  { text: 'Nearly 3,000 people were killed in the fighting for Goma, a UN official said.', claimId: 'monusco-goma-nearly-3000-killed-feb-2025', match: true, published: '2025-02-05T18:00:00Z' },
  { text: "The UN says Kyiv's Okhmatdyt children's hospital was very likely hit directly by a Russian missile.", claimId: 'hrmmu-okhmatdyt-hospital-direct-hit-russian-missile-2024', match: true, published: '2024-07-09T16:00:00Z' },
  { text: "The Kremlin claimed a Ukrainian air defence missile hit the children's hospital in Kyiv.", claimId: 'kremlin-okhmatdyt-hit-by-ukrainian-air-defence-2024', match: true, published: '2024-07-09T16:00:00Z' },
  { text: 'Israel rejected the famine finding for Gaza as false and biased.', claimId: 'cogat-rejects-ipc-gaza-famine-finding-2025', match: true, published: '2025-08-22T18:00:00Z' },
  { text: 'The Committee to Protect Journalists says 68 journalists have been killed in the Gaza war so far.', claimId: 'cpj-israel-gaza-war-68-journalists-killed-dec-2023', match: true, published: '2023-12-22T08:00:00Z' },
  { text: 'The Committee to Protect Journalists says 68 journalists have been killed in Mexico since 2000.', claimId: 'cpj-israel-gaza-war-68-journalists-killed-dec-2023', match: false, published: '2023-12-22T08:00:00Z', why: 'same figure, another place' },
  { text: 'A record 281 aid workers have been killed around the world this year, the UN said.', claimId: 'ocha-2024-deadliest-year-aid-workers-281-killed', match: true, published: '2024-11-22T15:00:00Z' },
  // Disasters.
  { text: 'The death toll from the earthquakes in Türkiye has risen to 50,096, the disaster agency AFAD said.', claimId: 'afad-turkiye-earthquakes-50096-dead-mar-2023', match: true, published: '2023-03-20T18:00:00Z' },
  { text: 'El terremoto de Marruecos ha dejado 2.960 muertos, según el Gobierno.', claimId: 'morocco-government-earthquake-2960-dead-sep-2023', match: true, lang: 'es', published: '2023-09-14T08:00:00Z' },
  { text: 'The earthquake in Morocco killed 2,960 people in 1960, historians say.', claimId: 'morocco-government-earthquake-2960-dead-sep-2023', match: false, published: '2023-09-14T08:00:00Z', why: 'a year outside the claim' },
  { text: 'Officials lowered the death toll of the Lahaina wildfire on Maui to 97.', claimId: 'maui-police-lahaina-fire-97-dead-sep-2023', match: true, published: '2023-09-16T08:00:00Z' },
  { text: 'The Maui fire killed 115 people, officials said.', claimId: 'maui-police-lahaina-fire-97-dead-sep-2023', match: false, published: '2023-08-25T08:00:00Z', why: 'the earlier, higher figure' },
  { text: 'Les inondations de Valence ont fait 229 morts, selon le bilan officiel.', claimId: 'dana-valencia-floods-229-dead-official-2025', match: true, lang: 'fr', published: '2025-10-29T10:00:00Z' },
  { text: 'Мьянма: число погибших в результате землетрясения достигло 3085 человек.', claimId: 'myanmar-junta-earthquake-3085-dead-apr-2025', match: true, lang: 'ru', published: '2025-04-03T10:00:00Z' },
  { text: "Pakistan's climate minister said one-third of the country is under water.", claimId: 'sherry-rehman-one-third-of-pakistan-under-water-2022', match: true, published: '2022-08-30T10:00:00Z' },
  { text: 'Saudi Arabia says 1,301 people died during the Hajj, most of them unregistered pilgrims.', claimId: 'saudi-health-minister-hajj-2024-1301-dead', match: true, published: '2024-06-24T08:00:00Z' },
  // Health.
  { text: 'Measles cases in Europe doubled in 2024 to 127,350, WHO and UNICEF said.', claimId: 'who-unicef-europe-measles-127350-cases-2024', match: true, published: '2025-03-13T10:00:00Z' },
  { text: 'Measles cases in the United States reached 127,350 in 2024.', claimId: 'who-unicef-europe-measles-127350-cases-2024', match: false, published: '2025-03-13T10:00:00Z', why: 'same figure, another place' },
  { text: 'The US has recorded 1,288 measles cases so far this year, the CDC said.', claimId: 'cdc-us-measles-1288-cases-2025', match: true, published: '2025-07-10T10:00:00Z' },
  { text: 'The CDC website now says the claim that vaccines do not cause autism is not evidence-based.', claimId: 'cdc-website-vaccines-autism-not-evidence-based-2025', match: true, published: '2025-11-20T10:00:00Z' },
  { text: 'Trump told pregnant women not to take Tylenol, linking it to autism.', claimId: 'trump-tylenol-pregnancy-autism-sep-2025', match: true, published: '2025-09-23T10:00:00Z' },
  { text: 'Trump said Tylenol is good for headaches.', claimId: 'trump-tylenol-pregnancy-autism-sep-2025', match: false, published: '2025-09-23T10:00:00Z', why: 'names only part of the statement' },
  { text: 'Louisiana reported the first US death from H5N1 bird flu.', claimId: 'louisiana-first-us-h5n1-bird-flu-death-jan-2025', match: true, published: '2025-01-07T08:00:00Z' },
  // Climate.
  { text: 'The WMO confirmed 2024 was the warmest year on record, about 1.55C above pre-industrial levels.', claimId: 'wmo-2024-warmest-year-1-55c', match: true, published: '2025-01-10T12:00:00Z', article: 'Global temperatures kept rising.' },
  { text: "Carbon dioxide at Mauna Loa peaked at 426.9 parts per million in May, NOAA said.", claimId: 'noaa-mauna-loa-co2-426-9-ppm-may-2024', match: true, published: '2024-06-06T12:00:00Z' },
  { text: "Carbon dioxide at Mauna Loa peaked at 415.9 parts per million in May, NOAA said.", claimId: 'noaa-mauna-loa-co2-426-9-ppm-may-2024', match: false, published: '2024-06-06T12:00:00Z', why: 'another figure' },
  { text: 'Global sea level rose 0.59 centimetres last year, more than expected, NASA said.', claimId: 'nasa-sea-level-rise-2024-0-59-cm', match: true, published: '2025-03-14T12:00:00Z' },
  { text: 'Fossil fuel emissions are set to reach a record 37.4 billion tonnes of CO2 this year, scientists said.', claimId: 'gcp-fossil-co2-emissions-37-4-billion-tonnes-2024', match: true, published: '2024-11-13T12:00:00Z' },
  { text: 'Fossil fuel emissions are set to reach 36.8 billion tonnes of CO2 this year, scientists said.', claimId: 'gcp-fossil-co2-emissions-37-4-billion-tonnes-2024', match: false, published: '2023-12-05T12:00:00Z', why: 'the previous year, another figure' },
  { text: 'The Israeli military said it has killed more than 17,000 militants in Gaza since the war began.', claimId: 'idf-17000-militants-killed-gaza-aug-2024', match: true, published: '2024-08-15T20:00:00Z' },
  { text: 'The Israeli military said it has killed more than 17,000 militants in Lebanon since the war began.', claimId: 'idf-17000-militants-killed-gaza-aug-2024', match: false, published: '2024-08-15T20:00:00Z', why: 'same figure, another place' },
  { text: 'Trump told the UN that climate change is the greatest con job ever perpetrated on the world.', claimId: 'trump-un-climate-change-greatest-con-job-2025', match: true, published: '2025-09-23T20:00:00Z' },
  { text: 'El presidente dijo que el cambio climático es real y que actuará con urgencia.', claimId: 'trump-un-climate-change-greatest-con-job-2025', match: false, lang: 'es', published: '2025-09-24T20:00:00Z', why: 'no charge of a hoax' },
  { text: 'The death toll from the earthquake in eastern Afghanistan has risen to 2,205, the Taliban said.', claimId: 'taliban-kunar-earthquake-2205-dead-sep-2025', match: true, published: '2025-09-04T12:00:00Z' },
  { text: 'Tuberculosis killed an estimated 1.25 million people last year, the WHO said.', claimId: 'who-tuberculosis-1-25-million-deaths-2023', match: true, published: '2024-10-29T12:00:00Z' },
  { text: 'Malaria killed an estimated 1.25 million people last year, the WHO said.', claimId: 'who-tuberculosis-1-25-million-deaths-2023', match: false, published: '2024-10-29T12:00:00Z', why: 'same figure, another disease' },
  { text: "Le paludisme a fait 597 000 morts dans le monde en 2023, selon l'OMS.", claimId: 'who-malaria-597000-deaths-2023', match: true, lang: 'fr', published: '2024-12-11T12:00:00Z' },
  { text: 'Gaza has recorded its first polio case in 25 years, the health ministry said.', claimId: 'gaza-first-polio-case-in-25-years-aug-2024', match: true, published: '2024-08-17T12:00:00Z' },
  { text: 'Nearly 6.9 million people are internally displaced in DR Congo, the IOM said.', claimId: 'iom-drc-6-9-million-internally-displaced-2024', match: true, published: '2024-10-22T12:00:00Z' },
  { text: 'Current policies put the world on track for 3.1C of warming this century, the UN warned.', claimId: 'unep-emissions-gap-2024-3-1c-current-policies', match: true, published: '2024-10-24T12:00:00Z', article: 'The UN Environment Programme published its yearly Emissions Gap Report.' },
  { text: 'At least 12,456 civilians have been killed in Ukraine since February 2022, the UN told the Security Council.', claimId: 'ohchr-ukraine-12456-civilians-killed-end-2024', match: true, published: '2025-01-17T12:00:00Z' },
  { text: 'The WHO said mpox is no longer a global health emergency.', claimId: 'who-ends-mpox-public-health-emergency-sep-2025', match: true, published: '2025-09-05T15:00:00Z' },
  { text: 'More than 4 million people have now fled Sudan to neighbouring countries, UNHCR said.', claimId: 'unhcr-4-million-fled-sudan-jun-2025', match: true, published: '2025-06-03T12:00:00Z' },
  { text: "Kennedy claimed the MMR vaccine contains 'aborted fetus debris'.", claimId: 'rfk-jr-mmr-vaccine-aborted-fetus-debris-2025', match: true, published: '2025-05-01T12:00:00Z' },
  { text: '2025 was the third-warmest year on record, about 1.47C above pre-industrial temperatures, Copernicus said.', claimId: 'copernicus-2025-third-warmest-year-1-47c', match: true, published: '2026-01-14T12:00:00Z' },
  { text: 'Russia launched a record 810 drones at Ukraine overnight, the Ukrainian air force said.', claimId: 'ukraine-air-force-810-drones-record-attack-sep-2025', match: true, published: '2025-09-07T09:00:00Z' },
  { text: 'The Texas floods have killed at least 135 people, most of them in Kerr County.', claimId: 'texas-hill-country-floods-at-least-135-dead-jul-2025', match: true, published: '2025-07-20T09:00:00Z' },
  { text: 'Texas health officials declared the measles outbreak over after 762 cases.', claimId: 'texas-dshs-measles-outbreak-over-762-cases-2025', match: true, published: '2025-08-19T09:00:00Z' },
  { text: 'Arctic sea ice peaked at a record-low 14.33 million square kilometres this winter, NSIDC said.', claimId: 'nsidc-arctic-sea-ice-record-low-maximum-2025', match: true, published: '2025-03-27T18:00:00Z' },
  { text: 'Kyiv says 19,546 Ukrainian children have been deported to Russia.', claimId: 'bring-kids-back-19546-children-deported-may-2025', match: true, published: '2025-05-23T09:00:00Z' },
  { text: 'Typhoon Kalmaegi has killed at least 114 people in the Philippines, most of them in Cebu.', claimId: 'philippines-ocd-typhoon-kalmaegi-114-dead-nov-2025', match: true, published: '2025-11-06T09:00:00Z' },
  { text: 'One in six bacterial infections worldwide is now resistant to antibiotics, the WHO warned.', claimId: 'who-one-in-six-bacterial-infections-resistant-2025', match: true, published: '2025-10-13T12:00:00Z' },
];

let index: DatasetIndex;
beforeAll(() => {
  index = loadClaimsIndex();
});

function matchedIds(pair: Pair): string[] {
  const articleStems = new Set([pair.text, pair.article ?? ''].flatMap((t) => contentTokens(t)).map(stem));
  return matchClaim(
    { text: pair.text, numbers: findNumbers(pair.text, pair.lang ?? 'en'), claimant: pair.claimant ?? null, claimantId: pair.claimantId ?? null },
    index,
    { articleStems, publishedTime: pair.published ?? null },
  ).map((m) => m.claimId);
}

describe('records on wars, disasters, health and climate', () => {
  it('every pair names a record that exists', () => {
    const ids = new Set(index.claims.map((c) => c.id));
    expect(PAIRS.filter((p) => !ids.has(p.claimId)).map((p) => p.claimId)).toEqual([]);
  });

  it.each(PAIRS.map((p) => [p.match ? 'finds' : 'refuses', p.text, p] as const))('%s: %s', (_verb, _text, pair) => {
    expect(matchedIds(pair).includes(pair.claimId)).toBe(pair.match);
  });
});
