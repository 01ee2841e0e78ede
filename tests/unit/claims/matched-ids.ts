import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { matchClaim } from '../../../lib/claims/match';
import { findNumbers } from '../../../lib/claims/numbers';
import { contentTokens, stem } from '../../../lib/claims/terms';

/** A sentence as an article repeats it: its language, the article's publication time and the rest of its text. */
export interface MatchCase {
  text: string;
  lang?: string;
  published: string;
  article?: string;
}

/** The ids of the claim records the matcher finds for one sentence, with no claimant known. */
export function matchedIds(index: DatasetIndex, { text, lang = 'en', published, article = '' }: MatchCase): string[] {
  const articleStems = new Set([text, article].flatMap((t) => contentTokens(t)).map(stem));
  return matchClaim({ text, numbers: findNumbers(text, lang), claimant: null, claimantId: null }, index, {
    articleStems,
    publishedTime: published,
  }).map((m) => m.claimId);
}
