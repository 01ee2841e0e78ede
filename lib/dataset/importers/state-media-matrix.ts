import * as v from 'valibot';
import { MATRIX_DOMAIN_OWNERS } from './state-media-matrix-owners';
import type { Funding, Typology } from '../../model/analysis';
import { TYPOLOGY_CODES } from '../../model/analysis';
import { OutletSchema, type Citation, type Outlet } from '../schema';
import { parseCsv } from './csv';

/**
 * Reads the State Media Matrix CSV format (the Alliance for Securing Democracy's State_Media_Matrix.csv,
 * seeded by the State Media Monitor) into outlet records, one per row that has a usable URL.
 *
 * Pure and total: malformed input gives errors that name the row and the field; it never throws.
 * Only facts from the row are used (country, company, asset, URL, typology code); the Notes column is
 * never read into a record.
 */

export interface MatrixImportOptions {
  /** Citation(s) put on every record. Default: the State Media Matrix repository and the typology page. */
  sources?: Citation[];
  /** Date the records are marked as reviewed (YYYY-MM-DD). Default: today (UTC). */
  reviewed?: string;
  /** Date the citations were accessed, when `sources` is not given. Default: `reviewed`. */
  accessed?: string;
  /** Stop after this many data rows. Default 20,000. */
  maxRows?: number;
}

/** One outlet as read from one row, before rows are merged. */
export interface MatrixRow {
  /** 1-based data row number (the header is row 0) and the CSV line it starts on. */
  row: number;
  line: number;
  region: string;
  countryName: string;
  country: string | null;
  company: string;
  asset: string;
  url: string;
  /** The domain pattern derived from the URL ("rt.com", "sb.by/respublika"). */
  domain: string;
  typology: Typology;
  /** True when the code carried a trailing "?" in the matrix. */
  uncertain: boolean;
  status: string;
}

export interface MatrixImportResult {
  outlets: Outlet[];
  rows: MatrixRow[];
  /** Rows that could not be read: each names the row and field. */
  errors: string[];
  /** Rows skipped on purpose (no URL, blank line). */
  warnings: string[];
}

export const MATRIX_SOURCES = (accessed: string): Citation[] => [
  {
    url: 'https://github.com/ASD-at-GMF/state-media-profiles',
    title: 'State Media Profiles: State Media Matrix (State_Media_Matrix.csv)',
    publisher: 'Alliance for Securing Democracy at GMF',
    accessed,
  },
  {
    url: 'https://statemediamonitor.com/typology/',
    title: 'Typology (State Media Matrix)',
    publisher: 'State Media Monitor, Media and Journalism Research Center',
    accessed,
  },
];

const REQUIRED_COLUMNS = ['Country', 'Media company', 'Main assets', 'URL', 'Typology'] as const;
type OptionalColumn = 'Region' | 'Status';

