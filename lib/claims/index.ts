import type { Attribution, Claim } from '../model/analysis';
import type { DatasetIndex } from '../dataset/dataset-index';
import { detectClaims, splitSentences } from './detect';
import { matchClaim } from './match';
import { derivedNotes } from './notes';
import { toParsedNumber } from './numbers';
import { LazyStemSet } from './terms';

export { detectClaims, splitSentences, scoreSentence } from './detect';
export { matchClaim, candidatesFor, figureAgreement } from './match';
export { findNumbers, parseNumbers } from './numbers';
export { derivedNotes, namesASource } from './notes';

/** Finds check-worthy claims, links each to its claimant and matches it against the dataset's claim records. */
export function findClaims(
  paragraphs: readonly string[],
  attributions: readonly Attribution[],
  context: { lang: string | null; publishedTime: string | null },
  index: DatasetIndex,
): Claim[] {
  const detected = detectClaims(paragraphs, attributions, context.lang);
  if (!detected.length) return [];
  const articleStems = new LazyStemSet(paragraphs);
  const sentences = paragraphs.flatMap((p, i) => splitSentences(p, i));
  const noteContext = { paragraphs, sentences, attributions, lang: context.lang };

  return detected.map((found) => {
    const { claimant, claimantId } = claimantOf(found, attributions);
    const matches = matchClaim(
      { text: found.text, numbers: found.numbers, claimant, claimantId },
      index,
      { articleStems, publishedTime: context.publishedTime },
    );
    return {
      text: found.text,
      paragraph: found.paragraph,
      start: found.start,
      end: found.end,
      checkworthiness: found.checkworthiness,
      reason: found.reason,
      numbers: found.numbers
        .filter((n) => n.kind === 'count' || n.kind === 'money' || n.kind === 'percent' || n.kind === 'ratio')
        .map(toParsedNumber),
      claimant,
      derivedNotes: derivedNotes(found, claimant, claimantId, matches, index, noteContext),
      matches,
    };
  });
}

/**
 * The claimant: a source the attribution engine found over the sentence itself, never a name read nearby. Among
 * attributions covering the sentence, the one covering most of it wins, and the speaker of a direct quote outranks
 * a source cited inside it ("'... according to Western media reports ...,' he said" is Antonov's claim).
 */
export function claimantOf(
  sentence: { paragraph: number; start: number; end: number },
  attributions: readonly Attribution[],
): { claimant: string | null; claimantId: string | null } {
  const covering = attributions
    .filter((a) => a.paragraph === sentence.paragraph && a.start < sentence.end && a.end > sentence.start)
    .sort((a, b) => overlap(b, sentence) - overlap(a, sentence) || MODE_RANK[a.mode] - MODE_RANK[b.mode])[0];
  if (!covering) return { claimant: null, claimantId: null };
  return { claimant: covering.entity?.name ?? covering.speaker, claimantId: covering.entity?.id ?? null };
}

const MODE_RANK: Record<Attribution['mode'], number> = { direct: 0, indirect: 1, credit: 2 };

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);
