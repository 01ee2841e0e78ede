/**
 * The derived notes the engine shows on the notes audit's pages: the claims dev pages (tests/gold/claims-dev) and the
 * 123 corpus pages (../shared/corpus/readability-test-pages). Never the held-back test split.
 *
 *   npx tsx tests/gold/notes-dev/score.ts          # share of shown notes judged right, and unjudged notes
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../lib/analyze';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { extractPage } from '../../../lib/extract/extract-page';
import { declaredUrl, parseOwnedHtml } from '../../../scripts/node-dom';

export interface ShownNote {
  page: string;
  kind: string;
  /** The claim's sentence, as shown. */
  claim: string;
  text: string;
}

const DIR = import.meta.dirname;
const CLAIMS_DEV = join(DIR, '../claims-dev/pages');
export const CORPUS = join(DIR, '../../../../shared/corpus/readability-test-pages');

/** Every audit page: `dev:<id>` for a claims dev page, `corpus:<id>` for a corpus page. */
export function auditPages(): string[] {
  const dev = readdirSync(CLAIMS_DEV).filter((f) => f.endsWith('.html')).map((f) => `dev:${f.replace(/\.html$/, '')}`);
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).map((d) => `corpus:${d}`)
    : [];
  return [...dev, ...corpus].sort();
}

function pageHtml(page: string): string {
  const [where, id] = page.split(':') as [string, string];
  return readFileSync(where === 'dev' ? join(CLAIMS_DEV, `${id}.html`) : join(CORPUS, id, 'source.html'), 'utf8');
}

/** The derived notes shown on one page, in reading order (linkedom, as the CLI reads pages: fast and light). */
export function notesOn(page: string, index: DatasetIndex): ShownNote[] {
  const html = pageHtml(page);
  const url = declaredUrl(parseOwnedHtml(html)) ?? 'https://example.invalid/';
  const result = extractPage(parseOwnedHtml(html), url);
  if (result.status !== 'ok') return [];
  return analyze(result.page, index).claims.flatMap((c) =>
    c.derivedNotes.map((n) => ({ page, kind: n.derived?.kind ?? 'derived', claim: c.text, text: n.text })),
  );
}

export interface JudgedNote {
  page: string;
  kind: string;
  /** The start of the claim's sentence. */
  claim: string;
  right: boolean;
  why: string;
  /** A right note no longer shown on purpose, and why. */
  dropped?: string;
}

export function loadJudgements(): JudgedNote[] {
  return (JSON.parse(readFileSync(join(DIR, 'judgements.json'), 'utf8')) as { notes: JudgedNote[] }).notes;
}

export const sameNote = (shown: ShownNote, judged: JudgedNote) =>
  shown.page === judged.page && shown.kind === judged.kind && shown.claim.startsWith(judged.claim);
