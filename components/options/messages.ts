import { FORMAT_LABELS } from '@/lib/dataset/importers';
import { describeCounts } from '@/lib/dataset/overlay';
import type { StoreImportResult } from '@/lib/dataset/overlay-store';
import type { PanelMessage } from './DatasetPanel';

const MAX_LINES = 50;

function capped(lines: string[], max = MAX_LINES): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `… and ${lines.length - max} more`];
}

/** The panel message for an import's outcome, in plain text lines. */
export function importMessage(fileName: string, result: StoreImportResult): PanelMessage {
  const format = result.format ? ` (${FORMAT_LABELS[result.format]})` : '';
  if (!result.ok) {
    return {
      kind: 'error',
      title: `Nothing was imported from ${fileName}${format}; your overlay was not changed.`,
      lines: capped(result.errors),
    };
  }
  const { summary } = result;
  const imported = {
    outlets: summary.added.outlets + summary.overridden.outlets,
    entities: summary.added.entities + summary.overridden.entities,
    claims: summary.added.claims + summary.overridden.claims,
  };
  const lines = [
    `New: ${describeCounts(summary.added)}.`,
    ...(summary.overridden.outlets + summary.overridden.entities + summary.overridden.claims
      ? [`Replaced earlier imports with the same id: ${describeCounts(summary.overridden)}.`]
      : []),
    ...(result.overridesBundled.length ? [`Override bundled records with the same id: ${result.overridesBundled.length}.`] : []),
    ...capped(summary.domainMoves, 10).map((line) => `${line[0]!.toUpperCase()}${line.slice(1)}.`),
    ...capped(result.warnings, 20).map((line) => `Note: ${line}`),
  ];
  return { kind: 'ok', title: `Imported ${describeCounts(imported)} from ${fileName}${format}.`, lines };
}
