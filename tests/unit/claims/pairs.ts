/**
 * Hand-written (sentence, claim record) pairs for the claim matcher: paraphrases, other languages, number and unit
 * mismatches, other places and other dates. `match: true` means the sentence states the record's claim.
 * `article` stands for the rest of the article the sentence came from (the matcher reads it for implicit context).
 */
export interface Pair {
  text: string;
  claimId: string;
  match: boolean;
  lang?: string;
  published?: string;
  article?: string;
  claimant?: string;
  claimantId?: string;
  why?: string;
}

const SOHR446 = 'sohr-russian-strikes-killed-446-oct-2015';
const SOHR370 = 'sohr-russian-strikes-killed-370-oct-2015';
const SAMS9 = 'sams-nine-russian-strikes-on-hospitals-oct-2015';
const DENIAL = 'russia-denies-civilian-deaths-syria-strikes-2015';
const MOD500 = 'russia-mod-500-terrorist-targets-oct-2015';
const LATAKIA45 = 'sohr-latakia-russian-strikes-45-killed-oct-2015';
const AMNESTY200 = 'amnesty-russian-strikes-200-civilians-2015';
const SNHR570 = 'snhr-russian-forces-570-civilians-dec-2015';
const SNHR6686 = 'snhr-russian-forces-6686-civilians-2019';
const SNHR6954 = 'snhr-russian-forces-6954-civilians-2023';
const SNHR207 = 'snhr-russian-attacks-207-medical-facilities-2023';
const SOHR3804 = 'sohr-russian-strikes-3804-civilians-one-year';
const SOHR18000 = 'sohr-russian-strikes-18000-killed-three-years';
const AIRWARS = 'airwars-russia-syria-civilian-harm-2022';
const PHR112 = 'phr-2015-worst-year-attacks-medical-facilities-syria';
const MSF12 = 'msf-twelve-syria-hospitals-hit-oct-2015';
const IDLIB150 = 'russia-mod-denies-150-civilian-deaths-idlib-2017';

const SYRIA_2015 = { published: '2015-10-24T10:00:00Z', article: "Russia's air campaign in Syria entered its fourth week." };

