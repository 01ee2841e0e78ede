import { importClaimReviewPage, importClaimReviewValue } from './claim-review';
import { importOwnJsonValue, parseJson } from './own-json';
import { importStateMediaMatrix } from './state-media-matrix';
import { emptyRecords, messageOf, sizeError, type ImportResult } from './types';

export type { ImportRecords, ImportResult } from './types';
export { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, countRecords, emptyRecords } from './types';
export { importOwnJson } from './own-json';
export { importClaimReview, importClaimReviewPage } from './claim-review';

export type ImportFormat = 'sourcelight-json' | 'claimreview' | 'claimreview-page' | 'state-media-matrix-csv';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'sourcelight-json': 'Sourcelight JSON',
  claimreview: 'schema.org ClaimReview JSON-LD',
  'claimreview-page': 'a web page with schema.org ClaimReview',
  'state-media-matrix-csv': 'State Media Matrix CSV',
};

/** True when the JSON text mentions a ClaimReview type anywhere (cheap, before parsing). */
const CLAIMREVIEW_HINT = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?:\/\/schema\.org\/|schema:)?(?:ClaimReview|DataFeed)"/;

/**
 * Which importer reads a file: JSON that names ClaimReview or DataFeed types is ClaimReview JSON-LD, other JSON is
 * Sourcelight's own format, text whose first line has the matrix's columns (or a .csv file) is the State Media Matrix.
 * Null when nothing fits.
 */
export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  const lowerName = fileName?.toLowerCase() ?? '';
  if (head.startsWith('{') || head.startsWith('[')) return CLAIMREVIEW_HINT.test(text) ? 'claimreview' : 'sourcelight-json';
  if (head.startsWith('<') || /\.x?html?$/.test(lowerName)) return /application\/ld\+json/i.test(text) ? 'claimreview-page' : null;
  if (lowerName.endsWith('.jsonld')) return 'claimreview';
  if (lowerName.endsWith('.json')) return 'sourcelight-json';
  const firstLine = head.split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  if (lowerName.endsWith('.csv') || (firstLine.includes('typology') && firstLine.includes(','))) return 'state-media-matrix-csv';
  return null;
}

export interface ImportOptions {
  fileName?: string;
  /** Force a format instead of detecting it. */
  format?: ImportFormat;
  /** Today's date (YYYY-MM-DD) for access dates and reviewed dates the input does not give. */
  today?: string;
}

export interface DetectedImportResult extends ImportResult {
  format: ImportFormat | null;
}

/** Detects the format and runs its importer. Never throws. */
export function importFile(text: string, options: ImportOptions = {}): DetectedImportResult {
  try {
    const tooBig = sizeError(text);
    if (tooBig) return { format: null, records: emptyRecords(), errors: [tooBig], warnings: [] };
    const format = options.format ?? detectFormat(text, options.fileName);
    const name = options.fileName ? `${options.fileName}: ` : '';
    if (!format) {
      return {
        format,
        records: emptyRecords(),
        errors: [`${name}not a format Sourcelight imports (Sourcelight JSON, ClaimReview JSON-LD or a page with it, or State Media Matrix CSV)`],
        warnings: [],
      };
    }
    if (format === 'state-media-matrix-csv') {
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      const result = importStateMediaMatrix(text, { reviewed: today, accessed: today });
      return { format, records: { outlets: result.outlets, entities: [], claims: [] }, errors: result.errors, warnings: result.warnings };
    }
    if (format === 'claimreview-page') return { format, ...importClaimReviewPage(text, { today: options.today }) };
    const parsed = parseJson(text);
    if ('error' in parsed) return { format, records: emptyRecords(), errors: [parsed.error], warnings: [] };
    const result =
      format === 'claimreview' ? importClaimReviewValue(parsed.json, { today: options.today }) : importOwnJsonValue(parsed.json);
    return { format, ...result };
  } catch (error) {
    return { format: null, records: emptyRecords(), errors: [`input: could not be read (${messageOf(error)})`], warnings: [] };
  }
}
