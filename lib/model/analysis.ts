import * as v from 'valibot';
import { PageClaimReviewSchema } from './page';

const str = v.string();
const nstr = v.nullable(v.string());

export const CitationRefSchema = v.object({ url: str, title: str });
export type CitationRef = v.InferOutput<typeof CitationRefSchema>;

export const TYPOLOGY_CODES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const;
export const TypologySchema = v.picklist(TYPOLOGY_CODES);
export type Typology = v.InferOutput<typeof TypologySchema>;

export const FUNDING_MODELS = [
  'private',
  'nonprofit',
  'public-service',
  'state-funded-firewall',
  'state-controlled',
  'party-controlled',
  'mixed',
  'unknown',
] as const;
export const FundingSchema = v.picklist(FUNDING_MODELS);
export type Funding = v.InferOutput<typeof FundingSchema>;

export const OUTLET_KINDS = [
  'news-site',
  'newspaper',
  'magazine',
  'wire',
  'broadcaster',
  'state-media',
  'fact-checker',
  'aggregator',
] as const;
export const OutletKindSchema = v.picklist(OUTLET_KINDS);

/** Curated records are written and reviewed by hand (data/outlets/); directory records are imported from open data. */
export const OUTLET_TIERS = ['curated', 'directory'] as const;
/** Where a directory record comes from (and so what it cites). */
export const DIRECTORY_ORIGINS = ['wikidata', 'local-news-2023', 'local-news-2018'] as const;
/** CRED-1's categories of low credibility (its "reliable" entries are not imported). */
export const LOW_CREDIBILITY_CATEGORIES = ['conspiracy', 'fake', 'mixed', 'rumor', 'satire', 'unreliable'] as const;

/** The outlet as the CLI contract and the popup see it. */
export const OutletSummarySchema = v.object({
  id: str,
  name: str,
  domain: str,
  kind: OutletKindSchema,
  country: nstr,
  typology: v.nullable(TypologySchema),
  owner: nstr,
  parent: nstr,
  funding: FundingSchema,
  note: str,
  reliability: nstr,
  /** Only the page's real address identifies its outlet: names in its metadata are the page's word, not proof. */
  matchedBy: v.picklist(['domain']),
  citations: v.array(CitationRefSchema),
  reviewed: str,
  /** 'curated': written and reviewed by hand; 'directory': imported from open data, not reviewed. */
  tier: v.picklist(OUTLET_TIERS),
  /** Which open dataset a directory outlet comes from. */
  origin: v.nullable(v.picklist(DIRECTORY_ORIGINS)),
  /** CRED-1's listing of the outlet's domain: a cited third-party list, never Sourcelight's rating. */
  lowCredibility: v.nullable(
    v.object({ category: v.picklist(LOW_CREDIBILITY_CATEGORIES), citation: CitationRefSchema }),
  ),
});
export type OutletSummary = v.InferOutput<typeof OutletSummarySchema>;

/** An outlet of the dataset a page names in its metadata without being on its domains, and the name the page used. */
export const ImpersonatedOutletSchema = v.object({ id: str, name: str, domains: v.array(str), claimedAs: str });

/** What the page's address and its own metadata say about the site, whether or not its outlet is known. */
export const SiteSchema = v.object({
  /** The host the page was loaded from (the publisher's own host for AMP cache addresses). */
  host: str,
  /** Its registrable domain ("news-today.example"); null for an IP address. */
  registrableDomain: nstr,
  /** The name the page gives itself in its metadata, unverified; null when absent or junk ("nj", "Experience"). */
  claimedName: nstr,
  /** The outlet the page presents itself as while not being on its domains. */
  impersonates: v.nullable(ImpersonatedOutletSchema),
  /** The news agency or outlet the page credits as the origin of its copy ("Associated Press"). */
  syndicatedFrom: nstr,
});
export type Site = v.InferOutput<typeof SiteSchema>;

/** A dataset record linked to a speaker or claimant. */
export const EntityRefSchema = v.object({
  id: str,
  name: str,
  type: str,
  country: nstr,
  typology: v.nullable(TypologySchema),
  affiliation: nstr,
  note: str,
  citations: v.array(CitationRefSchema),
});
export type EntityRef = v.InferOutput<typeof EntityRefSchema>;

export const ATTRIBUTION_KINDS = ['named', 'anonymous', 'organization', 'media', 'document'] as const;
export const ATTRIBUTION_MODES = ['direct', 'indirect', 'credit'] as const;

