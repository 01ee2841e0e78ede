import type { CitationRef } from '../model/analysis';
import type { Citation, DirectoryOrigin, DirectoryRecord, LowCredibilityCategory, Outlet } from './schema';

/**
 * What a directory record cites and says, derived from its facts: the Wikidata item or the Local News Dataset (and
 * its year), and a note built from kind, place and origin. Nothing here is prose taken from a source.
 */

/** When the pinned exports were imported: the `accessed` date of their citations and the record's `reviewed`. */
export const DIRECTORY_IMPORTED = '2026-12-07';

const LOCAL_NEWS_URL = 'https://github.com/yinleon/LocalNewsDataset';
export const CRED1_CITATION: CitationRef = {
  url: 'https://github.com/aloth/cred-1',
  title: 'CRED-1: Open Multi-Signal Domain Credibility Dataset (Alexander Loth, 2026; CC BY 4.0)',
};

const YEAR: Record<Exclude<DirectoryOrigin, 'wikidata'>, number> = { 'local-news-2023': 2023, 'local-news-2018': 2018 };

export function directoryCitations(record: DirectoryRecord): Citation[] {
  const accessed = DIRECTORY_IMPORTED;
  if (record.origin === 'wikidata') {
    return [{ url: `https://www.wikidata.org/wiki/${record.ref}`, title: `${record.name} (Wikidata item ${record.ref})`, publisher: 'Wikidata', accessed }];
  }
  const year = YEAR[record.origin];
  const citations: Citation[] = [
    {
      url: LOCAL_NEWS_URL,
      title: `Local News Dataset (${year}${year === 2023 ? ' update' : ''})`,
      publisher: year === 2023 ? 'Leon Yin and Will Dinneen' : 'Leon Yin',
      accessed,
    },
  ];
  if (record.ownerSource && record.owner) {
    citations.push({ url: record.ownerSource, title: `${record.owner}: its own list of stations`, publisher: record.owner, accessed });
  }
  return citations;
}

const KIND_NOUNS: Record<Outlet['kind'], string> = {
  'news-site': 'News website',
  newspaper: 'Newspaper',
  magazine: 'Magazine',
  wire: 'News agency',
  broadcaster: 'TV station',
  'state-media': 'State media outlet',
  'fact-checker': 'Fact-checker',
  aggregator: 'News aggregator',
};

let regionNames: Intl.DisplayNames | null = null;
function countryInEnglish(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames('en', { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Newspaper in Norway, listed in Wikidata." / "TV station in Jonesboro, Arkansas, listed in the Local News Dataset (2023)." */
export function directoryNote(record: DirectoryRecord): string {
  const where = record.place ?? (record.country ? countryInEnglish(record.country) : null);
  const listed = record.origin === 'wikidata' ? 'Wikidata' : `the Local News Dataset (${YEAR[record.origin]})`;
  return `${KIND_NOUNS[record.kind]}${where ? ` in ${where},` : ''} listed in ${listed}.`;
}

export function directoryId(record: DirectoryRecord): string {
  if (record.origin === 'wikidata') return `wd-${record.ref!.toLowerCase()}`;
  return `lnd-${record.domains[0]!.replace(/[^a-z0-9]+/g, '-')}`;
}

/** The record as an outlet: funding is unknown (the open data does not say), the tier says it was not reviewed. */
export function directoryOutlet(record: DirectoryRecord): Outlet {
  return {
    id: directoryId(record),
    name: record.name,
    aliases: [],
    kind: record.kind,
    domains: record.domains,
    country: record.country,
    languages: record.languages,
    owner: record.owner,
    parent: record.parent,
    funding: 'unknown',
    typology: null,
    reliability: null,
    note: directoryNote(record),
    sources: directoryCitations(record),
    reviewed: DIRECTORY_IMPORTED,
    tier: 'directory',
    origin: record.origin,
  };
}

export interface LowCredibility {
  category: LowCredibilityCategory;
  citation: CitationRef;
}