/** Country names as the matrix writes them -> ISO 3166-1 alpha-2. Keys are compared after normalising. */
const COUNTRY_CODES: Record<string, string> = {
  afghanistan: 'AF', albania: 'AL', algeria: 'DZ', angola: 'AO', argentina: 'AR', armenia: 'AM', australia: 'AU',
  austria: 'AT', azerbaijan: 'AZ', bahrain: 'BH', bangladesh: 'BD', belarus: 'BY', belgium: 'BE', benin: 'BJ',
  bhutan: 'BT', bolivia: 'BO', 'bosnia and herzegovina': 'BA', botswana: 'BW', brazil: 'BR', brunei: 'BN',
  bulgaria: 'BG', 'burkina faso': 'BF', burundi: 'BI', cambodia: 'KH', cameroon: 'CM', canada: 'CA',
  'central african republic': 'CF', chad: 'TD', chile: 'CL', china: 'CN', colombia: 'CO', congo: 'CG',
  'republic of the congo': 'CG', 'costa rica': 'CR', croatia: 'HR', cuba: 'CU', cyprus: 'CY', czechia: 'CZ',
  'czech republic': 'CZ', "cote d'ivoire": 'CI', 'ivory coast': 'CI', 'dr congo': 'CD',
  'democratic republic of the congo': 'CD', denmark: 'DK', djibouti: 'DJ', 'dominican republic': 'DO',
  ecuador: 'EC', egypt: 'EG', 'el salvador': 'SV', eritrea: 'ER', estonia: 'EE', ethiopia: 'ET', finland: 'FI',
  france: 'FR', gabon: 'GA', georgia: 'GE', germany: 'DE', ghana: 'GH', greece: 'GR', guatemala: 'GT', haiti: 'HT',
  honduras: 'HN', 'hong kong': 'HK', hungary: 'HU', iceland: 'IS', india: 'IN', indonesia: 'ID', iran: 'IR',
  iraq: 'IQ', ireland: 'IE', israel: 'IL', italy: 'IT', jamaica: 'JM', japan: 'JP', jordan: 'JO', kazakhstan: 'KZ',
  kenya: 'KE', kuwait: 'KW', kyrgyzstan: 'KG', laos: 'LA', latvia: 'LV', lebanon: 'LB', lesotho: 'LS', liberia: 'LR',
  libya: 'LY', liechtenstein: 'LI', lithuania: 'LT', luxembourg: 'LU', macao: 'MO', macau: 'MO', madagascar: 'MG',
  malawi: 'MW', malaysia: 'MY', mali: 'ML', malta: 'MT', mauritania: 'MR', mauritius: 'MU', mexico: 'MX',
  moldova: 'MD', mongolia: 'MN', montenegro: 'ME', morocco: 'MA', mozambique: 'MZ', myanmar: 'MM', namibia: 'NA',
  nepal: 'NP', netherlands: 'NL', 'new zealand': 'NZ', nicaragua: 'NI', niger: 'NE', nigeria: 'NG',
  'north korea': 'KP', 'north macedonia': 'MK', norway: 'NO', oman: 'OM', pakistan: 'PK',
  'palestine territories': 'PS', palestine: 'PS', 'palestinian territories': 'PS', panama: 'PA', paraguay: 'PY',
  peru: 'PE', philippines: 'PH', poland: 'PL', portugal: 'PT', qatar: 'QA', romania: 'RO', russia: 'RU',
  rwanda: 'RW', 'saudi arabia': 'SA', senegal: 'SN', serbia: 'RS', 'sierra leone': 'SL', singapore: 'SG',
  slovakia: 'SK', slovenia: 'SI', somalia: 'SO', 'south africa': 'ZA', 'south korea': 'KR', 'south sudan': 'SS',
  spain: 'ES', 'sri lanka': 'LK', sudan: 'SD', sweden: 'SE', switzerland: 'CH', syria: 'SY', taiwan: 'TW',
  tajikistan: 'TJ', tanzania: 'TZ', thailand: 'TH', 'the gambia': 'GM', gambia: 'GM', togo: 'TG', tunisia: 'TN',
  turkey: 'TR', turkiye: 'TR', turkmenistan: 'TM', uae: 'AE', 'united arab emirates': 'AE', uganda: 'UG',
  ukraine: 'UA', 'united kingdom': 'GB', uk: 'GB', 'united states of america': 'US', 'united states': 'US',
  usa: 'US', uruguay: 'UY', uzbekistan: 'UZ', 'vatican city': 'VA', venezuela: 'VE', vietnam: 'VN', yemen: 'YE',
  zambia: 'ZM', zimbabwe: 'ZW',
};
/** Names that denote no single country: recorded with country null. */
const NO_COUNTRY = new Set(['european union', 'europen union', 'international']);

function countryKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ISO code for a matrix country name; undefined when the name is unknown, null for "European Union". */
export function countryCode(name: string): string | null | undefined {
  const key = countryKey(name);
  if (NO_COUNTRY.has(key)) return null;
  return COUNTRY_CODES[key];
}

