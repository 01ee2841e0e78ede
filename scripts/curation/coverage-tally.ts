/**
 * The pure part of the coverage report (scripts/curation/coverage.ts): reads the coverage lists in
 * data/coverage/*.csv and counts how many of their domains the dataset resolves, overall and by list, country and kind.
 */

export const COVERAGE_COLUMNS = ['domain', 'name', 'country', 'kind', 'basis'] as const;

export interface CoverageRow {
  /** The list the row comes from ("us", "wires"), i.e. the CSV file name without its extension. */
  list: string;
  domain: string;
  name: string;
  country: string;
  kind: string;
  basis: string;
}

/** Splits one CSV line, honouring double-quoted fields with "" as an escaped quote. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Parses one coverage CSV; a wrong header, a short row or a blank domain is reported, not thrown. */
export function parseCoverageCsv(list: string, text: string): { rows: CoverageRow[]; errors: string[] } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const errors: string[] = [];
  const header = lines.length ? splitCsvLine(lines[0]!) : [];
  if (header.join(',') !== COVERAGE_COLUMNS.join(',')) {
    return { rows: [], errors: [`${list}: the header must be "${COVERAGE_COLUMNS.join(',')}"`] };
  }
  const rows: CoverageRow[] = [];
  lines.slice(1).forEach((line, i) => {
    const fields = splitCsvLine(line);
    const [domain = '', name = '', country = '', kind = '', basis = ''] = fields;
    if (fields.length !== COVERAGE_COLUMNS.length) errors.push(`${list}: line ${i + 2}: ${fields.length} fields, expected ${COVERAGE_COLUMNS.length}`);
    else if (!/^[a-z0-9.-]+\.[a-z0-9-]+(\/\S*)?$/.test(domain)) errors.push(`${list}: line ${i + 2}: "${domain}" is not a lower-case domain`);
    else rows.push({ list, domain, name, country, kind, basis });
  });
  return { rows, errors };
}

/** What resolving one row found: the outlet's id and whether it names an owner, or null when nothing matched. */
export type Resolution = { id: string; hasOwner: boolean } | null;

export interface Share {
  listed: number;
  resolved: number;
  withOwner: number;
  share: number;
}

export interface CoverageTally {
  overall: Share;
  byList: Record<string, Share>;
  byCountry: Record<string, Share>;
  byKind: Record<string, Share>;
  /** The rows nothing resolved, by list. */
  missing: Record<string, string[]>;
}

function add(shares: Record<string, Share>, key: string, resolution: Resolution): void {
  const share = (shares[key] ??= { listed: 0, resolved: 0, withOwner: 0, share: 0 });
  share.listed++;
  if (resolution) share.resolved++;
  if (resolution?.hasOwner) share.withOwner++;
}

function finish(share: Share): void {
  share.share = share.listed ? share.resolved / share.listed : 0;
}

/** Counts resolved rows; a domain listed twice (in two lists) counts once overall, once in each list. */
export function tallyCoverage(rows: readonly CoverageRow[], resolve: (domain: string) => Resolution): CoverageTally {
  const overall: Share = { listed: 0, resolved: 0, withOwner: 0, share: 0 };
  const byList: Record<string, Share> = {};
  const byCountry: Record<string, Share> = {};
  const byKind: Record<string, Share> = {};
  const missing: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const resolution = resolve(row.domain);
    add(byList, row.list, resolution);
    if (!resolution) (missing[row.list] ??= []).push(row.domain);
    if (seen.has(row.domain)) continue;
    seen.add(row.domain);
    overall.listed++;
    if (resolution) overall.resolved++;
    if (resolution?.hasOwner) overall.withOwner++;
    add(byCountry, row.country || '(none)', resolution);
    add(byKind, row.kind || '(none)', resolution);
  }
  for (const share of [overall, ...Object.values(byList), ...Object.values(byCountry), ...Object.values(byKind)]) finish(share);
  return { overall, byList, byCountry, byKind, missing };
}

export function formatShare({ listed, resolved, withOwner, share }: Share): string {
  return `${resolved}/${listed} (${(share * 100).toFixed(1)}%), ${withOwner} with an owner`;
}
