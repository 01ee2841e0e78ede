import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analyze';
import type { DatasetIndex } from '../../lib/dataset/dataset-index';
import { extractOwnedDocument } from '../../lib/extract/extract-page';
import type { Analysis } from '../../lib/model/analysis';
import { siteOfAddress } from '../../lib/match/site';
import { LIMITS } from '../../lib/model/limits';
import type { ExtractResult } from '../../lib/model/page';
import { declaredUrl, parseOwnedHtml } from '../node-dom';
import { formatReport } from '../report';

export interface FileOptions {
  /** The address given with --url, for every file; otherwise each page's own canonical link or og:url. */
  url: string | null;
  json: boolean;
  /** The extension's time budget for reading a page (LIMITS.extractBudgetMs), or none with --no-time-limit. */
  budgetMs: number | undefined;
}

/** One file's line of output (a JSON object, or the readable report), or the one-line error for a file that cannot be read. */
export type FileOutcome = { ok: true; output: string } | { ok: false; error: string };

/** Reads, extracts and analyses one saved page with the extension's own bounds. Never throws. */
export function analyzeFile(file: string, options: FileOptions, index: DatasetIndex): FileOutcome {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `${file}: ${(error as Error).message.split('\n')[0]}` };
  }
  const fallbackUrl = options.url ?? `file://${file}`;
  let result: ExtractResult;
  if (html.length > LIMITS.maxSnapshotChars) {
    // The extension never reads a page this large: its snapshot would be refused before it left the page.
    result = { status: 'too-large', url: fallbackUrl, reason: `page has ${html.length} characters of markup (limit ${LIMITS.maxSnapshotChars})` };
  } else {
    const doc = parseOwnedHtml(html);
    const url = options.url ?? declaredUrl(doc) ?? fallbackUrl;
    result = extractOwnedDocument(doc, url, { budgetMs: options.budgetMs });
  }
  const analysis = result.status === 'ok' ? analyze(result.page, index) : emptyAnalysis(result, index.version);
  if (!options.json) return { ok: true, output: formatReport(file, result.status, analysis, reasonOf(result)) };
  const refusal = result.status === 'ok' ? {} : { status: result.status, ...(reasonOf(result) ? { reason: reasonOf(result) } : {}) };
  return { ok: true, output: JSON.stringify({ file, ...analysis, ...refusal }) };
}

const reasonOf = (result: ExtractResult): string | null => ('reason' in result ? result.reason : null);

/** The CLI contract for a file that is not an article, too large or failed: the same shape, with nothing found. */
function emptyAnalysis(result: Exclude<ExtractResult, { status: 'ok' }>, datasetVersion: string): Analysis {
  return {
    url: result.url,
    article: { title: result.status === 'not-article' ? result.title : '', byline: null, siteName: null, lang: null, publishedTime: null, wordCount: 0, readerable: false },
    outlet: null,
    site: siteOfAddress(result.url),
    attributions: [],
    profile: { byKind: {}, quotedShare: [], anonymousShare: 0, sides: [] },
    claims: [],
    pageClaimReviews: [],
    datasetVersion,
  };
}

/** A file the pool gave up on (its worker overran the hard time limit or the memory limit), in the run's format. */
export function refusedFile(file: string, options: FileOptions, reason: string, datasetVersion: string): string {
  const result = { status: 'too-large' as const, url: options.url ?? `file://${file}`, reason };
  const analysis = emptyAnalysis(result, datasetVersion);
  return options.json ? JSON.stringify({ file, ...analysis, status: result.status, reason }) : formatReport(file, result.status, analysis, reason);
}