export const TYPOLOGY_FUNDING: Record<Typology, Funding> = {
  SC: 'state-controlled',
  CaPu: 'state-controlled',
  CaPr: 'private',
  ISFM: 'state-funded-firewall',
  ISF: 'state-funded-firewall',
  ISM: 'state-funded-firewall',
  IP: 'public-service',
};

/** The typology codes in plain words (our own summary of the State Media Monitor categories). */
export const TYPOLOGY_LABELS: Record<Typology, string> = {
  SC: 'state-controlled media, funded, run and editorially directed by the state',
  CaPu: 'captured public or state-managed media, state-owned or state-managed, with its editorial line under government influence',
  CaPr: 'captured private media, privately owned, but with its editorial line aligned with the government through its owners',
  ISFM: 'independent state-funded and state-managed media, relies on state money and state-appointed management, yet keeps editorial independence',
  ISF: 'independent state-funded media, relies on state money but is independently managed and editorially independent',
  ISM: 'independent state-managed media, state-owned or state-managed, but not reliant on state money and editorially independent',
  IP: 'independent public media, independent in funding, governance and editorial line',
};

const TYPOLOGY_BY_LOWER = new Map(TYPOLOGY_CODES.map((code) => [code.toLowerCase(), code]));

/** "ISFM?" -> { code: "ISFM", uncertain: true }; unknown codes -> null. */
export function parseTypology(raw: string): { code: Typology; uncertain: boolean } | null {
  const trimmed = raw.trim();
  const uncertain = /\?+$/.test(trimmed);
  const code = TYPOLOGY_BY_LOWER.get(trimmed.replace(/\?+$/, '').trim().toLowerCase());
  return code ? { code, uncertain } : null;
}

/** Path segments that do not scope an outlet: language codes, index pages, numeric ids. */
const LANGUAGE_SEGMENTS = new Set(
  (
    'en ar fr es ru de pt it zh cn ja jp ko kr kz kk uz tr fa ur hi bn id ms vi th uk ua be pl ro hu cs sk sl hr sr ' +
    'bg mk sq el he am sw ky tg tk az hy ka mn lo km my ne si ta ps ku so ha fi sv no da nl et lv lt is ga mt ca eu gl'
  ).split(' '),
);
const GENERIC_SEGMENT = /^(?:index(?:\..*)?|default(?:\..*)?|home|main|first|news|\d+|[a-z]{2}[-_][a-z]{2,4})$/i;

function isGenericSegment(segment: string): boolean {
  const lower = segment.toLowerCase();
  return LANGUAGE_SEGMENTS.has(lower) || GENERIC_SEGMENT.test(lower) || /\.(?:s?html?|php|aspx?|jsp)$/i.test(lower);
}

