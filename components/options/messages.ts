import type { Messages } from '@/lib/i18n';
import { FORMAT_LABELS } from '@/lib/dataset/importers';
import type { StoreImportResult } from '@/lib/dataset/overlay-store';
import { recordCountsPhrase } from '@/lib/present/counts';
import type { PanelMessage } from './Notice';

/**
 * The dataset panel's messages, in the reader's language. Lines that quote the importer (which record, which
 * field) keep its English wording: they point at the file, and the file is not translated either.
 */

const MAX_LINES = 50;

function capped(m: Messages, lines: string[], max = MAX_LINES): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), m.t('options_moreLines', String(lines.length - max))];
}

/** "mine.csv (State Media Matrix CSV)": the format names are product names, the same in every language. */
function fileWithFormat(fileName: string, result: StoreImportResult): string {
  return result.format ? `${fileName} (${FORMAT_LABELS[result.format]})` : fileName;
}

/** The panel message for an import's outcome, in plain text lines. */
export function importMessage(m: Messages, fileName: string, result: StoreImportResult): PanelMessage {
  const file = fileWithFormat(fileName, result);
  if (!result.ok) return { kind: 'error', title: m.t('options_importFailed', file), lines: capped(m, result.errors) };
  const { summary } = result;
  const imported = {
    outlets: summary.added.outlets + summary.overridden.outlets,
    entities: summary.added.entities + summary.overridden.entities,
    claims: summary.added.claims + summary.overridden.claims,
  };
  const lines = [
    m.t('options_importNew', recordCountsPhrase(m, summary.added, true)),
    ...(summary.overridden.outlets + summary.overridden.entities + summary.overridden.claims
      ? [m.t('options_importReplaced', recordCountsPhrase(m, summary.overridden, true))]
      : []),
    ...(result.overridesBundled.length ? [m.t('options_importOverridesBundled', String(result.overridesBundled.length))] : []),
    ...capped(m, summary.domainMoves, 10).map((line) => `${line[0]!.toUpperCase()}${line.slice(1)}.`),
    ...capped(m, result.warnings, 20).map((line) => m.t('options_importNote', line)),
  ];
  return { kind: 'ok', title: m.t('options_imported', [recordCountsPhrase(m, imported, true), file]), lines };
}

/** A file over the import limit, refused before it is read. */
export function fileTooLargeMessage(m: Messages, fileName: string, bytes: number, maxChars: number): PanelMessage {
  const megabytes = (n: number) => (n / 1_000_000).toLocaleString(m.locale, { maximumFractionDigits: 1 });
  return {
    kind: 'error',
    title: m.t('options_importFailed', fileName),
    lines: [m.t('options_importTooLarge', [megabytes(bytes), megabytes(maxChars)])],
  };
}
