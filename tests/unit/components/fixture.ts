import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { messagesFromFile, type MessageFile } from '@/lib/i18n';
import type { Analysis, Attribution, EntityRef } from '@/lib/model/analysis';

/** Translators backed by the real catalogues, as the popup's would be in an English or French browser. */
export const EN = messagesFromFile(en as MessageFile, 'en');
export const FR = messagesFromFile(fr as MessageFile, 'fr');

const SOHR: EntityRef = {
  id: 'syrian-observatory-for-human-rights',
  name: 'Syrian Observatory for Human Rights',
  type: 'monitor',
  country: 'GB',
  typology: null,
  affiliation: 'Run by Rami Abdulrahman from his home in Coventry, England',
  note: 'UK-based information office founded in 2006 that documents abuses in Syria.',
  citations: [{ url: 'https://www.reuters.com/article/uk-britain-syria-idUKTRE7B71XG20111208', title: 'Coventry - an unlikely home to prominent Syria activist' }],
};

function attribution(a: Partial<Attribution> & Pick<Attribution, 'speaker' | 'kind'>): Attribution {
  return {
    role: null, affiliation: null, mode: 'direct', cue: 'said', cueTone: 'neutral', text: '', via: null, qualifiers: [],
    paragraph: 0, start: 0, end: 0, entity: null, ...a,
  };
}

const LONG_QUOTE =
  'Today we invited the U.S., British, French, German, Italian, Saudi, Turkish, and NATO military attaches to provide an official explanation of the substance of the statements made, or to refute them, and we expect an answer within days';