const DOMAIN_PATTERN = /^[a-z0-9.-]+\.[a-z0-9-]+(\/[^\s?#]*)?$/;

/**
 * The domain pattern for a matrix URL: lower-case host without "www." and port, plus the path when the
 * path names a section that scopes the outlet ("sb.by/respublika"), not a language or index page ("/en/").
 */
export function domainFromUrl(raw: string): { domain: string } | { error: string } {
  const trimmed = raw.trim();
  if (!trimmed) return { error: 'is empty' };
  if (/\s/.test(trimmed)) return { error: `"${trimmed.slice(0, 80)}" is not a single URL` };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: `"${trimmed.slice(0, 80)}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `"${trimmed.slice(0, 80)}" is not an http(s) URL` };
  let host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) return { error: `"${trimmed.slice(0, 80)}" has an IP address, not a domain` };
  const segments = url.pathname.split('/').filter(Boolean);
  let last = -1;
  segments.forEach((segment, index) => {
    if (!isGenericSegment(segment)) last = index;
  });
  const path = last >= 0 ? `/${segments.slice(0, last + 1).join('/').toLowerCase()}` : '';
  const domain = `${host}${path}`;
  if (!DOMAIN_PATTERN.test(domain)) return { error: `"${trimmed.slice(0, 80)}" does not give a usable domain` };
  return { domain };
}

/** "Print: Jiefang Daily" -> "Jiefang Daily"; strips footnote stars and stray brackets. */
export function cleanName(raw: string): string {
  let name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:print(?: media)?|television|online|radio station|news agency|tv|radio)\s*:\s*/i, '')
    .replace(/\*+$/, '')
    .trim();
  // Unbalanced brackets left by a list split across rows ("Yicai Media Group (Television: Yicai TV").
  const opens = (name.match(/\(/g) ?? []).length;
  const closes = (name.match(/\)/g) ?? []).length;
  if (opens > closes) name = name.replace(/\s*\([^)]*$/, '').trim();
  if (closes > opens) name = name.replace(/\)+$/, '').trim();
  return name;
}

const AGENCY = /\b(agency(?! for)|news agency|press agency|agence|agencia|agência|agenzia|nachrichtenagentur|information agency|telegraph agency|news service)\b|\b(tass|xinhua|irna|kcna|bernama|antara|vna|yonhap)\b/i;
const BROADCAST = /\b(radio|radyo|tv|television|televisión|televisão|télévision|televizija|televizyon|broadcasting|broadcaster|broadcast|channel|kanal|rundfunk|fernsehen|omroep|rtv|ortm|rtb|rtp|rai|bbc|npr|pbs|voice of)\b/i;

function kindFor(name: string, company: string, typology: Typology): Outlet['kind'] {
  if (AGENCY.test(name) || (AGENCY.test(company) && !BROADCAST.test(name))) return 'wire';
  if (typology === 'SC' || typology === 'CaPu' || typology === 'CaPr') return 'state-media';
  if (BROADCAST.test(name) || BROADCAST.test(company)) return 'broadcaster';
  // Editorially independent (IP, ISM, ISF, ISFM) outlets that are not broadcasters: news sites and papers.
  return 'news-site';
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The record id for an outlet: its name and first domain ("rt-international-rt-com"). */
export function outletId(name: string, domain: string): string {
  const host = domain.split('/')[0] ?? domain;
  const nameSlug = slug(name);
  const domainSlug = slug(domain.replace(/\//g, '-'));
  if (!nameSlug) return domainSlug || 'outlet';
  // Skip the domain when the name already spells it ("lenta-ru" for Lenta.ru on lenta.ru).
  return nameSlug === slug(host) ? nameSlug : `${nameSlug}-${domainSlug}`.replace(/-+/g, '-');
}

/** How a country name reads in a note (the matrix has a few typos). */
const COUNTRY_DISPLAY: Record<string, string> = {
  'europen union': 'the European Union',
  'european union': 'the European Union',
  'palestine territories': 'the Palestinian territories',
  uae: 'the United Arab Emirates',
  'united states of america': 'the United States',
  'united kingdom': 'the United Kingdom',
};

function note(name: string, countryName: string, company: string, typology: Typology, uncertain: boolean, status: string): string {
  const display = COUNTRY_DISPLAY[countryKey(countryName)] ?? countryName;
  const where = display ? ` under ${display}` : '';
  const owner = company && company !== name ? ` (company: ${company})` : '';
  const doubt = uncertain ? ' The matrix marks this classification with a question mark, so it is tentative.' : '';
  const defunct = /not functional/i.test(status) ? ' The matrix notes the site was not working when checked.' : '';
  return `The State Media Matrix lists ${name}${where}${owner} with the code ${typology} (${TYPOLOGY_LABELS[typology]}).${doubt}${defunct}`;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads the rows of a State Media Matrix CSV; rows without a URL are skipped with a warning. */
export function readMatrixRows(text: string, options: Pick<MatrixImportOptions, 'maxRows'> = {}): {
  rows: MatrixRow[];
  errors: string[];
  warnings: string[];
} {
  const rows: MatrixRow[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const maxRows = options.maxRows ?? 20_000;
  const csv = parseCsv(text, { maxRecords: maxRows + 1 });
  errors.push(...csv.errors);
  const [header, ...records] = csv.records;
  if (!header) {
    errors.push('header: the file has no rows');
    return { rows, errors, warnings };
  }
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (key && !columns.has(key)) columns.set(key, index);
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name.toLowerCase()));
  if (missing.length) {
    errors.push(`header: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')} (not a State Media Matrix CSV?)`);
    return { rows, errors, warnings };
  }
  const cell = (fields: string[], name: (typeof REQUIRED_COLUMNS)[number] | OptionalColumn) => {
    const index = columns.get(name.toLowerCase());
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };

  records.forEach((record, i) => {
    const row = i + 1;
    const at = `row ${row} (line ${record.line})`;
    const fields = record.fields;
    if (fields.every((f) => f.trim() === '')) {
      warnings.push(`${at}: blank row skipped`);
      return;
    }
    if (fields.length < header.fields.length && fields.length <= Math.max(...REQUIRED_COLUMNS.map((c) => columns.get(c.toLowerCase()) ?? 0))) {
      errors.push(`${at}: has ${fields.length} field(s), the header has ${header.fields.length}`);
      return;
    }
    const countryName = cell(fields, 'Country');
    const company = cleanName(cell(fields, 'Media company'));
    const asset = cleanName(cell(fields, 'Main assets'));
    const rawUrl = cell(fields, 'URL');
    const rawTypology = cell(fields, 'Typology');
    const name = asset || company;
    if (!name) {
      errors.push(`${at}: "Main assets": empty, and "Media company" is empty too`);
      return;
    }
    if (!rawUrl) {
      warnings.push(`${at}: "URL": empty; "${name}" skipped (an outlet needs a domain)`);
      return;
    }
    const domain = domainFromUrl(rawUrl);
    if ('error' in domain) {
      errors.push(`${at}: "URL": ${domain.error}`);
      return;
    }
    const typology = parseTypology(rawTypology);
    if (!typology) {
      errors.push(`${at}: "Typology": ${rawTypology ? `"${rawTypology.slice(0, 20)}" is not one of ${TYPOLOGY_CODES.join(', ')}` : 'empty'}`);
      return;
    }
    let country: string | null = null;
    if (countryName) {
      const code = countryCode(countryName);
      if (code === undefined) {
        errors.push(`${at}: "Country": "${countryName.slice(0, 60)}" is not a country name this importer knows`);
        return;
      }
      country = code;
    } else {
      warnings.push(`${at}: "Country": empty; recorded without a country`);
    }
    rows.push({
      row,
      line: record.line,
      region: cell(fields, 'Region'),
      countryName,
      country,
      company,
      asset: name,
      url: rawUrl,
      domain: domain.domain,
      typology: typology.code,
      uncertain: typology.uncertain,
      status: cell(fields, 'Status'),
    });
  });
  return { rows, errors, warnings };
}

/** Host of a domain pattern when the pattern has no path. */
function plainHost(domain: string): string | null {
  return domain.includes('/') ? null : domain;
}

/** True when `domain` is already matched by `other` (a subdomain of a plain host, or a deeper path). */
export function coveredBy(domain: string, other: string): boolean {
  if (domain === other) return true;
  const otherHost = plainHost(other);
  const [host = '', ...rest] = domain.split('/');
  if (otherHost) return host === otherHost ? rest.length > 0 : host.endsWith(`.${otherHost}`);
  const [oHost = '', ...oRest] = other.split('/');
  const oPath = `/${oRest.join('/')}`;
  const path = `/${rest.join('/')}`;
  return host === oHost && (path === oPath || path.startsWith(`${oPath}/`));
}

/** Drops domains another domain of the same outlet already matches ("news.cctv.com" beside "cctv.com"). */
export function minimalDomains(domains: readonly string[]): string[] {
  const unique = [...new Set(domains)];
  return unique.filter((d) => !unique.some((o) => o !== d && coveredBy(d, o)));
}

/** "People's Daily (English)" -> "people's daily": the asset name without bracketed qualifiers. */
function baseName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim().toLowerCase();
}

