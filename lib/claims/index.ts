import type { Claim } from '../model/analysis';
import type { Attribution } from '../model/analysis';
import type { DatasetIndex } from '../dataset/dataset-index';

/** Finds check-worthy claims and matches them against the dataset. (Engine: issue 5.) */
export function findClaims(
  paragraphs: readonly string[],
  attributions: readonly Attribution[],
  context: { lang: string | null; publishedTime: string | null },
  index: DatasetIndex,
): Claim[] {
  void paragraphs;
  void attributions;
  void context;
  void index;
  return [];
}
