/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, embedded commas and newlines, CRLF or LF,
 * an optional byte-order mark. It never throws: problems come back as errors naming the line.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span several lines). */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: string[];
}

export interface CsvOptions {
  /** Stop after this many records (guards the importer against huge files). Default: no limit. */
  maxRecords?: number;
}

export function parseCsv(text: string, options: CsvOptions = {}): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: string[] = [];
  if (typeof text !== 'string') return { records, errors: ['input: not text'] };
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedField = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedOn = 0;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is skipped, not a record of one empty field.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < src.length) {
    if (records.length >= maxRecords) {
      errors.push(`line ${line}: more than ${maxRecords} records; the rest was not read`);
      return { records, errors };
    }
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field === '' && !quotedField) {
        inQuotes = true;
        quotedField = true;
        quoteOpenedOn = line;
      } else {
        // A stray quote inside an unquoted field: keep it as text, as most spreadsheet tools do.
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (quotedField) {
      // Text after a closing quote ("abc"def): keep it, but say so.
      errors.push(`line ${line}: text after a closing quote in field ${fields.length + 1}`);
      quotedField = false;
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) {
    errors.push(`line ${quoteOpenedOn}: a quoted field is never closed (missing ")`);
    return { records, errors };
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return { records, errors };
}
