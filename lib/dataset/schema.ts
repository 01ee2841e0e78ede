import * as v from 'valibot';
import {
  DIRECTORY_ORIGINS,
  FundingSchema,
  LOW_CREDIBILITY_CATEGORIES,
  OUTLET_TIERS,
  OutletKindSchema,
  TypologySchema,
} from '../model/analysis';

/** The one schema for the dataset: used by the compiler, the tests and the importer. */

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));
const httpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));
const country = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')));
const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const CitationSchema = v.object({
  url: httpUrl,
  title: nonEmpty,
  publisher: nonEmpty,
  accessed: isoDate,
});
export type Citation = v.InferOutput<typeof CitationSchema>;

const sources = v.pipe(v.array(CitationSchema), v.minLength(1, 'needs at least one citation'));

/**
 * A domain the outlet publishes under: a registrable domain or host ("rferl.org", "edition.cnn.com"),
 * optionally with a path prefix when one domain hosts several outlets ("voanews.com/polygraph").
 */
const domainPattern = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9.-]+\.[a-z0-9-]+(\/[^\s?#]*)?$/, 'must be a lower-case host with an optional /path'),
);

export const ReliabilitySchema = v.object({
  status: v.picklist(['generally-reliable', 'no-consensus', 'generally-unreliable', 'deprecated', 'blacklisted']),
  source: CitationSchema,
});

export { DIRECTORY_ORIGINS, LOW_CREDIBILITY_CATEGORIES, OUTLET_TIERS };
export type DirectoryOrigin = (typeof DIRECTORY_ORIGINS)[number];

export const OutletSchema = v.object({
  id,
  name: nonEmpty,
  aliases: v.optional(v.array(nonEmpty), []),
  kind: OutletKindSchema,
  domains: v.pipe(v.array(domainPattern), v.minLength(1, 'needs at least one domain')),
  country,
  languages: v.optional(v.array(v.string()), []),
  owner: v.nullable(v.string()),
  parent: v.optional(v.nullable(v.string()), null),
  funding: FundingSchema,
  typology: v.optional(v.nullable(TypologySchema), null),
  reliability: v.optional(v.nullable(ReliabilitySchema), null),
  note: nonEmpty,
  sources,
  reviewed: isoDate,
  /** Absent means 'curated', so hand-written files need not say it. */
  tier: v.optional(v.picklist(OUTLET_TIERS)),
  origin: v.optional(v.picklist(DIRECTORY_ORIGINS)),
});
export type Outlet = v.InferOutput<typeof OutletSchema>;

/**
 * One imported outlet as the importers write it under data/directory/: only facts from the open dataset, no prose.
 * Its citation and its note are derived from `origin` and `ref` (lib/dataset/directory-record.ts).
 */
export const DirectoryRecordSchema = v.object({
  name: nonEmpty,
  kind: OutletKindSchema,
  domains: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'must be a lower-case host'))), v.minLength(1)),
  country,
  languages: v.optional(v.array(v.string()), []),
  owner: v.optional(v.nullable(nonEmpty), null),
  parent: v.optional(v.nullable(nonEmpty), null),
  origin: v.picklist(DIRECTORY_ORIGINS),
  /** The Wikidata item id ("Q26877"), or null. */
  ref: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/))), null),
  /** Where a local outlet is ("Jonesboro, Arkansas"), or null. */
  place: v.optional(v.nullable(nonEmpty), null),
  /** The owner's own station list the row came from, when the dataset names one. */
  ownerSource: v.optional(v.nullable(httpUrl), null),
});
export type DirectoryRecord = v.InferOutput<typeof DirectoryRecordSchema>;

export type LowCredibilityCategory = (typeof LOW_CREDIBILITY_CATEGORIES)[number];
/** A domain CRED-1 lists (data/directory/cred-1.json). */
export const LowCredibilityRecordSchema = v.object({
  domain: v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'must be a lower-case host')),
  category: v.picklist(LOW_CREDIBILITY_CATEGORIES),
});
export type LowCredibilityRecord = v.InferOutput<typeof LowCredibilityRecordSchema>;

export const ENTITY_TYPES = [
  'government',
  'ministry',
  'agency',
  'armed-forces',
  'international-body',
  'court',
  'ngo',
  'monitor',
  'medical-ngo',
  'think-tank',
  'company',
  'political-party',
  'armed-group',
  'person',
] as const;

export const EntitySchema = v.object({
  id,
  name: nonEmpty,
  aliases: v.optional(v.array(nonEmpty), []),
  type: v.picklist(ENTITY_TYPES),
  country,
  /** Who runs or funds it, in plain words. */
  runBy: v.nullable(v.string()),
  /** Conflicts or disputes it is a party to ("syria-civil-war"). */
  partyTo: v.optional(v.array(v.string()), []),
  /** The side the sourcing profile groups it under ("Russian government", "monitors and NGOs"). */
  side: v.optional(v.nullable(v.string()), null),
  note: nonEmpty,
  /** How its figures are usually regarded, when that is documented. */
  figuresNote: v.optional(v.nullable(v.string()), null),
  sources,
  reviewed: isoDate,
});
export type Entity = v.InferOutput<typeof EntitySchema>;

export const QuantitySchema = v.object({
  value: v.optional(v.nullable(v.number()), null),
  min: v.optional(v.nullable(v.number()), null),
  max: v.optional(v.nullable(v.number()), null),
  qualifier: v.optional(v.nullable(v.picklist(['exact', 'at-least', 'more-than', 'up-to', 'about', 'less-than'])), null),
});

export const ClaimNoteRecordSchema = v.object({
  stance: v.picklist(['agrees', 'disputes', 'revises', 'context']),
  /** Outlet or entity id, or a plain name when the dataset has no record for it. */
  by: nonEmpty,
  date: isoDate,
  text: nonEmpty,
  source: CitationSchema,
});

export const ClaimRecordSchema = v.object({
  id,
  summary: nonEmpty,
  claimant: nonEmpty,
  quantity: v.nullable(QuantitySchema),
  unit: v.nullable(v.string()),
  event: nonEmpty,
  place: v.nullable(v.string()),
  dateRange: v.object({ from: isoDate, to: isoDate }),
  /** Words in several languages that name the subject; the matcher's inverted index is built from them. */
  keywords: v.pipe(v.array(nonEmpty), v.minLength(1)),
  notes: v.array(ClaimNoteRecordSchema),
  sources,
  reviewed: isoDate,
});
export type ClaimRecord = v.InferOutput<typeof ClaimRecordSchema>;

export const DatasetSchema = v.object({
  version: v.string(),
  outlets: v.array(OutletSchema),
  entities: v.array(EntitySchema),
  claims: v.array(ClaimRecordSchema),
});
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** Flattens valibot issues into "file: path.to.field: message" lines. */
export function formatIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
    return `${file}: ${path}: ${issue.message}`;
  });
}