/**
 * The name for several rows merged into one outlet: the asset name the others extend ("Xinhua" beside
 * "Xinhua Chinese", "Global Times" beside "Global Times (English)"), else the one company, else the first asset.
 */
function groupName(assets: readonly string[], companies: readonly string[]): string {
  const byLength = [...assets].sort((a, b) => baseName(a).length - baseName(b).length || a.length - b.length);
  const shortest = byLength[0]!;
  const base = baseName(shortest);
  if (base && assets.every((a) => baseName(a).startsWith(base))) {
    const plain = assets.find((a) => baseName(a) === base && !a.includes('('));
    return plain ?? (shortest.replace(/\s*\([^)]*\)\s*$/, '').trim() || shortest);
  }
  return companies.length === 1 ? companies[0]! : assets[0]!;
}

/**
 * One domain is one outlet: rows of different companies that share a domain keep only the rows of the company
 * that owns it (MATRIX_DOMAIN_OWNERS); a shared domain with no known owner keeps none. Each dropped row is reported.
 */
export function rowsWithOneOwnerPerDomain(
  rows: readonly MatrixRow[],
  owners: Readonly<Record<string, string | null>> = MATRIX_DOMAIN_OWNERS,
): { rows: MatrixRow[]; dropped: string[] } {
  const companiesByDomain = new Map<string, Set<string>>();
  for (const r of rows) companiesByDomain.set(r.domain, (companiesByDomain.get(r.domain) ?? new Set()).add(r.company.toLowerCase()));
  const dropped: string[] = [];
  const kept = rows.filter((r) => {
    if ((companiesByDomain.get(r.domain)?.size ?? 0) < 2) return true;
    const owner = owners[r.domain];
    if (owner && owner.toLowerCase() === r.company.toLowerCase()) return true;
    const why = owner ? `${r.domain} belongs to ${owner}` : `${r.domain} is shared by several companies and owned by none of them`;
    dropped.push(`row ${r.row} (${r.asset}; ${r.company}): ${why}`);
    return false;
  });
  return { rows: kept, dropped };
}