/** Modelled on the analyzer's output for the RFE/RL seed fixture, with the cases that fixture lacks added. */
export const ANALYSIS: Analysis = {
  url: 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html',
  article: {
    title: 'Russia Demands That Envoys Document Syrian Civilian Deaths', byline: null, siteName: 'RadioFreeEurope/RadioLiberty',
    lang: 'en', publishedTime: '2015-10-27T14:58:46+00:00', wordCount: 344, readerable: true,
  },
  outlet: {
    id: 'rferl', name: 'Radio Free Europe/Radio Liberty', domain: 'rferl.org', kind: 'broadcaster', country: 'US', typology: 'ISFM',
    owner: 'U.S. Agency for Global Media (grantee)', parent: 'U.S. Agency for Global Media', funding: 'state-funded-firewall',
    note: 'International broadcaster paid for by a U.S. congressional grant through USAGM.', reliability: 'generally-reliable',
    matchedBy: 'domain',
    citations: [
      { url: 'https://about.rferl.org/faq/', title: 'RFE/RL FAQ' },
      { url: 'https://statemediamonitor.com/typology/', title: 'State Media Matrix typology' },
    ],
    reviewed: '2026-11-25',
    tier: 'curated',
    origin: null,
    lowCredibility: null,
  },
  site: { host: 'www.rferl.org', registrableDomain: 'rferl.org', claimedName: 'RadioFreeEurope/RadioLiberty', impersonates: null, syndicatedFrom: null },
  attributions: [
    attribution({ speaker: 'defense ministry', kind: 'organization', mode: 'indirect', text: 'Deputy defense minister Anatoly Antonov contacted the military attaches', paragraph: 1 }),
    attribution({ speaker: 'Anatoly Antonov', role: 'deputy defense minister', kind: 'named', text: 'We are accused not only of hitting the moderate opposition', paragraph: 2 }),
    attribution({ speaker: 'Western media reports', kind: 'media', mode: 'indirect', cue: 'according to', text: 'non-combatants are allegedly being killed', qualifiers: ['western'], paragraph: 3 }),
    attribution({ speaker: 'Anatoly Antonov', role: 'deputy defense minister', kind: 'named', text: LONG_QUOTE, paragraph: 4 }),
    attribution({ speaker: 'Syrian Observatory for Human Rights', role: 'a respected monitoring group based in London', kind: 'organization', mode: 'indirect', text: 'Russian air strikes in Syria have killed at least 446 people', paragraph: 9, entity: SOHR }),
    attribution({ speaker: 'Russia', kind: 'organization', mode: 'indirect', cue: 'claimed', cueTone: 'loaded', text: 'it only targets Islamic State', paragraph: 10 }),
    attribution({ speaker: 'a senior Western diplomat', kind: 'anonymous', mode: 'indirect', text: 'the attaches would not respond', via: 'Reuters', paragraph: 11 }),
    attribution({ speaker: 'a UN report', kind: 'document', mode: 'indirect', cue: 'according to', text: 'hospitals were hit twice in October', paragraph: 12 }),
    attribution({ speaker: 'AFP', kind: 'media', mode: 'credit', cue: 'With reporting by', paragraph: 13,
      entity: { id: 'afp', name: 'Agence France-Presse', type: 'outlet:wire', country: 'FR', typology: null, affiliation: null, note: 'French news agency.', citations: [] } }),
  ],
  profile: {
    byKind: { organization: 3, named: 2, media: 2, anonymous: 1, document: 1 },
    quotedShare: [
      { speaker: 'Anatoly Antonov', chars: 767, share: 0.615 },
      { speaker: 'defense ministry', chars: 210, share: 0.168 },
      { speaker: 'Western media reports', chars: 98, share: 0.079 },
      { speaker: 'Syrian Observatory for Human Rights', chars: 97, share: 0.078 },
      { speaker: 'Syrian-American Medical Society', chars: 60, share: 0.048 },
      { speaker: 'Russia', chars: 15, share: 0.012 },
    ],
    anonymousShare: 0.04,
    sides: [
      { label: 'Russian government', speakers: ['Anatoly Antonov', 'defense ministry'] },
      { label: 'monitors and NGOs', speakers: ['Syrian Observatory for Human Rights', 'Syrian-American Medical Society'] },
    ],
  },
  claims: [
    {
      text: 'The Syrian Observatory for Human Rights said October 23 that Russian air strikes in Syria have killed at least 446 people, more than a third of them civilians.',
      paragraph: 9, start: 0, end: 160, checkworthiness: 0.85, reason: 'casualty-figure',
      numbers: [
        { raw: 'at least 446', value: null, min: 446, max: null, qualifier: 'at-least', unit: 'people', isRatio: false },
        { raw: 'more than a third', value: null, min: 0.333, max: null, qualifier: 'more-than', unit: 'civilians', isRatio: true },
      ],
      claimant: 'Syrian Observatory for Human Rights',
      derivedNotes: [
        {
          stance: 'derived', by: 'Sourcelight', date: null, text: 'This figure comes from a single monitoring group.', citation: null,
          derived: { kind: 'single-source', args: ['Syrian Observatory for Human Rights'] },
        },
      ],
      matches: [
        {
          claimId: 'sohr-russian-strikes-killed-446-oct-2015',
          summary: 'The Syrian Observatory for Human Rights counted at least 446 people killed by Russian air strikes.',
          score: 1, reasons: [],
          notes: [
            { stance: 'disputes', by: 'Government of Russia', date: '2015-10-23', text: 'Moscow had called the earlier reports fake.', citation: { url: 'https://newsofbahrain.com/world/7378.html', title: 'Nearly 450 killed in Russian strikes on Syria' } },
            { stance: 'context', by: 'Syrian Observatory for Human Rights', date: '2015-10-20', text: 'Three days earlier the same monitor had given a toll of 370 dead.', citation: { url: 'https://newsofbahrain.com/world/7378.html', title: 'Nearly 450 killed in Russian strikes on Syria' } },
            { stance: 'revises', by: 'Airwars', date: null, text: 'Later counts were higher.', citation: { url: 'javascript:alert(1)', title: 'Bad link' } },
          ],
        },
      ],
    },
    {
      text: '"As a result of this, according to Western media reports, non-combatants are allegedly being killed," he said.',
      paragraph: 3, start: 0, end: 110, checkworthiness: 0.6, reason: 'accusation', numbers: [], claimant: 'Western media reports', derivedNotes: [], matches: [],
    },
  ],
  pageClaimReviews: [
    { claimReviewed: 'Russian jets bombed a hospital in Idlib', rating: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1, author: 'Example Checks', claimant: 'Syrian Civil Defence', datePublished: '2015-11-02', url: 'https://example.org/check/1' },
  ],
  datasetVersion: 'test',
};