export const AttributionSchema = v.object({
  speaker: str,
  role: nstr,
  affiliation: nstr,
  kind: v.picklist(ATTRIBUTION_KINDS),
  mode: v.picklist(ATTRIBUTION_MODES),
  cue: str,
  cueTone: v.picklist(['neutral', 'loaded']),
  text: str,
  /** Outlet whose reporting this attribution is relayed through ("told Reuters"). */
  via: nstr,
  qualifiers: v.array(str),
  /** Where the attribution sits in the extracted text: paragraph index and character range. */
  paragraph: v.number(),
  start: v.number(),
  end: v.number(),
  entity: v.nullable(EntityRefSchema),
  /** Present (true) when the source spoke together with others: a joint statement, or "X and Y said" split in two. */
  joint: v.optional(v.literal(true)),
});
export type Attribution = v.InferOutput<typeof AttributionSchema>;

export const SourcingProfileSchema = v.object({
  byKind: v.record(str, v.number()),
  quotedShare: v.array(v.object({ speaker: str, share: v.number(), chars: v.number() })),
  anonymousShare: v.number(),
  sides: v.array(v.object({ label: str, speakers: v.array(str) })),
});
export type SourcingProfile = v.InferOutput<typeof SourcingProfileSchema>;

export const ParsedNumberSchema = v.object({
  raw: str,
  value: v.nullable(v.number()),
  min: v.nullable(v.number()),
  max: v.nullable(v.number()),
  qualifier: v.nullable(str),
  unit: nstr,
  isRatio: v.boolean(),
});
export type ParsedNumber = v.InferOutput<typeof ParsedNumberSchema>;

/** The notes Sourcelight works out itself (lib/claims/notes.ts); the popup words each kind in the reader's language. */
export const DERIVED_NOTE_KINDS = ['party', 'single-source', 'no-source', 'figure-changed', 'contradicted'] as const;
export type DerivedNoteKind = (typeof DERIVED_NOTE_KINDS)[number];

export const ClaimNoteSchema = v.object({
  stance: v.picklist(['agrees', 'disputes', 'revises', 'context', 'derived']),
  by: str,
  date: nstr,
  text: str,
  citation: v.nullable(CitationRefSchema),
  /** For a derived note: its kind and the values its sentence needs (names, figures). */
  derived: v.optional(v.object({ kind: v.picklist(DERIVED_NOTE_KINDS), args: v.array(str) })),
});
export type ClaimNote = v.InferOutput<typeof ClaimNoteSchema>;

export const ClaimMatchSchema = v.object({
  claimId: str,
  summary: str,
  score: v.number(),
  reasons: v.array(str),
  notes: v.array(ClaimNoteSchema),
});
export type ClaimMatch = v.InferOutput<typeof ClaimMatchSchema>;

/** Why a sentence is worth checking (lib/claims/detect.ts); the popup words it with the claimant. */
export const CLAIM_REASONS = ['accusation', 'denial', 'casualty-figure', 'superlative', 'statistic', 'official-statement'] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

export const ClaimSchema = v.object({
  text: str,
  paragraph: v.number(),
  start: v.number(),
  end: v.number(),
  checkworthiness: v.number(),
  reason: v.picklist(CLAIM_REASONS),
  numbers: v.array(ParsedNumberSchema),
  claimant: nstr,
  derivedNotes: v.array(ClaimNoteSchema),
  matches: v.array(ClaimMatchSchema),
});
export type Claim = v.InferOutput<typeof ClaimSchema>;

export const ArticleInfoSchema = v.object({
  title: str,
  byline: nstr,
  siteName: nstr,
  lang: nstr,
  publishedTime: nstr,
  wordCount: v.number(),
  readerable: v.boolean(),
});

/** Lists of the analysis that a flood page made longer than LIMITS allows; only the first items were kept. */
export const CAPPED_LISTS = ['attributions', 'numbers'] as const;
export type CappedList = (typeof CAPPED_LISTS)[number];

export const AnalysisSchema = v.object({
  url: str,
  article: ArticleInfoSchema,
  outlet: v.nullable(OutletSummarySchema),
  site: SiteSchema,
  attributions: v.array(AttributionSchema),
  profile: SourcingProfileSchema,
  claims: v.array(ClaimSchema),
  pageClaimReviews: v.array(PageClaimReviewSchema),
  datasetVersion: str,
  /**
   * Whether attribution could read the page's language (it has a lexicon, or the page declares no language and is
   * read as English). False: the sources list is empty or partial because the language is not covered.
   */
  languageSupported: v.optional(v.boolean()),
  /** Present only when some list was cut to its limit. */
  capped: v.optional(v.array(v.picklist(CAPPED_LISTS))),
});
export type Analysis = v.InferOutput<typeof AnalysisSchema>;