/** "Saudi Press Agency (SPA)" -> { name: "Saudi Press Agency", acronym: "SPA" }. */
function companyParts(company: string): { name: string; acronym: string | null } {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(company);
  return match ? { name: match[1]!, acronym: match[2]! } : { name: company, acronym: null };
}

/**
 * True when a row lists a sub-brand on its company's own site: a plain host whose first label is the company's
 * acronym ("spa.gov.sa" for "Saudi Press Agency (SPA)"), for an asset that is not that acronym ("SPAce TV").
 * The domain is the company's, so the outlet there is the company.
 */
function subBrandOnCompanySite(row: MatrixRow): boolean {
  const { acronym } = companyParts(row.company);
  if (!acronym || row.domain.includes('/')) return false;
  const label = row.domain.replace(/^www\./, '').split('.')[0];
  const key = slug(acronym).replace(/-/g, '');
  if (key.length < 2 || label !== key || baseName(row.asset) === baseName(companyParts(row.company).name)) return false;
  // The asset is the company under its acronym ("RTS1", "ONAMA TV"), not a sub-brand.
  const words = slug(row.asset).split('-');
  return !words.some((word) => word.replace(/\d+$/, '') === key);
}

/**
 * Turns matrix rows into outlets. Rows of one asset (same country, company and asset name) become one
 * outlet with all their domains; rows of one company that share a domain are merged, since a domain has one owner.
 * A sub-brand listed on its company's own site is named after the company ("Saudi Press Agency" on spa.gov.sa,
 * not its "SPAce TV" channel), the sub-brand kept as an alias.
 */