export const PAIRS: Pair[] = [
  // The seed's casualty figure: paraphrases and translations.
  { text: 'Russian bombing has killed 446 people in Syria, the London-based monitor said.', claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: 'At least 446 people have died in Russian airstrikes in Syria since September 30, according to the Syrian Observatory for Human Rights.', claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: 'Nearly 450 people have been killed in Russian strikes on Syria, a monitoring group said on Friday.', claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: "Les frappes russes en Syrie ont tué au moins 446 personnes, dont 151 civils, selon l'OSDH.", claimId: SOHR446, match: true, lang: 'fr', ...SYRIA_2015 },
  { text: 'Depuis le 30 septembre, les raids aériens russes ont fait près de 450 morts en Syrie, a indiqué une ONG.', claimId: SOHR446, match: true, lang: 'fr', ...SYRIA_2015 },
  { text: 'В результате российских авиаударов в Сирии погибли по меньшей мере 446 человек, сообщает Сирийская обсерватория по правам человека.', claimId: SOHR446, match: true, lang: 'ru', ...SYRIA_2015 },
  { text: 'The Syrian Observatory for Human Rights put the toll from Russian raids at 446 dead.', claimId: SOHR446, match: true, ...SYRIA_2015, claimant: 'Syrian Observatory for Human Rights', claimantId: 'syrian-observatory-for-human-rights' },
  { text: 'Some 446 people, a third of them civilians, have died in Russia\'s month-old bombing campaign in Syria, according to the monitor.', claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: 'In October 2015 the Syrian Observatory said Russian strikes had killed at least 446 people in Syria.', claimId: SOHR446, match: true, published: '2016-05-02T00:00:00Z' },
  // ... and what must not match it.
  { text: '446 people attended the meeting in Moscow on Tuesday.', claimId: SOHR446, match: false, why: 'same number, other subject' },
  { text: 'At least 446 people were killed in floods in Pakistan.', claimId: SOHR446, match: false, why: 'other event' },
  { text: 'Russian air strikes killed at least 446 people in Ukraine, officials said.', claimId: SOHR446, match: false, article: 'The war in Ukraine', published: '2022-04-01T00:00:00Z', why: 'other place' },
  { text: 'Russian air strikes in Syria have killed at least 1,000 people, the Observatory said.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'other figure' },
  { text: 'The monitor said on Tuesday that 370 people had been killed in Russian air strikes in Syria since they began.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'earlier figure' },
  { text: 'Russian air strikes in Syria killed 446 people in 2019, the monitor said.', claimId: SOHR446, match: false, published: '2020-01-05T00:00:00Z', why: 'other year' },
  { text: 'At least 446 people were wounded in Russian air strikes in Syria, the Observatory said.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'wounded, not killed' },
  { text: 'Russian strikes killed 446 fighters from Islamic State in Syria, the defence ministry said.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'fighters, not people' },
  { text: 'Au moins 446 personnes ont assisté au concert à Paris samedi.', claimId: SOHR446, match: false, lang: 'fr', why: 'same number, other subject (fr)' },
  { text: 'По меньшей мере 446 человек погибли в результате землетрясения в Турции.', claimId: SOHR446, match: false, lang: 'ru', why: 'same number, other event (ru)' },
  { text: 'Russian air strikes in Syria have killed 446 people, the Observatory said.', claimId: SOHR446, match: false, published: '2015-09-01T00:00:00Z', why: 'article predates the claim' },

  // The earlier figure.
  { text: 'The monitor said on Tuesday that 370 people had been killed in Russian air strikes in Syria since they began.', claimId: SOHR370, match: true, published: '2015-10-21T00:00:00Z' },
  { text: "Selon l'OSDH, 370 personnes ont été tuées par les frappes russes en Syrie depuis le 30 septembre.", claimId: SOHR370, match: true, lang: 'fr', published: '2015-10-21T00:00:00Z' },
  { text: 'Nearly 450 people have been killed in Russian strikes on Syria, a monitoring group said on Friday.', claimId: SOHR370, match: false, ...SYRIA_2015, why: 'later figure' },

  // Strikes on hospitals.
  { text: 'Russian warplanes have struck hospitals in Syria nine times, the Syrian American Medical Society said.', claimId: SAMS9, match: true, ...SYRIA_2015 },
  { text: 'Russian airstrikes hit nine hospitals in Syria this month, according to a medical non-profit.', claimId: SAMS9, match: true, ...SYRIA_2015 },
  { text: 'Neuf frappes aériennes russes ont touché des hôpitaux en Syrie, selon une ONG médicale.', claimId: SAMS9, match: true, lang: 'fr', ...SYRIA_2015 },
  { text: 'Девять российских авиаударов пришлись по больницам в Сирии, заявило Сирийско-американское медицинское общество.', claimId: SAMS9, match: true, lang: 'ru', ...SYRIA_2015 },
  { text: 'The medical society said nine Russian air strikes had hit field clinics and hospitals.', claimId: SAMS9, match: true, ...SYRIA_2015 },
  { text: 'Nine Russian air strikes hit targets near Aleppo on Monday.', claimId: SAMS9, match: false, ...SYRIA_2015, why: 'not hospitals' },
  { text: 'Syrian government air strikes have hit nine hospitals in Idlib this year, the medical charity said.', claimId: SAMS9, match: false, published: '2015-06-01T00:00:00Z', why: 'other belligerent, before the campaign' },
  { text: 'Nine people were killed when Russian air strikes hit a market in Syria.', claimId: SAMS9, match: false, ...SYRIA_2015, why: 'nine people, not nine strikes on hospitals' },
  { text: 'Russian air strikes have hit twelve hospitals in Syria in recent weeks.', claimId: SAMS9, match: false, ...SYRIA_2015, why: 'other figure' },

  // Russia's denials.
  { text: 'Moscow has dismissed reports that its air strikes killed civilians in Syria as fake.', claimId: DENIAL, match: true, ...SYRIA_2015 },
  { text: 'The Kremlin called claims of civilian deaths from Russian airstrikes a hoax.', claimId: DENIAL, match: true, ...SYRIA_2015 },
  { text: 'Moscou dément que ses frappes aient tué des civils en Syrie.', claimId: DENIAL, match: true, lang: 'fr', ...SYRIA_2015 },
  { text: 'Минобороны России опровергает сообщения о гибели мирных жителей при ударах в Сирии.', claimId: DENIAL, match: true, lang: 'ru', ...SYRIA_2015 },
  { text: 'Russia denied that its jets had violated Turkish airspace.', claimId: DENIAL, match: false, ...SYRIA_2015, why: 'other denial' },
  { text: 'Russian officials said the strikes had destroyed dozens of terrorist command posts in Syria.', claimId: DENIAL, match: false, ...SYRIA_2015, why: 'no denial' },
  { text: 'Russian air strikes in Syria have killed at least 446 people, more than a third of them civilians.', claimId: DENIAL, match: false, ...SYRIA_2015, why: 'the accusation, not the denial' },

  // Russia's own figure.
  { text: 'Russia says its jets have hit some 500 terrorist targets in Syria since the start of the campaign.', claimId: MOD500, match: true, published: '2015-10-21T00:00:00Z', article: 'Russian air strikes continued.' },
  { text: 'The Russian Defence Ministry said its planes flew 500 sorties in Syria last week.', claimId: MOD500, match: false, published: '2015-10-21T00:00:00Z', why: 'sorties, not targets' },

  // Latakia.
  { text: 'Russian air strikes killed at least 45 people in the Jabal al-Akrad region of Latakia on Tuesday, the Observatory said.', claimId: LATAKIA45, match: true, published: '2015-10-20T18:00:00Z', article: 'Syria' },
  { text: 'Russian strikes on Syria have killed 45 civilians in Idlib, the Observatory said.', claimId: LATAKIA45, match: false, published: '2015-10-20T18:00:00Z', why: 'other province' },

  // Amnesty.
  { text: 'Amnesty International says Russian air strikes in Syria have killed at least 200 civilians.', claimId: AMNESTY200, match: true, published: '2015-12-23T12:00:00Z' },
  { text: 'Selon Amnesty International, les frappes russes ont tué au moins 200 civils en Syrie.', claimId: AMNESTY200, match: true, lang: 'fr', published: '2015-12-23T12:00:00Z' },
  { text: 'Amnesty International said 200 activists were arrested in Moscow last year.', claimId: AMNESTY200, match: false, published: '2015-12-23T12:00:00Z', why: 'other subject' },
  { text: 'Russian air strikes in Syria have killed 200 fighters from the Islamic State group, Moscow said.', claimId: AMNESTY200, match: false, published: '2015-12-23T12:00:00Z', why: 'fighters, not civilians' },
  { text: 'Amnesty International said at least 200 civilians were killed in US-led coalition strikes in Raqqa.', claimId: AMNESTY200, match: false, published: '2017-06-05T12:00:00Z', why: 'other belligerent' },

  // SNHR.
  { text: 'Russian forces have killed 570 civilians in Syria, including 152 children, a rights network said.', claimId: SNHR570, match: true, published: '2015-12-18T00:00:00Z' },
  { text: 'The Syrian Network for Human Rights said 570 people were detained by government forces.', claimId: SNHR570, match: false, published: '2015-12-18T00:00:00Z', why: 'other subject' },
  { text: 'Russian forces killed 6,686 civilians in Syria over four years, the Syrian Network for Human Rights said.', claimId: SNHR6686, match: true, published: '2019-10-01T00:00:00Z' },
  { text: 'Russian forces have killed 570 civilians in Syria, including 152 children, a rights network said.', claimId: SNHR6686, match: false, published: '2019-10-01T00:00:00Z', why: 'other figure' },
  { text: 'Russian forces killed 6,686 fighters in Syria, the defence ministry claimed.', claimId: SNHR6686, match: false, published: '2019-10-01T00:00:00Z', why: 'fighters, not civilians' },
  { text: 'Российские войска убили в Сирии не менее 6954 мирных жителей, говорится в докладе правозащитников.', claimId: SNHR6954, match: true, lang: 'ru', published: '2023-10-02T00:00:00Z' },
  { text: 'Les forces russes ont tué au moins 6 954 civils en Syrie depuis 2015, selon le Réseau syrien des droits de l\'homme.', claimId: SNHR6954, match: true, lang: 'fr', published: '2023-10-02T00:00:00Z' },
  { text: 'Russian forces carried out 207 attacks on medical facilities in Syria since 2015, SNHR said.', claimId: SNHR207, match: true, published: '2023-10-02T00:00:00Z' },
  { text: 'Russia has carried out 207 air strikes on Islamic State positions in Syria in the past week.', claimId: SNHR207, match: false, published: '2023-10-02T00:00:00Z', why: 'not on medical facilities' },

  // SOHR's later counts.
  { text: "In its first year, Russia's air campaign killed 3,804 civilians in Syria, the Observatory said.", claimId: SOHR3804, match: true, published: '2016-09-30T00:00:00Z' },
  { text: 'More than 18,000 people have been killed in three years of Russian air strikes in Syria, the monitor says.', claimId: SOHR18000, match: true, published: '2018-09-30T00:00:00Z' },
  { text: "The Syrian Observatory for Human Rights says more than 18,000 people were killed in Syria's war in 2013 alone.", claimId: SOHR18000, match: false, published: '2014-01-01T00:00:00Z', why: 'other period, no Russian strikes' },

  // Airwars.
  { text: 'Airwars says as many as 24,743 civilians have been reported killed by Russian actions in Syria.', claimId: AIRWARS, match: true, published: '2022-03-25T00:00:00Z' },
  { text: 'Airwars estimated that 24,743 civilians were killed by the US-led coalition in Iraq and Syria.', claimId: AIRWARS, match: false, published: '2022-03-25T00:00:00Z', why: 'other belligerent' },

  // Attacks on health care.
  { text: 'Physicians for Human Rights counted 112 attacks on medical facilities in Syria this year, the worst on record.', claimId: PHR112, match: true, published: '2015-12-18T00:00:00Z' },
  { text: 'Physicians for Human Rights counted 112 doctors killed in Syria in 2015.', claimId: PHR112, match: false, published: '2015-12-18T00:00:00Z', why: 'doctors killed, not attacks' },
  { text: 'Twelve hospitals in Syria have been hit by air strikes in recent weeks, Doctors Without Borders said.', claimId: MSF12, match: true, published: '2015-10-29T00:00:00Z' },
  { text: 'Doctors Without Borders said twelve of its staff had been killed in Yemen.', claimId: MSF12, match: false, published: '2015-10-29T00:00:00Z', why: 'other place and subject' },

  // 2017 denial.
  { text: "Russia's defence ministry denied that 150 civilians were killed in Idlib by its aircraft.", claimId: IDLIB150, match: true, published: '2017-09-28T12:00:00Z', article: 'Syria' },
  { text: "Russia's defence ministry denied that 150 civilians were killed in Idlib by its aircraft.", claimId: DENIAL, match: false, published: '2017-09-28T12:00:00Z', article: 'Syria', why: '2017 denial is a different record' },

  // Harder wordings, written after the rules above (some are expected to be missed).
  { text: "Moscow's month-long air war has left 446 dead, among them 151 civilians, the Britain-based Observatory reported.", claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: "Russia's intervention has cost 446 lives so far, according to the Syrian Observatory for Human Rights.", claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: 'SOHR: Russian jets kill 446 in Syria', claimId: SOHR446, match: true, ...SYRIA_2015 },
  { text: 'Правозащитники насчитали 446 погибших от российских бомбардировок в Сирии.', claimId: SOHR446, match: true, lang: 'ru', ...SYRIA_2015 },
  { text: "L'aviation russe a tué 446 personnes en Syrie depuis fin septembre, selon l'Observatoire syrien des droits de l'homme.", claimId: SOHR446, match: true, lang: 'fr', ...SYRIA_2015 },
  { text: 'Russian air strikes have killed 446 Islamic State militants, the Russian defence ministry said.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'militants, not people' },
  { text: 'A total of 446 Russian air strikes were carried out in Syria in October, the ministry said.', claimId: SOHR446, match: false, ...SYRIA_2015, why: 'strikes, not people' },
  { text: 'Nine hospitals in Yemen were hit by Saudi-led coalition air strikes.', claimId: SAMS9, match: false, published: '2015-10-24T00:00:00Z', why: 'other war' },
  { text: 'Neuf personnes ont été tuées dans des frappes russes sur un marché en Syrie.', claimId: SAMS9, match: false, lang: 'fr', ...SYRIA_2015, why: 'people killed, not strikes on hospitals (fr)' },
  { text: 'Российская авиация нанесла девять ударов по позициям боевиков в Сирии.', claimId: SAMS9, match: false, lang: 'ru', ...SYRIA_2015, why: 'strikes on fighters, not hospitals (ru)' },

  // Other contested figures: the same event with rival figures must go to the right record.
  { text: "Gaza's health ministry said 471 people were killed in the blast at al-Ahli Arab hospital.", claimId: 'gaza-moh-al-ahli-hospital-blast-471-oct-2023', match: true, published: '2023-10-19T00:00:00Z' },
  { text: "Gaza's health ministry said 471 people were killed in the blast at al-Ahli Arab hospital.", claimId: 'us-intelligence-al-ahli-hospital-blast-100-300-oct-2023', match: false, published: '2023-10-19T00:00:00Z', why: 'rival figure' },
  { text: 'US intelligence estimates that between 100 and 300 people died in the explosion at the al-Ahli hospital in Gaza.', claimId: 'us-intelligence-al-ahli-hospital-blast-100-300-oct-2023', match: true, published: '2023-10-20T00:00:00Z' },
  { text: "L'explosion à l'hôpital Ahli de Gaza a fait 471 morts, selon le ministère de la Santé.", claimId: 'gaza-moh-al-ahli-hospital-blast-471-oct-2023', match: true, lang: 'fr', published: '2023-10-18T00:00:00Z' },
  { text: 'Israel says more than 1,400 people were killed in the Hamas attack of October 7.', claimId: 'israel-oct-7-attack-toll-1400-initial', match: true, published: '2023-10-20T00:00:00Z' },
  { text: 'Israel says more than 1,400 people were killed in the Hamas attack of October 7.', claimId: 'israel-oct-7-attack-toll-around-1200', match: false, published: '2023-10-20T00:00:00Z', why: 'before the revision, other figure' },
  { text: 'Israel has revised the death toll from the October 7 Hamas attack to around 1,200.', claimId: 'israel-oct-7-attack-toll-around-1200', match: true, published: '2023-11-11T00:00:00Z' },
  { text: 'Около 1200 человек погибли в Израиле в результате нападения ХАМАС 7 октября.', claimId: 'israel-oct-7-attack-toll-around-1200', match: true, lang: 'ru', published: '2023-11-12T00:00:00Z' },
  { text: 'An AP investigation found that about 600 people died in the Russian strike on the Mariupol drama theater.', claimId: 'ap-mariupol-theatre-about-600-killed', match: true, published: '2022-05-05T00:00:00Z' },
  { text: 'An AP investigation found that about 600 people died in the Russian strike on the Mariupol drama theater.', claimId: 'ukraine-officials-mariupol-theatre-300-killed', match: false, published: '2022-05-05T00:00:00Z', why: 'rival figure' },
  { text: 'Ukrainian officials said at least 300 people were killed when Russia bombed the theatre in Mariupol.', claimId: 'ukraine-officials-mariupol-theatre-300-killed', match: true, published: '2022-03-26T00:00:00Z' },
  { text: 'Около 300 человек погибли при ударе по драмтеатру в Мариуполе.', claimId: 'ukraine-officials-mariupol-theatre-300-killed', match: true, lang: 'ru', published: '2022-03-26T00:00:00Z' },
  { text: 'Hurricane Maria killed an estimated 2,975 people in Puerto Rico, a George Washington University study found.', claimId: 'gwu-hurricane-maria-excess-deaths-2975', match: true, published: '2018-08-29T00:00:00Z' },
  { text: 'Hurricane Maria killed an estimated 2,975 people in Puerto Rico, a George Washington University study found.', claimId: 'puerto-rico-hurricane-maria-official-toll-64', match: false, published: '2018-08-29T00:00:00Z', why: 'rival figure' },
  { text: 'Hurricane Irma killed 2,975 head of cattle in Florida, farmers said.', claimId: 'gwu-hurricane-maria-excess-deaths-2975', match: false, published: '2017-10-01T00:00:00Z', why: 'other storm, other subject' },
  { text: 'Les inondations de Derna ont fait 11 300 morts, selon le Croissant-Rouge libyen.', claimId: 'libyan-red-crescent-derna-flood-11300-dead-2023', match: true, lang: 'fr', published: '2023-09-15T00:00:00Z' },
  { text: 'The UN now says 3,958 people died in the Derna floods, with more than 9,000 missing.', claimId: 'who-ocha-derna-flood-3958-dead-2023', match: true, published: '2023-09-18T00:00:00Z' },
  { text: 'The UN now says 3,958 people died in the Derna floods, with more than 9,000 missing.', claimId: 'libyan-red-crescent-derna-flood-11300-dead-2023', match: false, published: '2023-09-18T00:00:00Z', why: 'revised figure' },
  { text: 'We send the EU £350 million a week, the Leave campaign says; let us fund our NHS instead.', claimId: 'vote-leave-350m-a-week-to-eu', match: true, published: '2016-05-01T00:00:00Z' },
  { text: 'The NHS will receive £350 million in extra funding this week, the health secretary said.', claimId: 'vote-leave-350m-a-week-to-eu', match: false, published: '2016-05-01T00:00:00Z', why: 'same figure, not about the EU' },
  { text: 'Sean Spicer said it was the largest audience ever to witness an inauguration.', claimId: 'spicer-largest-inauguration-audience-2017', match: true, published: '2017-01-22T00:00:00Z' },
  { text: 'The largest crowd ever gathered in the stadium watched the final on Sunday.', claimId: 'spicer-largest-inauguration-audience-2017', match: false, published: '2017-01-22T00:00:00Z', why: 'superlative about something else' },
  { text: 'Trump repeated his claim that between 3 million and 5 million illegal votes were cast.', claimId: 'trump-3-to-5-million-illegal-votes-2016', match: true, published: '2017-01-24T00:00:00Z' },
  { text: 'More than 8,000 Bosniak men and boys were killed in Srebrenica in July 1995.', claimId: 'srebrenica-more-than-8000-killed-1995', match: true, published: '2024-07-11T00:00:00Z' },
  { text: 'The WHO estimates 14.9 million excess deaths were associated with the COVID-19 pandemic in 2020 and 2021.', claimId: 'who-covid-excess-deaths-14-9-million-2020-2021', match: true, published: '2022-05-06T00:00:00Z' },
  { text: 'Selon l\'OMS, la pandémie de Covid-19 a causé près de 15 millions de morts en 2020 et 2021.', claimId: 'who-covid-excess-deaths-14-9-million-2020-2021', match: true, lang: 'fr', published: '2022-05-06T00:00:00Z' },
  { text: 'The pandemic pushed 14.9 million people into extreme poverty, the World Bank said.', claimId: 'who-covid-excess-deaths-14-9-million-2020-2021', match: false, published: '2022-05-06T00:00:00Z', why: 'same figure, poverty not deaths' },
];