export function outletsFromRows(allRows: readonly MatrixRow[], options: MatrixImportOptions = {}): { outlets: Outlet[]; errors: string[]; dropped: string[] } {
  const reviewed = options.reviewed ?? todayUtc();
  const sources = options.sources ?? MATRIX_SOURCES(options.accessed ?? reviewed);
  const { rows, dropped } = rowsWithOneOwnerPerDomain(allRows);
  // Union-find over rows: same asset key, or same domain (one company per domain by now).
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  const byDomain = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = `${r.country}|${r.company.toLowerCase()}|${r.asset.toLowerCase()}`;
    const k = byKey.get(key);
    if (k === undefined) byKey.set(key, i);
    else union(i, k);
    const d = byDomain.get(r.domain);
    if (d === undefined) byDomain.set(r.domain, i);
    else union(i, d);
  });
  const groups = new Map<number, MatrixRow[]>();
  rows.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(r);
    groups.set(root, list);
  });

  const outlets: Outlet[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const assets = [...new Set(group.map((r) => r.asset))];
    const companies = [...new Set(group.map((r) => r.company).filter(Boolean))];
    const singleAsset = assets.length === 1;
    const { name: companyName, acronym } = companyParts(first.company);
    const companySite = singleAsset && group.every(subBrandOnCompanySite);
    const name = companySite ? companyName : singleAsset ? first.asset : groupName(assets, companies);
    const aliases = [...(companySite && acronym ? [acronym] : []), ...assets.filter((a) => a !== name)];
    const domains = minimalDomains(group.map((r) => r.domain));
    // The strongest claim wins when rows disagree: the most controlled code, uncertain only if all are.
    const order: Typology[] = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'];
    const typology = order.find((code) => group.some((r) => r.typology === code)) ?? first.typology;
    const withCode = group.filter((r) => r.typology === typology);
    const uncertain = withCode.every((r) => r.uncertain);
    const company = companies.length === 1 ? companies[0]! : companies.join('; ');
    let id = outletId(name, domains[0] ?? first.domain);
    for (let n = 2; ids.has(id); n += 1) id = `${outletId(name, domains[0] ?? first.domain)}-${n}`;
    ids.add(id);
    const candidate = {
      id,
      name,
      aliases,
      kind: kindFor(name, company, typology),
      domains,
      country: first.country,
      languages: [],
      owner: company || null,
      parent: null,
      funding: TYPOLOGY_FUNDING[typology],
      typology,
      reliability: null,
      note: note(name, first.countryName, company, typology, uncertain, group.map((r) => r.status).join(' ')),
      sources,
      reviewed,
    };
    const result = v.safeParse(OutletSchema, candidate);
    if (result.success) outlets.push(result.output);
    else {
      const rowsLabel = group.map((r) => r.row).join(', ');
      for (const issue of result.issues) {
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(root)';
        errors.push(`row ${rowsLabel}: ${path}: ${issue.message}`);
      }
    }
  }
  return { outlets, errors, dropped };
}

/** Parses a State Media Matrix CSV into outlet records. Never throws. */
export function importStateMediaMatrix(text: string, options: MatrixImportOptions = {}): MatrixImportResult {
  try {
    const { rows, errors, warnings } = readMatrixRows(text, options);
    const built = outletsFromRows(rows, options);
    return { outlets: built.outlets, rows, errors: [...errors, ...built.errors], warnings: [...warnings, ...built.dropped] };
  } catch (error) {
    return { outlets: [], rows: [], errors: [`input: could not be read (${(error as Error)?.message ?? String(error)})`], warnings: [] };
  }
}
